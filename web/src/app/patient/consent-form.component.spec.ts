import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import {
  ConsentPreviewQuery,
  FamilyPlanFieldsFragment,
  MyPlanApi,
} from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { ConsentFormComponent } from './consent-form.component';

const view = (categories: string[]): FamilyPlanFieldsFragment => ({
  planId: 'p1',
  memberId: 'm1',
  patientName: 'Pat Rivera',
  relationship: 'PARENT',
  sharedCategories: categories as FamilyPlanFieldsFragment['sharedCategories'],
  notice: categories.length ? 'Protected by federal confidentiality rules.' : null,
  explanation: categories.includes('PROGRESS')
    ? null
    : 'Pat has chosen not to share their progress with you for now.',
  progress: categories.includes('PROGRESS')
    ? {
        status: 'ACTIVE',
        ladder: [{ position: 1, name: 'Reconnect', status: 'CURRENT' }],
        currentPhase: null,
      }
    : null,
  ownMilestones: [],
});

const CATEGORIES = [
  'PROGRESS',
  'CHECKINS',
  'ATTENDANCE',
  'VISIT_REFLECTIONS',
  'SAFETY_PLAN',
  'SUPPORT_NETWORK',
] as const;

/** The preview as the API draws it: the plan page, and every category's records. */
const shown = (categories: string[]): ConsentPreviewQuery['consentPreview'] => ({
  plan: view(categories),
  categories: CATEGORIES.map((category) => ({
    category,
    shared: categories.includes(category),
    records:
      category === 'PROGRESS' && categories.includes(category)
        ? [
            {
              kind: 'PHASE',
              id: 'ph1',
              on: null,
              fields: [{ name: 'name', values: ['Reconnect'] }],
            },
            {
              kind: 'PLAN_EVENT',
              id: 'e1',
              on: '2026-11-28',
              fields: [
                { name: 'kind', values: ['PLAN_CREATED'] },
                { name: 'actorName', values: ['Casey Counselor'] },
              ],
            },
          ]
        : category === 'CHECKINS' && categories.includes(category)
          ? [
              {
                kind: 'CHECK_IN',
                id: 'c1',
                on: '2026-12-01',
                fields: [
                  { name: 'mood', values: ['4'] },
                  { name: 'attendedMeeting', values: ['true'] },
                  { name: 'note', values: ['A walk by the river'] },
                ],
              },
            ]
          : [],
  })),
});

async function render() {
  const preview = jest.fn((_memberId: string, categories: string[]) =>
    Promise.resolve(shown(categories)),
  );
  const grant = jest.fn().mockResolvedValue({ id: 'c1', expiresAt: '2027-01-01T00:00:00Z' });
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [{ provide: MyPlanApi, useValue: { preview, grant } }],
  });
  const fixture = TestBed.createComponent(ConsentFormComponent);
  fixture.componentRef.setInput('member', { id: 'm1', displayName: 'Maria Rivera' });
  fixture.componentRef.setInput('patientName', 'Pat Rivera');
  const granted = jest.fn();
  fixture.componentInstance.granted.subscribe(granted);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const check = async (category: string) => {
    byTestId<HTMLInputElement>(`consent-category-${category}`)?.querySelector('input')?.click();
    await settle();
  };
  const sign = (name: string) => {
    const input = byTestId<HTMLInputElement>('consent-signature');
    if (!input) throw new Error('no signature field');
    input.value = name;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    byTestId<HTMLButtonElement>('consent-grant')?.click();
    await settle();
  };
  return { byTestId, check, sign, submit, settle, preview, grant, granted };
}

describe('ConsentFormComponent', () => {
  it('asks for at least one category before anything is signed', async () => {
    const { byTestId, sign, submit, grant } = await render();
    sign('Pat Rivera');
    await submit();
    expect(byTestId('consent-error')?.textContent?.trim()).toBe(
      en.patientPlan.consent.categoriesNeeded,
    );
    expect(grant).not.toHaveBeenCalled();
  });

  it('asks for the typed signature', async () => {
    const { byTestId, check, submit, grant } = await render();
    await check('PROGRESS');
    await submit();
    expect(byTestId('consent-error')?.textContent?.trim()).toBe(
      en.patientPlan.consent.signatureNeeded,
    );
    expect(grant).not.toHaveBeenCalled();
  });

  it('previews exactly what the person would see for the chosen categories', async () => {
    const { byTestId, check, settle, preview } = await render();
    await settle();
    expect(preview).toHaveBeenLastCalledWith('m1', []);
    expect(byTestId('consent-preview')?.textContent).toContain('chosen not to share');

    await check('PROGRESS');
    expect(preview).toHaveBeenLastCalledWith('m1', ['PROGRESS']);
    expect(
      byTestId('consent-preview')?.querySelector('[data-testid="phase-ladder"]'),
    ).not.toBeNull();
    expect(byTestId('consent-preview')?.textContent).toContain(
      'Protected by federal confidentiality rules.',
    );
  });

  it('previews the records of every other category chosen, in words, or says there are none yet', async () => {
    const { byTestId, check } = await render();
    await check('CHECKINS');
    await check('SAFETY_PLAN');
    const checkIns = byTestId('consent-shown-CHECKINS')?.textContent ?? '';
    expect(checkIns).toContain('Check-in of Dec 1');
    expect(checkIns).toContain(`${en.patientPlan.consent.shown.field.mood}:`);
    expect(checkIns).toContain(en.track.mood['4']);
    expect(checkIns).toContain(en.patientPlan.consent.shown.true);
    expect(checkIns).toContain('A walk by the river');
    expect(byTestId('consent-shown-SAFETY_PLAN')?.textContent).toContain(
      en.patientPlan.consent.shown.nothingYet,
    );
    // Not chosen, not shown.
    expect(byTestId('consent-shown-SUPPORT_NETWORK')).toBeNull();
    expect(byTestId('consent-shown-PROGRESS')).toBeNull();

    // Progress: its phases show in the plan view above; its timeline here, in words.
    await check('PROGRESS');
    const progress = byTestId('consent-shown-PROGRESS')?.textContent ?? '';
    expect(progress).toContain('On the plan, Nov 28');
    expect(progress).toContain(en.track.record.timelineKind.PLAN_CREATED);
    expect(progress).toContain(`${en.patientPlan.consent.shown.field.event}:`);
    expect(progress).toContain('Casey Counselor');
    expect(progress).not.toContain('Reconnect');
  });

  it('grants with every element: categories, a kind purpose, an end date within two years and the signature', async () => {
    const { check, sign, submit, grant, granted } = await render();
    await check('PROGRESS');
    sign('  Pat Rivera ');
    await submit();
    expect(grant).toHaveBeenCalledTimes(1);
    const input = grant.mock.calls[0][0];
    expect(input).toMatchObject({
      memberId: 'm1',
      categories: ['PROGRESS'],
      signature: 'Pat Rivera',
    });
    expect(input.purpose).toContain('Maria');
    const days = (new Date(input.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(360);
    expect(days).toBeLessThan(2 * 365);
    expect(granted).toHaveBeenCalledWith({ id: 'c1', expiresAt: '2027-01-01T00:00:00Z' });
  });
});
