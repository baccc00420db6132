import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AgreementApi, AgreementMember, Expectation } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import es from '../../../../public/i18n/es.json';
import { ExpectationCardComponent } from './expectation-card.component';

const member = (id: string, displayName: string, isMe: boolean): AgreementMember => ({
  id,
  displayName,
  isMe,
  kind: id === 'pat' ? 'PATIENT' : 'FAMILY',
  relationship: id === 'pat' ? null : 'PARENT',
  status: 'ACTIVE',
});

/** Pat (the reader unless told otherwise) asks Maria for an evening call; version 1, Pat's own acceptance. */
function expectation(
  overrides: Partial<Expectation> = {},
  reader: 'pat' | 'maria' | 'staff' = 'pat',
): Expectation {
  const pat = member('pat', 'Pat Rivera', reader === 'pat');
  const maria = member('maria', 'Maria Rivera', reader === 'maria');
  return {
    id: 'e1',
    planId: 'p1',
    category: 'CONTACT',
    appliesFromPhase: 1,
    reviewOn: null,
    dueForReview: false,
    status: 'PROPOSED',
    currentVersion: 1,
    agreedVersion: null,
    changeUnderDiscussion: false,
    text: 'A phone call every evening at 8',
    awaitingMyAnswer: reader === 'maria',
    from: pat,
    to: maria,
    parties: [
      { member: pat, decision: 'ACCEPT', wantsToRetire: false },
      { member: maria, decision: null, wantsToRetire: false },
    ],
    versions: [
      {
        version: 1,
        text: 'A phone call every evening at 8',
        authorName: 'Pat Rivera',
        createdAt: '2026-01-01T10:00:00.000Z',
      },
    ],
    answers: [
      {
        id: 'a1',
        version: 1,
        decision: 'ACCEPT',
        comment: null,
        suggestedText: null,
        authorName: 'Pat Rivera',
        fromStaff: false,
        createdAt: '2026-01-01T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

async function render(value: Expectation, mode: 'member' | 'staff' = 'member') {
  const api = {
    answer: jest.fn().mockResolvedValue(value),
    revise: jest.fn().mockResolvedValue(value),
    comment: jest.fn().mockResolvedValue(value),
  };
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [{ provide: AgreementApi, useValue: api }],
  });
  const fixture = TestBed.createComponent(ExpectationCardComponent);
  fixture.componentRef.setInput('expectation', value);
  fixture.componentRef.setInput('mode', mode);
  const changed = jest.fn();
  fixture.componentInstance.changed.subscribe(changed);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const click = async (id: string) => {
    const button = byTestId<HTMLButtonElement>(id);
    if (!button) throw new Error(`no ${id}`);
    button.click();
    await settle();
  };
  const type = async (id: string, text: string) => {
    const field = byTestId<HTMLTextAreaElement>(id);
    if (!field) throw new Error(`no ${id}`);
    field.value = text;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  return { element, byTestId, click, type, api, changed };
}

describe('ExpectationCardComponent', () => {
  it('says kindly whom a proposal waits for, from the proposer’s side', async () => {
    const { byTestId } = await render(expectation());
    expect(byTestId('expectation-status')?.textContent?.trim()).toBe('Waiting for Maria');
    expect(byTestId('expectation')?.querySelector('h3')?.textContent?.trim()).toBe(
      'You ask of Maria Rivera',
    );
    // Pat already stands behind the words: no Accept for Pat, but Pat can still reword or ask.
    expect(byTestId('expectation-accept')).toBeNull();
    expect(byTestId('expectation-revise')).not.toBeNull();
  });

  it('asks the other party for their answer and sends it for the current version', async () => {
    const value = expectation({ currentVersion: 2 }, 'maria');
    const { byTestId, click, api, changed } = await render(value);
    expect(byTestId('expectation-status')?.textContent?.trim()).toBe('Waiting for your answer');
    expect(byTestId('expectation')?.querySelector('h3')?.textContent?.trim()).toBe(
      'Pat Rivera asks of you',
    );
    await click('expectation-accept');
    expect(api.answer).toHaveBeenCalledWith({
      expectationId: 'e1',
      version: 2,
      decision: 'ACCEPT',
    });
    expect(changed).toHaveBeenCalled();
  });

  it('needs a comment to ask for a change, shows a gentle hint while writing, and still sends', async () => {
    const { byTestId, click, type, api } = await render(expectation({}, 'maria'));
    await click('expectation-ask-change');
    await click('expectation-send-change');
    expect(api.answer).not.toHaveBeenCalled();
    expect(byTestId('expectation-error')?.textContent?.trim()).toBe(
      'Please say what you would like changed, so Pat can answer it.',
    );

    await type('expectation-comment', 'You never listen. Three evenings a week, for now');
    expect(byTestId('expectation-comment-hints-ABSOLUTES')).not.toBeNull();
    await click('expectation-send-change');
    expect(api.answer).toHaveBeenCalledWith({
      expectationId: 'e1',
      version: 1,
      decision: 'REQUEST_CHANGE',
      comment: 'You never listen. Three evenings a week, for now',
    });
  });

  it('shows a change someone asked for, and "Agreed by both" once both accepted', async () => {
    const asked = expectation({
      parties: [
        { member: member('pat', 'Pat Rivera', true), decision: 'ACCEPT', wantsToRetire: false },
        {
          member: member('maria', 'Maria Rivera', false),
          decision: 'REQUEST_CHANGE',
          wantsToRetire: false,
        },
      ],
      answers: [
        ...expectation().answers,
        {
          id: 'a2',
          version: 1,
          decision: 'REQUEST_CHANGE',
          comment: 'Three evenings a week, for now',
          suggestedText: null,
          authorName: 'Maria Rivera',
          fromStaff: false,
          createdAt: '2026-01-02T10:00:00.000Z',
        },
      ],
    });
    const first = await render(asked);
    expect(first.byTestId('expectation-note')?.textContent?.trim()).toBe(
      'Maria would like a change: Three evenings a week, for now',
    );
    expect(first.byTestId('expectation-status')?.textContent?.trim()).toBe('Waiting for Maria');

    TestBed.resetTestingModule();
    const agreed = await render(
      expectation({
        status: 'AGREED',
        parties: [
          { member: member('pat', 'Pat Rivera', true), decision: 'ACCEPT', wantsToRetire: false },
          {
            member: member('maria', 'Maria Rivera', false),
            decision: 'ACCEPT',
            wantsToRetire: false,
          },
        ],
      }),
    );
    expect(agreed.byTestId('expectation')?.getAttribute('data-status')).toBe('AGREED');
    expect(agreed.byTestId('expectation-status')?.textContent?.trim()).toBe('Agreed by both');
    expect(agreed.byTestId('expectation-note')).toBeNull();
  });

  it('keeps every version and answer readable, without repeating a writer accepting their own words', async () => {
    const value = expectation({
      currentVersion: 2,
      versions: [
        ...expectation().versions,
        {
          version: 2,
          text: 'A call three evenings a week at 8',
          authorName: 'Pat Rivera',
          createdAt: '2026-01-03T10:00:00.000Z',
        },
      ],
      answers: [
        ...expectation().answers,
        {
          id: 'a2',
          version: 1,
          decision: 'REQUEST_CHANGE',
          comment: 'Three evenings a week, for now',
          suggestedText: null,
          authorName: 'Maria Rivera',
          fromStaff: false,
          createdAt: '2026-01-02T10:00:00.000Z',
        },
        {
          id: 'a3',
          version: 2,
          decision: 'ACCEPT',
          comment: null,
          suggestedText: null,
          authorName: 'Pat Rivera',
          fromStaff: false,
          createdAt: '2026-01-03T10:00:00.000Z',
        },
        {
          id: 'a4',
          version: 2,
          decision: null,
          comment: 'A good middle ground.',
          suggestedText: 'A call on Mondays, Wednesdays and Fridays at 8',
          authorName: 'Casey Counselor',
          fromStaff: true,
          createdAt: '2026-01-04T10:00:00.000Z',
        },
      ],
    });
    const { byTestId } = await render(value);
    const lines = [...(byTestId('expectation-history')?.querySelectorAll('li .what') ?? [])].map(
      (e) => e.textContent?.trim(),
    );
    expect(lines).toEqual([
      'Version 1, written by Pat Rivera',
      'Maria Rivera asked for a change to version 1',
      'Version 2, written by Pat Rivera',
      'Casey Counselor (counselor) commented on version 2',
    ]);
    expect(byTestId('expectation-history')?.textContent).toContain(
      'Three evenings a week, for now',
    );
    expect(byTestId('expectation-suggestion')?.textContent).toContain(
      'A call on Mondays, Wednesdays and Fridays at 8',
    );
  });

  it('lets staff comment with suggested wording but never answer', async () => {
    const { byTestId, click, type, api } = await render(expectation({}, 'staff'), 'staff');
    expect(byTestId('expectation-accept')).toBeNull();
    expect(byTestId('expectation-ask-change')).toBeNull();
    expect(byTestId('expectation-status')?.textContent?.trim()).toBe('Waiting for Maria');
    await click('staff-comment-open');
    await type('staff-comment', 'Could you meet in the middle?');
    await type('staff-suggested', 'A call three evenings a week');
    await click('staff-comment-submit');
    expect(api.comment).toHaveBeenCalledWith({
      expectationId: 'e1',
      comment: 'Could you meet in the middle?',
      suggestedText: 'A call three evenings a week',
    });
  });

  it('keeps the agreed words in force while a new wording waits, and asks the other party about the new one', async () => {
    const pat = member('pat', 'Pat Rivera', false);
    const maria = member('maria', 'Maria Rivera', true);
    const value = expectation(
      {
        status: 'AGREED',
        agreedVersion: 1,
        currentVersion: 2,
        changeUnderDiscussion: true,
        awaitingMyAnswer: true,
        text: 'A call on Sundays too',
        from: pat,
        to: maria,
        parties: [
          { member: pat, decision: 'ACCEPT', wantsToRetire: false },
          { member: maria, decision: null, wantsToRetire: false },
        ],
        versions: [
          ...expectation().versions,
          {
            version: 2,
            text: 'A call on Sundays too',
            authorName: 'Pat Rivera',
            createdAt: '2026-02-01T10:00:00.000Z',
          },
        ],
      },
      'maria',
    );
    const { byTestId, click, api } = await render(value);
    expect(byTestId('expectation-status')?.textContent?.trim()).toBe('Agreed by both');
    expect(byTestId('expectation-text')?.textContent?.trim()).toBe(
      'A phone call every evening at 8',
    );
    expect(byTestId('expectation-new-wording')?.textContent).toContain('A call on Sundays too');
    expect(byTestId('expectation-discussion')?.textContent?.trim()).toBe(
      en.agreement.expectations.discussion.waitingForYou,
    );
    expect(byTestId('expectation-accept')?.textContent?.trim()).toBe('Accept the new wording');
    await click('expectation-accept');
    expect(api.answer).toHaveBeenCalledWith({
      expectationId: 'e1',
      version: 2,
      decision: 'ACCEPT',
    });
  });
});
