import { AgreementApi, WaitingItem } from '@homeward/web-data-access';
import { Subject } from 'rxjs';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { LiveUpdate, LiveUpdates } from '../live-updates';
import { WaitingListComponent } from './waiting-list.component';

const boundary: WaitingItem = {
  kind: 'ACKNOWLEDGE_BOUNDARY',
  planId: 'p1',
  patientName: 'Pat Rivera',
  recordId: 'b1',
  category: null,
  summary: 'No alcohol in the house',
  version: 1,
  since: '2026-03-01T10:00:00.000Z',
  contactType: null,
  startsAt: null,
};

describe('WaitingListComponent', () => {
  it('reads "Waiting on you" again when an agreement or a visit changes', async () => {
    const updates = new Subject<LiveUpdate>();
    const waitingOnMe = jest.fn<Promise<WaitingItem[]>, []>().mockResolvedValue([]);
    const { byTestId, allByTestId, settle } = await render(
      WaitingListComponent,
      [
        { provide: AgreementApi, useValue: { waitingOnMe } },
        {
          provide: LiveUpdates,
          useValue: {
            on: (...topics: string[]) => {
              expect(topics).toEqual(['agreement', 'visits']);
              return updates;
            },
          },
        },
      ],
      { area: 'family' },
    );
    expect(byTestId('waiting-empty')?.textContent?.trim()).toBe(en.waiting.empty);

    waitingOnMe.mockResolvedValue([boundary]);
    updates.next({ topic: 'agreement', planId: 'p1' });
    await settle();
    expect(allByTestId('waiting-item')).toHaveLength(1);
    expect(byTestId('waiting-item')?.textContent).toContain('No alcohol in the house');
    expect(waitingOnMe).toHaveBeenCalledTimes(2);
  });
});
