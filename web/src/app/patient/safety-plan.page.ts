import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  MAX_SAFETY_PLAN_ITEM,
  MAX_SAFETY_PLAN_ITEMS,
  SAFETY_PLAN_SECTIONS,
  SafetyPlanSection,
  SafetyPlanSections,
} from '@homeward/domain';
import {
  MyPlanApi,
  type PatientPlan,
  type SafetyPlan,
  SafetyPlanApi,
} from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { downloadSafetyPlan } from '../shared/safety-plan/safety-plan-pdf';
import { SafetyPlanViewComponent } from '../shared/safety-plan/safety-plan-view.component';
import { ConsentCentreComponent } from './consent-centre.component';

const blank = (): SafetyPlanSections =>
  Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, ['']])) as SafetyPlanSections;

/**
 * `/patient/safety-plan`: my safety plan in my own words, six sections. Each save is a new
 * version and every earlier one is kept; who may read it is mine to choose (a consent).
 */
@Component({
  selector: 'hw-patient-safety-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoDirective,
    SafetyPlanViewComponent,
    ConsentCentreComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="patient-safety-plan">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('safetyPlan.title') }}</h1>
      <p>{{ t('safetyPlan.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!plan()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <form (ngSubmit)="save()" data-testid="safety-plan-form">
          @for (section of sections; track section) {
            <fieldset [attr.data-testid]="'edit-' + section">
              <legend>{{ t('safetyPlan.sections.' + section + '.title') }}</legend>
              <p class="hint">{{ t('safetyPlan.sections.' + section + '.hint') }}</p>
              @for (item of draft()[section]; track $index; let i = $index) {
                <div class="line">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('safetyPlan.line', { n: i + 1 }) }}</mat-label>
                    <!-- A line grows with the words: at phone width a single-line input hid most of them. -->
                    <textarea
                      matInput
                      cdkTextareaAutosize
                      cdkAutosizeMinRows="1"
                      [name]="section + i"
                      [maxlength]="maxItem"
                      [ngModel]="item"
                      (ngModelChange)="setItem(section, i, $event)"
                      (keydown.enter)="$event.preventDefault()"
                      [attr.data-testid]="'item-' + section + '-' + i"
                    ></textarea>
                  </mat-form-field>
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="
                      t('safetyPlan.removeLine', {
                        n: i + 1,
                        section: t('safetyPlan.sections.' + section + '.title'),
                      })
                    "
                    (click)="removeItem(section, i)"
                  >
                    {{ t('safetyPlan.remove') }}
                  </button>
                </div>
              }
              <div class="actions">
                @if (draft()[section].length < maxItems) {
                  <button
                    mat-stroked-button
                    type="button"
                    [attr.data-testid]="'add-' + section"
                    (click)="addItem(section)"
                  >
                    {{ t('safetyPlan.addLine') }}
                  </button>
                }
                @if (section === 'professionals' && plan()!.suggestedProfessionals.length > 0) {
                  <button
                    mat-button
                    type="button"
                    data-testid="add-suggested"
                    (click)="addSuggested()"
                  >
                    {{ t('safetyPlan.addSuggested') }}
                  </button>
                }
              </div>
            </fieldset>
          }
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('safetyPlan.reviewOn') }}</mat-label>
            <input
              matInput
              type="date"
              name="reviewOn"
              data-testid="review-on"
              [ngModel]="reviewOn()"
              (ngModelChange)="reviewOn.set($event)"
            />
            <mat-hint>{{ t('safetyPlan.reviewHint') }}</mat-hint>
          </mat-form-field>
          @if (action.error()) {
            <p class="error" role="alert">{{ action.error() }}</p>
          }
          @if (saved()) {
            <p class="done" role="status" data-testid="safety-plan-saved">
              {{ t('safetyPlan.saved', { version: saved() }) }}
            </p>
          }
          <div class="actions">
            <button
              mat-flat-button
              type="submit"
              data-testid="safety-plan-save"
              [disabled]="action.busy()"
            >
              {{ t('safetyPlan.save') }}
            </button>
            @if (plan()!.current; as current) {
              <button
                mat-stroked-button
                type="button"
                data-testid="safety-plan-pdf"
                (click)="download(current.version)"
              >
                {{ t('safetyPlan.pdf') }}
              </button>
            }
          </div>
        </form>

        <section aria-labelledby="sharing-title" data-testid="safety-plan-sharing">
          <h2 id="sharing-title">{{ t('safetyPlan.sharing.title') }}</h2>
          <p>{{ t('safetyPlan.sharing.explain') }}</p>
          <ul>
            @for (reader of plan()!.readers; track reader.memberId) {
              <li [attr.data-testid]="'reader-' + reader.name">
                {{
                  reader.mayRead
                    ? t('safetyPlan.sharing.mayRead', { name: reader.name })
                    : t('safetyPlan.sharing.mayNotRead', { name: reader.name })
                }}
              </li>
            } @empty {
              <li>{{ t('safetyPlan.sharing.nobody') }}</li>
            }
          </ul>
          @if (!choosing()) {
            <button
              mat-stroked-button
              type="button"
              data-testid="safety-plan-choose-readers"
              (click)="choosing.set(true)"
            >
              {{ t('safetyPlan.sharing.choose') }}
            </button>
          } @else if (myPlan(); as mine) {
            <p class="hint">{{ t('safetyPlan.sharing.howTo') }}</p>
            <hw-consent-centre [plan]="mine" (changed)="reload()" />
          }
        </section>

        @if (plan()!.versions.length > 0) {
          <section aria-labelledby="history-title" data-testid="safety-plan-history">
            <h2 id="history-title">{{ t('safetyPlan.history') }}</h2>
            @for (version of plan()!.versions; track version.id) {
              <details [attr.data-testid]="'version-' + version.version">
                <summary>
                  {{
                    t('safetyPlan.versionLine', {
                      version: version.version,
                      day: day(version.createdAt),
                    })
                  }}
                </summary>
                <hw-safety-plan-view [version]="version" />
                <button mat-button type="button" (click)="download(version.version)">
                  {{ t('safetyPlan.pdf') }}
                </button>
              </details>
            }
          </section>
        }
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    form {
      display: grid;
      gap: 16px;
      margin-bottom: 24px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px 12px;
      margin: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-medium);
      padding: 0 4px;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .line {
      display: flex;
      gap: 4px;
      align-items: center;
      margin-bottom: 8px;
    }
    .line mat-form-field {
      flex: 1;
      min-width: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    details {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 8px 0;
    }
    summary {
      cursor: pointer;
      min-height: 24px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PatientSafetyPlanPage implements OnInit {
  private readonly myPlans = inject(MyPlanApi);
  private readonly api = inject(SafetyPlanApi);
  private readonly errors = inject(ApiErrors);
  private readonly document = inject(DOCUMENT);
  protected readonly action = new ApiAction();
  protected readonly sections = SAFETY_PLAN_SECTIONS;
  protected readonly maxItems = MAX_SAFETY_PLAN_ITEMS;
  protected readonly maxItem = MAX_SAFETY_PLAN_ITEM;
  protected readonly myPlan = signal<PatientPlan | null>(null);
  protected readonly plan = signal<SafetyPlan | null>(null);
  protected readonly draft = signal<SafetyPlanSections>(blank());
  protected readonly reviewOn = signal('');
  protected readonly saved = signal<number | null>(null);
  protected readonly choosing = signal(false);
  protected readonly loadError = signal('');

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  protected async reload(): Promise<void> {
    try {
      const mine = await this.myPlans.plan();
      this.myPlan.set(mine);
      if (!mine) return;
      const plan = await this.api.read(mine.id);
      this.show(plan);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  protected setItem(section: SafetyPlanSection, index: number, value: string): void {
    this.draft.update((d) => ({
      ...d,
      [section]: d[section].map((v, i) => (i === index ? value : v)),
    }));
  }

  protected addItem(section: SafetyPlanSection): void {
    this.draft.update((d) => ({ ...d, [section]: [...d[section], ''] }));
  }

  protected removeItem(section: SafetyPlanSection, index: number): void {
    this.draft.update((d) => ({ ...d, [section]: d[section].filter((_, i) => i !== index) }));
  }

  /** The counselor and the program's crisis lines, added where they are not written yet. */
  protected addSuggested(): void {
    const suggested = this.plan()?.suggestedProfessionals ?? [];
    this.draft.update((d) => {
      const kept = d.professionals.filter((p) => p.trim().length > 0);
      const added = suggested.filter((s) => !kept.includes(s));
      return { ...d, professionals: [...kept, ...added].slice(0, MAX_SAFETY_PLAN_ITEMS) };
    });
  }

  protected async save(): Promise<void> {
    const planId = this.myPlan()?.id;
    if (!planId) return;
    const saved = await this.action.run(() =>
      this.api.save({ planId, ...this.draft(), reviewOn: this.reviewOn() || null }),
    );
    if (saved) {
      this.show(saved);
      this.saved.set(saved.current?.version ?? null);
    }
  }

  protected async download(version: number): Promise<void> {
    const planId = this.myPlan()?.id;
    if (planId)
      await this.action.run(() => downloadSafetyPlan(this.api, this.document, planId, version));
  }

  protected day(at: string): string {
    return new Date(at).toLocaleDateString(this.document.documentElement.lang || 'en', {
      dateStyle: 'medium',
    });
  }

  private show(plan: SafetyPlan | null): void {
    this.plan.set(plan);
    const current = plan?.current;
    if (!current) return;
    const draft = {} as SafetyPlanSections;
    for (const section of SAFETY_PLAN_SECTIONS) {
      draft[section] = current[section].length > 0 ? [...current[section]] : [''];
    }
    this.draft.set(draft);
    this.reviewOn.set(current.reviewOn ?? '');
  }
}
