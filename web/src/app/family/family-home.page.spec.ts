import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import {
  AgreementApi,
  CheckInsApi,
  FamilyApi,
  FamilyPlanFieldsFragment,
  PhaseMovesApi,
  PhaseProposal,
  WaitingItem,
} from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { SessionStore } from '../core/session.store';
import { quietLiveUpdates } from '../testing/render';
import { FamilyHomePage } from './family-home.page';

const NOTICE =
  'This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2).';
const EXPLANATION =
  'Pat has chosen not to share their progress with you for now. That is their choice to make, and it can change.';
const ownMilestones = [
  {
    id: 'f1',
    title: 'Attend a family education session',
    kind: 'EVENT' as const,
    party: 'FAMILY' as const,
    status: 'NOT_STARTED' as const,
    progress: 0,
    target: 1,
    windowDays: null,
    measure: 'VISITS_WENT_WELL' as const,
    contactType: null,
    achievedAt: null,
    waivedReason: null,
  },
];

const withoutConsent: FamilyPlanFieldsFragment = {
  planId: 'p1',
  memberId: 'm1',
  patientName: 'Pat Rivera',
  relationship: 'PARENT',
  sharedCategories: [],
  notice: null,
  explanation: EXPLANATION,
  progress: null,
  ownMilestones,
};

const withConsent: FamilyPlanFieldsFragment = {
  ...withoutConsent,
  sharedCategories: ['PROGRESS'],
  notice: NOTICE,
  explanation: null,
  progress: {
    status: 'ACTIVE',
    ladder: [
      { position: 1, name: 'Reconnect', status: 'CURRENT' },
      { position: 2, name: 'Supervised visits', status: 'LOCKED' },
    ],
    currentPhase: {
      id: 'ph1',
      position: 1,
      name: 'Reconnect',
      description: 'Letters, phone and video calls',
      contactTypes: ['LETTER', 'PHONE'],
      stage: null,
      status: 'CURRENT',
      startedAt: '2026-01-01T00:00:00Z',
      milestones: [
        {
          id: 'p-1',
          title: 'Check in 10 times',
          kind: 'COUNT',
          party: 'PATIENT',
          status: 'IN_PROGRESS',
          progress: 4,
          target: 10,
          windowDays: 14,
          measure: 'CHECK_IN_DAYS',
          contactType: null,
          achievedAt: null,
          waivedReason: null,
        },
        ownMilestones[0],
      ],
    },
  },
};

async function render(
  plans: FamilyPlanFieldsFragment[],
  waiting: WaitingItem[] = [],
  proposal: PhaseProposal | null = null,
) {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [
      provideRouter([]),
      { provide: FamilyApi, useValue: { plans: jest.fn().mockResolvedValue(plans) } },
      { provide: AgreementApi, useValue: { waitingOnMe: jest.fn().mockResolvedValue(waiting) } },
      { provide: CheckInsApi, useValue: { mine: jest.fn().mockResolvedValue([]) } },
      {
        provide: PhaseMovesApi,
        useValue: { proposal: jest.fn().mockResolvedValue(proposal), answer: jest.fn() },
      },
      { provide: SessionStore, useValue: { me: () => ({ displayName: 'Maria' }) } },
      quietLiveUpdates,
    ],
  });
  const fixture = TestBed.createComponent(FamilyHomePage);
  await fixture.whenStable();
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { element, byTestId };
}

