import { Visit, VisitsApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { isUpcoming, VisitCardComponent } from './visit-card.component';

const visit: Visit = {
  id: 'v1',
  planId: 'p1',
  contactType: 'ON_SITE_SUPERVISED',
  startsAt: '2026-03-04T19:00:00Z',
  endsAt: '2026-03-04T20:00:00Z',
  place: 'The family room',
  status: 'REQUESTED',
  supervisorName: null,
  closingNote: null,
  createdAt: '2026-03-01T10:00:00Z',
  awaitingMyAnswer: true,
  canDebrief: false,
  notice: null,
  debriefs: [],
  participants: [
    {
      memberId: 'pm',
      displayName: 'Sam Okafor',
      kind: 'PATIENT',
      willingness: 'WILLING',
      isMe: false,
    },
    {
      memberId: 'mm',
      displayName: 'Grace Okafor',
      kind: 'FAMILY',
      willingness: 'PENDING',
      isMe: true,
    },
  ],
};

function api(answer: Partial<Visit> = {}) {
  return {
    respond: jest.fn().mockResolvedValue({ ...visit, ...answer }),
    approve: jest.fn().mockResolvedValue({ ...visit, status: 'APPROVED' }),
    close: jest.fn().mockResolvedValue({ ...visit, status: 'CANCELLED' }),
    debrief: jest.fn().mockResolvedValue({ ...visit, canDebrief: false }),
  };
}

describe('isUpcoming', () => {
  it('is true while a visit is asked for or approved, false once it took place, was cancelled or ended early', () => {
    expect(
      ['REQUESTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'ENDED_EARLY'].map((status) =>
        isUpcoming({ status: status as Visit['status'] }),
      ),
    ).toEqual([true, true, false, false, false]);
  });
});

describe('VisitCardComponent', () => {
  it('lets a participant say "Not this time" with no reason asked, and says it never counts against anyone', async () => {
    const visits = api({ awaitingMyAnswer: false });
    const { byTestId, click, element } = await render(
      VisitCardComponent,
      [{ provide: VisitsApi, useValue: visits }],
      { visit, mode: 'member' },
    );
    expect(byTestId('visit-opt-out')?.textContent?.trim()).toBe('Not this time');
    expect(element.textContent).toContain(en.track.visits.optOutHint);
    expect(element.querySelector('textarea')).toBeNull();
    await click('visit-opt-out');
    expect(visits.respond).toHaveBeenCalledWith('v1', false);
    expect(byTestId('visit-done')?.textContent?.trim()).toBe(en.track.visits.answered.OPTED_OUT);
  });

  it('for staff: approves with the first person offered (the primary counselor) and offers only cancelling before approval', async () => {
    const visits = api();
    const supervisors = [
      { id: 'staff-1', label: 'Lena Ortiz (primary counselor)' },
      { id: 'staff-2', label: 'Noor Haddad (you)' },
    ];
    const { byTestId, click, fixture } = await render(
      VisitCardComponent,
      [{ provide: VisitsApi, useValue: visits }],
      { visit, mode: 'staff', supervisors },
    );
    expect(byTestId('visit-willing')).toBeNull();
    await click('visit-approve');
    expect(visits.approve).toHaveBeenCalledWith({ visitId: 'v1', supervisorId: 'staff-1' });
    await click('visit-close');
    const component = fixture.componentInstance as unknown as { outcomes: () => string[] };
    expect(component.outcomes()).toEqual(['CANCELLED']);
    fixture.componentRef.setInput('visit', { ...visit, status: 'APPROVED' });
    await fixture.whenStable();
    expect(component.outcomes()).toEqual(['COMPLETED', 'ENDED_EARLY', 'CANCELLED']);
  });

  it('after the visit, asks how it went and sends the rating, whether boundaries were respected and what helped', async () => {
    const visits = api();
    const past: Visit = {
      ...visit,
      status: 'COMPLETED',
      awaitingMyAnswer: false,
      canDebrief: true,
    };
    const { byTestId, click, settle } = await render(
      VisitCardComponent,
      [{ provide: VisitsApi, useValue: visits }],
      { visit: past, mode: 'member' },
    );
    expect(byTestId('visit-willing')).toBeNull();
    await click('visit-debrief-open');
    await click('debrief-submit');
    expect(visits.debrief).not.toHaveBeenCalled();
    expect(byTestId('visit-error')?.textContent?.trim()).toBe(en.track.visits.debrief.ratingNeeded);
    await click('debrief-rating-4');
    await click('debrief-boundaries-yes');
    const helped = byTestId('debrief-helped') as HTMLTextAreaElement;
    helped.value = 'A walk in the garden';
    helped.dispatchEvent(new Event('input'));
    await settle();
    await click('debrief-submit');
    expect(visits.debrief).toHaveBeenCalledWith({
      visitId: 'v1',
      rating: 4,
      boundariesRespected: true,
      helped: 'A walk in the garden',
    });
  });
});
