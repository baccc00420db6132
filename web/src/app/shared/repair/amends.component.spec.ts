import { AgreementApi, Amends, AmendsApi } from '@homeward/web-data-access';
import { render } from '../../testing/render';
import { AmendsComponent } from './amends.component';

const amends = (fields: Partial<Amends>): Amends =>
  ({
    id: 'a1',
    status: 'OFFERED',
    patientName: 'Pat',
    recipientMemberId: 'maria',
    recipientName: 'Maria',
    createdAt: '2026-12-06T10:00:00Z',
    offeredAt: '2026-12-06T11:00:00Z',
    whatHappened: null,
    responsibility: null,
    willDoDifferently: null,
    reply: null,
    replyVisibility: null,
    forMe: true,
    ...fields,
  }) as Amends;

describe('AmendsComponent', () => {
  const agreement = { agreement: jest.fn().mockResolvedValue(null) };

  it('asks the recipient kindly, keeps the words until they choose, and lets them say "not now"', async () => {
    const api = {
      ofPlan: jest
        .fn()
        .mockResolvedValueOnce([amends({})])
        .mockResolvedValue([amends({ status: 'NOT_NOW' })]),
      choose: jest.fn().mockResolvedValue(amends({ status: 'NOT_NOW' })),
    };
    const { byTestId, click } = await render(
      AmendsComponent,
      [
        { provide: AmendsApi, useValue: api },
        { provide: AgreementApi, useValue: agreement },
      ],
      { planId: 'p1', role: 'family' },
    );
    expect(byTestId('amends-offer')?.textContent).toContain(
      'Pat has prepared an amends for you. Would you like to receive it?',
    );
    expect(byTestId('amends-words')).toBeNull();
    await click('amends-not-now-button');
    expect(api.choose).toHaveBeenCalledWith('a1', 'NOT_NOW');
    expect(byTestId('amends-not-now')).not.toBeNull();
    // They can still receive it later; "not now" is not offered twice.
    expect(byTestId('amends-receive')).not.toBeNull();
    expect(byTestId('amends-not-now-button')).toBeNull();
  });

  it('shows the patient "not yet" for an amends still waiting, never "not now"', async () => {
    const api = {
      ofPlan: jest.fn().mockResolvedValue([
        amends({
          forMe: false,
          status: 'OFFERED',
          whatHappened: 'I missed the call.',
          responsibility: 'I chose not to call.',
          willDoDifferently: 'I will call on Sundays.',
        }),
      ]),
    };
    const { byTestId } = await render(
      AmendsComponent,
      [
        { provide: AmendsApi, useValue: api },
        { provide: AgreementApi, useValue: agreement },
      ],
      { planId: 'p1', role: 'patient' },
    );
    expect(byTestId('amends-status')?.textContent?.trim()).toBe('Offered, not yet received');
    expect(byTestId('amends-words')?.textContent).toContain('I will call on Sundays.');
  });
});