describe('FamilyHomePage', () => {
  it('without a progress consent shows the kind explanation, no ladder and no notice, and still their own milestones', async () => {
    const { byTestId } = await render([withoutConsent]);
    expect(byTestId('family-explanation')?.textContent?.trim()).toBe(EXPLANATION);
    expect(byTestId('phase-ladder')).toBeNull();
    expect(byTestId('family-progress')).toBeNull();
    expect(byTestId('redisclosure-notice')).toBeNull();
    expect(byTestId('own-milestones')?.textContent).toContain('Attend a family education session');
  });

  it('with a progress consent shows the ladder with the current phase and the notice word for word', async () => {
    const { element, byTestId } = await render([withConsent]);
    expect(byTestId('family-explanation')).toBeNull();
    expect(byTestId('redisclosure-notice')?.textContent).toContain(NOTICE);
    expect(element.querySelector('[aria-current="step"]')?.textContent).toContain('Reconnect');
    expect(byTestId('family-progress')?.textContent).toContain('Check in 10 times');
    expect(byTestId('own-milestones')?.textContent).toContain('Attend a family education session');
  });

  it('says kindly that the plan is coming when they are on none yet', async () => {
    const { element } = await render([]);
    expect(element.textContent).toContain(en.family.planSoon);
  });

  it('lists what waits for them, each linking to the place it is done, and says so kindly when nothing does', async () => {
    const boundary: WaitingItem = {
      kind: 'ACKNOWLEDGE_BOUNDARY',
      planId: 'p1',
      patientName: 'Pat Rivera',
      recordId: 'b1',
      category: 'HOUSEHOLD',
      summary: 'No alcohol in the house',
      version: null,
      since: '2026-01-02T10:00:00Z',
      contactType: null,
      startsAt: null,
    };
    const { byTestId } = await render([withoutConsent], [boundary]);
    const link = byTestId('waiting-link');
    expect(link?.textContent?.trim()).toBe(en.waiting.kind.ACKNOWLEDGE_BOUNDARY);
    expect(link?.getAttribute('href')).toBe('/family/agreement/p1#boundary-b1');
    expect(byTestId('waiting-item')?.textContent).toContain('No alcohol in the house');
    expect(byTestId('open-agreement')?.getAttribute('href')).toBe('/family/agreement/p1');

    // A visit that waits for their yes leads to it on their visits page, named by its kind.
    TestBed.resetTestingModule();
    const visit: WaitingItem = {
      kind: 'CONFIRM_VISIT',
      planId: 'p1',
      patientName: 'Pat Rivera',
      recordId: 'v1',
      category: null,
      summary: '',
      version: null,
      since: '2026-01-02T10:00:00Z',
      contactType: 'PHONE',
      startsAt: '2026-01-05T22:00:00Z',
    };
    const asked = await render([withoutConsent], [visit]);
    expect(asked.byTestId('waiting-link')?.getAttribute('href')).toBe('/family/visits/p1#visit-v1');
    expect(asked.byTestId('waiting-link')?.textContent).toContain('Are you willing? Phone call on');

    TestBed.resetTestingModule();
    const empty = await render([withoutConsent], []);
    expect(empty.byTestId('waiting-empty')?.textContent?.trim()).toBe(en.waiting.empty);
  });

  it('offers their own check-in as theirs, not a report, and an open proposal to answer', async () => {
    const proposal: PhaseProposal = {
      id: 'pp1',
      planId: 'p1',
      fromPosition: 1,
      toPosition: 2,
      toPhaseName: 'Supervised visits',
      reason: 'Steady letters and calls for a month',
      proposedByName: 'Noor Haddad',
      status: 'OPEN',
      createdAt: '2026-03-01T10:00:00Z',
      waitingFor: ['Maria Rivera'],
      awaitingMyAnswer: true,
      blockers: [],
      answers: [
        {
          memberId: 'pm',
          displayName: 'Pat Rivera',
          agree: true,
          comment: null,
          answeredAt: '2026-03-01T11:00:00Z',
        },
      ],
    };
    const { byTestId } = await render([withoutConsent], [], proposal);
    expect(byTestId('family-check-in')?.textContent).toContain(en.track.familyCheckIn.yours);
    expect(byTestId('family-check-in-submit')?.textContent?.trim()).toBe(en.track.checkIn.submit);
    const card = byTestId('phase-proposal');
    expect(card?.textContent).toContain('Moving up to Supervised visits?');
    expect(card?.textContent).toContain('Pat Rivera agreed');
    expect(byTestId('proposal-waiting')?.textContent?.trim()).toBe('Waiting for Maria Rivera');
    expect(byTestId('proposal-agree')).not.toBeNull();
    expect(byTestId('proposal-wait')?.textContent?.trim()).toBe("I'd like to wait");
  });
});
