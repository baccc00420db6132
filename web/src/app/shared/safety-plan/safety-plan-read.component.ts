import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { type SafetyPlan, SafetyPlanApi } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../api-action';
import { downloadSafetyPlan } from './safety-plan-pdf';
import { SafetyPlanViewComponent } from './safety-plan-view.component';

/**
 * A safety plan as someone other than its author reads it: a family member the patient shares
 * it with (the current version, with the §2.32 notice), or staff on the plan (every version).
 */
@Component({
  selector: 'hw-safety-plan-read',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective, SafetyPlanViewComponent],
  template: `
    <div *transloco="let t">
      @if (loadError()) {
        <p class="muted" role="status" data-testid="safety-plan-not-shared">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (plan(); as plan) {
        @if (plan.current; as current) {
          <p class="muted">
            {{
              t('safetyPlan.versionLine', { version: current.version, day: day(current.createdAt) })
            }}
            @if (current.reviewOn) {
              · {{ t('safetyPlan.reviewLine', { day: calendarDay(current.reviewOn) }) }}
            }
          </p>
          <hw-safety-plan-view [version]="current" [level]="2" />
          <div class="actions">
            <button
              mat-stroked-button
              type="button"
              data-testid="safety-plan-pdf"
              [disabled]="action.busy()"
              (click)="download(current.version)"
            >
              {{ t('safetyPlan.pdf') }}
            </button>
          </div>
          @if (action.error()) {
            <p class="error" role="alert">{{ action.error() }}</p>
          }
          @if (plan.versions.length > 1) {
            <h2>{{ t('safetyPlan.history') }}</h2>
            @for (version of plan.versions.slice(1); track version.id) {
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
              </details>
            }
          }
        } @else {
          <p data-testid="safety-plan-none">
            {{ t('safetyPlan.notWrittenYet', { name: plan.patientName }) }}
          </p>
        }
        @if (plan.notice) {
          <aside class="notice" data-testid="redisclosure-notice">
            <h2>{{ t('safetyPlan.noticeTitle') }}</h2>
            <p>{{ plan.notice }}</p>
          </aside>
        }
      }
    </div>
  `,
  styles: `
    .actions {
      margin: 16px 0;
    }
    details {
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding: 8px 0;
    }
    .notice {
      margin-top: 24px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .notice h2 {
      font: var(--mat-sys-title-small);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class SafetyPlanReadComponent {
  readonly planId = input.required<string>();
  /** What to say when it is not there for this reader (not shared, or not on their plan). */
  readonly notShared = input.required<string>();
  private readonly api = inject(SafetyPlanApi);
  private readonly errors = inject(ApiErrors);
  private readonly document = inject(DOCUMENT);
  protected readonly action = new ApiAction();
  protected readonly plan = signal<SafetyPlan | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  protected async download(version: number): Promise<void> {
    await this.action.run(() =>
      downloadSafetyPlan(this.api, this.document, this.planId(), version),
    );
  }

  protected day(at: string): string {
    return new Date(at).toLocaleDateString(this.document.documentElement.lang || 'en', {
      dateStyle: 'medium',
    });
  }

  /** A calendar day ("2027-01-05") in the reader's words, the same day in every time zone. */
  protected calendarDay(day: string): string {
    return new Date(`${day}T00:00:00Z`).toLocaleDateString(
      this.document.documentElement.lang || 'en',
      { dateStyle: 'medium', timeZone: 'UTC' },
    );
  }

  private async load(planId: string): Promise<void> {
    try {
      this.plan.set(await this.api.read(planId));
      this.loaded.set(true);
    } catch (caught) {
      // "Not shared" and "not there" read the same; the words are kind either way.
      const problem = this.errors.read(caught);
      this.loadError.set(
        problem.code === 'NOT_FOUND' ? this.notShared() : this.errors.messageOf(problem),
      );
    }
  }
}
