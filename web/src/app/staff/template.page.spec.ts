import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { PlansApi, PlanTemplate } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { TemplatePage } from './template.page';

// As Apollo hands it over: its cache adds __typename to every object, which the generated types leave out.
const template = {
  __typename: 'PlanTemplate',
  id: 't1',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  phases: [
    {
      __typename: 'TemplatePhase',
      name: 'Reconnect',
      description: 'Letters, phone and video calls.',
      contactTypes: ['LETTER', 'PHONE'],
      milestones: [
        {
          __typename: 'TemplateMilestone',
          title: 'Daily check-ins: 25 in 30 days',
          kind: 'COUNT',
          party: 'PATIENT',
          target: 25,
          windowDays: 30,
          measure: 'CHECK_IN_DAYS',
          contactType: null,
        },
        {
          __typename: 'TemplateMilestone',
          title: 'Expectations talked through',
          kind: 'MANUAL',
          party: 'PATIENT',
          target: null,
          windowDays: null,
          measure: null,
          contactType: null,
        },
      ],
    },
    {
      __typename: 'TemplatePhase',
      name: 'Supervised visits',
      description: 'Visits on site with staff present.',
      contactTypes: ['ON_SITE_SUPERVISED'],
      milestones: [
        {
          __typename: 'TemplateMilestone',
          title: 'Family sessions attended',
          kind: 'COUNT',
          party: 'FAMILY',
          target: 4,
          windowDays: 60,
          measure: 'FAMILY_SESSIONS',
          contactType: null,
        },
      ],
    },
  ],
} as unknown as PlanTemplate;

async function render() {
  const updateTemplate = jest.fn().mockResolvedValue({ ...template, version: 4 });
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [
      provideRouter([]),
      {
        provide: PlansApi,
        useValue: { template: jest.fn().mockResolvedValue(template), updateTemplate },
      },
    ],
  });
  const fixture = TestBed.createComponent(TemplatePage);
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const element: HTMLElement = fixture.nativeElement;
  const loader = TestbedHarnessEnvironment.loader(fixture);
  const milestone = (phase: number, index: number) =>
    element.querySelector<HTMLElement>(`[data-testid="milestone-${phase}-${index}"]`);
  const field = <T extends HTMLElement>(phase: number, index: number, name: string) => {
    const found = milestone(phase, index)?.querySelector<T>(`[data-testid="milestone-${name}"]`);
    if (!found) throw new Error(`no ${name} in milestone ${phase}-${index}`);
    return found;
  };
  const type = async (phase: number, index: number, name: string, text: string) => {
    const input = field<HTMLInputElement>(phase, index, name);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle();
  };
  const choose = async (
    phase: number,
    index: number,
    name: 'kind' | 'party' | 'measure' | 'visit-type',
    option: string,
  ) => {
    const select = await loader.getHarness(
      MatSelectHarness.with({
        selector: `[data-testid="milestone-${phase}-${index}"] [data-testid="milestone-${name}"]`,
      }),
    );
    await select.open();
    await select.clickOptions({ text: option });
    await settle();
  };
  const click = async (selector: string, within: ParentNode = element) => {
    const button = within.querySelector<HTMLButtonElement>(selector);
    if (!button) throw new Error(`no ${selector}`);
    button.click();
    await settle();
  };
  return { element, milestone, field, type, choose, click, updateTemplate };
}

describe('TemplatePage', () => {
  it('lists each phase’s milestones with labelled fields, the numbers only where they mean something', async () => {
    const { milestone } = await render();
    const count = milestone(0, 0);
    expect(count?.querySelector('legend')?.textContent).toContain('Milestone 1');
    expect(count?.querySelector<HTMLInputElement>('[data-testid="milestone-title"]')?.value).toBe(
      'Daily check-ins: 25 in 30 days',
    );
    expect(count?.querySelector<HTMLInputElement>('[data-testid="milestone-target"]')?.value).toBe(
      '25',
    );
    expect(count?.querySelector<HTMLInputElement>('[data-testid="milestone-window"]')?.value).toBe(
      '30',
    );
    const labels = [...(count?.querySelectorAll('mat-label') ?? [])].map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual([
      en.template.milestoneTitle,
      en.template.kind,
      en.template.party,
      en.template.target,
      en.template.measure,
      en.template.windowDays,
    ]);
    const manual = milestone(0, 1);
    expect(manual?.querySelector('[data-testid="milestone-target"]')).toBeNull();
    expect(manual?.querySelector('[data-testid="milestone-window"]')).toBeNull();
  });

  it('sends the edited, added and removed milestones, and nothing but what the API takes', async () => {
    const { element, milestone, field, type, choose, click, updateTemplate } = await render();

    // Edit the first milestone of the first phase.
    await type(0, 0, 'title', 'Daily check-ins: 20 in 30 days');
    await type(0, 0, 'target', '20');
    // It counts support group meetings instead of check-in days.
    await choose(0, 0, 'measure', en.template.measureOption.SUPPORT_MEETINGS);
    // Remove the second one.
    await click('[data-testid="milestone-remove"]', milestone(0, 1) ?? element);
    expect(milestone(0, 1)).toBeNull();
    // The second phase's milestone becomes one the counselor confirms: its numbers go.
    await choose(1, 0, 'kind', en.template.kindOption.MANUAL);
    // And the family gets a new one there.
    await click('[data-testid="milestone-add-1"]');
    expect(document.activeElement).toBe(field(1, 1, 'title'));
    await type(1, 1, 'title', 'A family meal that went well');
    await choose(1, 1, 'kind', en.template.kindOption.EVENT);
    await choose(1, 1, 'party', en.template.partyOption.FAMILY);
    await type(1, 1, 'target', '2');
    // An event waits for a kind of visit that went well: here a day pass.
    expect(milestone(1, 1)?.querySelector('[data-testid="milestone-measure"]')).toBeNull();
    await choose(1, 1, 'visit-type', en.plan.contactType.DAY_PASS);

    await click('[data-testid="template-save"]');

    expect(updateTemplate).toHaveBeenCalledTimes(1);
    expect(updateTemplate.mock.calls[0][0]).toEqual({
      phases: [
        {
          name: 'Reconnect',
          stage: null,
          description: 'Letters, phone and video calls.',
          contactTypes: ['LETTER', 'PHONE'],
          milestones: [
            {
              title: 'Daily check-ins: 20 in 30 days',
              kind: 'COUNT',
              party: 'PATIENT',
              target: 20,
              windowDays: 30,
              measure: 'SUPPORT_MEETINGS',
              contactType: null,
            },
          ],
        },
        {
          name: 'Supervised visits',
          stage: null,
          description: 'Visits on site with staff present.',
          contactTypes: ['ON_SITE_SUPERVISED'],
          milestones: [
            {
              title: 'Family sessions attended',
              kind: 'MANUAL',
              party: 'FAMILY',
              target: null,
              windowDays: null,
              measure: null,
              contactType: null,
            },
            {
              title: 'A family meal that went well',
              kind: 'EVENT',
              party: 'FAMILY',
              target: 2,
              windowDays: null,
              measure: 'VISITS_WENT_WELL',
              contactType: 'DAY_PASS',
            },
          ],
        },
      ],
    });
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Saved as version 4.');
  });
});
