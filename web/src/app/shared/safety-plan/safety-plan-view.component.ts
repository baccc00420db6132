import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { SAFETY_PLAN_SECTIONS } from '@homeward/domain';
import type { SafetyPlanVersionFieldsFragment } from '@homeward/web-data-access';

/** One version of a safety plan, read: the six sections in the patient's own words. */
@Component({
  selector: 'hw-safety-plan-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" class="plan" data-testid="safety-plan-view">
      @for (section of sections; track section) {
        <section [attr.data-testid]="'section-' + section">
          <div class="heading" role="heading" [attr.aria-level]="level()">
            {{ t('safetyPlan.sections.' + section + '.title') }}
          </div>
          @if (version()[section].length === 0) {
            <p class="muted">{{ t('safetyPlan.nothingYet') }}</p>
          } @else {
            <ul>
              @for (item of version()[section]; track $index) {
                <li>{{ item }}</li>
              }
            </ul>
          }
        </section>
      }
    </div>
  `,
  styles: `
    .plan {
      display: grid;
      gap: 12px;
    }
    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    ul {
      margin: 0;
      padding-inline-start: 20px;
    }
    li {
      overflow-wrap: anywhere;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SafetyPlanViewComponent {
  readonly version = input.required<SafetyPlanVersionFieldsFragment>();
  /** The sections' heading level, under the page's own headings. */
  readonly level = input(3);
  protected readonly sections = SAFETY_PLAN_SECTIONS;
}
