import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { Expectation, GapCategory } from '@homeward/web-data-access';

interface GapColumn {
  memberId: string;
  name: string;
  hopes: { id: string; text: string; of: string; agreed: boolean; inGap: boolean }[];
  changesAsked: readonly string[];
}

/**
 * Staff: the expectation gap, topic by topic — what each person hopes for, side by side, with
 * the places where people hope for different things marked clearly and kindly.
 */
@Component({
  selector: 'hw-expectation-gap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @for (row of rows(); track row.category) {
        <section
          class="category"
          [id]="'gap-' + row.category"
          tabindex="-1"
          data-testid="gap-category"
          [attr.data-category]="row.category"
          [attr.data-mismatch]="row.mismatch"
          [attr.aria-labelledby]="'gap-title-' + row.category"
        >
          <h3 [id]="'gap-title-' + row.category">{{ t('agreement.category.' + row.category) }}</h3>
          @if (row.mismatch) {
            <div class="flag" data-testid="gap-mismatch">
              <strong>{{ t('agreement.gap.mismatch') }}</strong>
              <ul>
                @for (reason of row.reasons; track reason) {
                  <li>{{ t('agreement.gap.reason.' + reason) }}</li>
                }
              </ul>
            </div>
          } @else {
            <p class="muted">{{ t('agreement.gap.inStep') }}</p>
          }
          <div class="people">
            @for (column of row.columns; track column.memberId) {
              <div class="person" data-testid="gap-person">
                <h4>{{ column.name }}</h4>
                <p class="label">{{ t('agreement.gap.hopesFor') }}</p>
                <ul>
                  @for (hope of column.hopes; track hope.id) {
                    <li [class.in-gap]="hope.inGap">
                      {{ t('agreement.gap.of', { text: hope.text, name: hope.of }) }}
                      <span class="muted"
                        >·
                        {{
                          hope.agreed ? t('agreement.gap.agreed') : t('agreement.gap.notYetAgreed')
                        }}</span
                      >
                    </li>
                  } @empty {
                    <li class="muted">{{ t('agreement.gap.nothing') }}</li>
                  }
                </ul>
                @if (column.changesAsked.length) {
                  <p class="label">{{ t('agreement.gap.changesAsked') }}</p>
                  <ul>
                    @for (change of column.changesAsked; track $index) {
                      <li class="in-gap">{{ change }}</li>
                    }
                  </ul>
                }
              </div>
            }
          </div>
        </section>
      } @empty {
        <p class="muted" data-testid="gap-empty">{{ t('agreement.gap.empty') }}</p>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: grid;
      gap: 12px;
    }
    .category {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      scroll-margin-top: 96px;
    }
    .category:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .category[data-mismatch='true'] {
      border-color: var(--mat-sys-tertiary);
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    p {
      margin: 0;
    }
    .flag {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
    .flag ul {
      margin: 4px 0 0;
      padding-left: 18px;
    }
    .people {
      display: grid;
      gap: 8px;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
    }
    .person {
      background: var(--mat-sys-surface-container-low);
      border-radius: 8px;
      padding: 8px 12px;
    }
    .label {
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
      margin-top: 4px;
    }
    .person ul {
      margin: 2px 0 0;
      padding-left: 18px;
      display: grid;
      gap: 4px;
    }
    .in-gap {
      font-weight: 500;
    }
  `,
})
export class ExpectationGapComponent {
  readonly gap = input.required<readonly GapCategory[]>();
  /** The plan's expectations, to name who each hope is of (staff see them all). */
  readonly expectations = input.required<readonly Expectation[]>();

  protected readonly rows = computed(() =>
    this.gap().map((category) => {
      const here = this.expectations().filter(
        (e) => e.category === category.category && e.status !== 'RETIRED',
      );
      const columns: GapColumn[] = category.people.map((person) => ({
        memberId: person.member.id,
        name: person.member.displayName,
        hopes: here
          .filter((e) => e.from.id === person.member.id)
          .map((e) => ({
            id: e.id,
            text: e.text,
            of: e.to.displayName,
            agreed: e.status === 'AGREED',
            inGap: category.expectationIds.includes(e.id),
          })),
        changesAsked: person.changesAsked,
      }));
      return {
        category: category.category,
        mismatch: category.mismatch,
        reasons: category.reasons,
        columns,
      };
    }),
  );
}
