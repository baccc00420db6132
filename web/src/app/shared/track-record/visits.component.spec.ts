import { Visit, VisitsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { VisitsComponent } from './visits.component';

const NOTICE = 'Protected by federal confidentiality rules (42 CFR part 2).';

/** A visit that took place, with the patient's reflection when `notice` is given (the API's sign of it). */
const visit = (notice: string | null): Visit => ({
  id: 'v1',
  planId: 'p1',
  contactType: 'PHONE',
  startsAt: '2026-03-04T19:00:00Z',
  endsAt: '2026-03-04T20:00:00Z',
  place: 'By phone',
  status: 'COMPLETED',
  supervisorName: null,
  closingNote: null,
  createdAt: '2026-03-01T10:00:00Z',
  awaitingMyAnswer: false,
  canDebrief: false,
  notice,
  debriefs: notice
    ? [
        {
          authorName: 'Sam Okafor',
          fromStaff: false,
          rating: 5,
          boundariesRespected: true,
          helped: 'Laughing over the old photos',
          hard: null,
          createdAt: '2026-03-04T21:00:00Z',
        },
      ]
    : [],
  participants: [],
});

async function renderWith(visits: Visit[], notice: string | null = null) {
  const api = {
    list: jest.fn().mockResolvedValue(visits),
    participants: jest.fn().mockResolvedValue([]),
  };
  return render(VisitsComponent, [{ provide: VisitsApi, useValue: api }], {
    planId: 'p1',
    mode: 'member',
    notice,
  });
}

describe('VisitsComponent: the §2.32 notice', () => {
  it('shows it once when a visit puts the patient’s reflection before a family member', async () => {
    const { allByTestId } = await renderWith([visit(NOTICE), { ...visit(NOTICE), id: 'v2' }]);
    expect(allByTestId('redisclosure-notice')).toHaveLength(1);
    expect(allByTestId('redisclosure-notice')[0].textContent).toContain(NOTICE);
    expect(allByTestId('redisclosure-notice')[0].textContent).toContain(en.familyPlan.noticeLabel);
  });

  it('shows the one the page holds (the plan read under consent) even with no reflection shown', async () => {
    const { byTestId } = await renderWith([visit(null)], NOTICE);
    expect(byTestId('redisclosure-notice')?.textContent).toContain(NOTICE);
  });

  it('shows none when nothing consented is on the page (the patient, or a family member without consent)', async () => {
    const { byTestId } = await renderWith([visit(null)]);
    expect(byTestId('visits')).not.toBeNull();
    expect(byTestId('redisclosure-notice')).toBeNull();
  });
});
