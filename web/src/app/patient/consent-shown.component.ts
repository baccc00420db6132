import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { ConsentPreviewQuery } from '@homeward/web-data-access';

type CategoryPreview = ConsentPreviewQuery['consentPreview']['categories'][number];
type SharedRecord = CategoryPreview['records'][number];

const TIMELINE_KINDS = new Set([
  'PLAN_CREATED',
  'PHASE_ADVANCED',
  'PHASE_STEPPED_BACK',
  'PLAN_PAUSED',
  'PLAN_RESUMED',
]);

/** Safety-plan sections are named as the safety plan page names them. */
const SAFETY_SECTIONS = new Set([
  'warningSigns',
  'copingStrategies',
  'distractions',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
]);

/**
 * The records a family member would be shown in each category the patient is choosing, exactly
 * as the API's preview draws them (the same code that serves them). Progress is shown above by
 * the family plan view, so it is left out here.
 */
@Component({
  selector: 'hw-consent-shown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" class="shown" data-testid="consent-shown">
      @for (category of shared(); track category.category) {
        <section [attr.data-testid]="'consent-shown-' + category.category">
          <h5>{{ t('plan.category.' + category.category) }}</h5>
          @for (record of shownRecords(category); track record.id) {
            <div class="record" data-testid="consent-shown-record">
              @if (record.on) {
                <p class="when">
                  {{
                    t('patientPlan.consent.shown.record.' + record.kind, { day: day(record.on) })
                  }}
                </p>
              }
              <dl>
                @for (field of record.fields; track field.name) {
                  @if (field.values.length && !folded(record.kind, field.name)) {
                    <div class="field">
                      <dt>
                        {{
                          label(
                            record.kind === 'PLAN_EVENT' && field.name === 'kind'
                              ? 'event'
                              : field.name,
                            t
                          )
                        }}:
                      </dt>
                      <dd>{{ value(record, field.name, field.values, t) }}</dd>
                    </div>
                  }
                }
              </dl>
            </div>
          } @empty {
            <p class="muted">
              {{
                t(
                  category.category === 'ATTENDANCE' && !sharesCheckIns()
                    ? 'patientPlan.consent.shown.attendanceWithCheckIns'
                    : 'patientPlan.consent.shown.nothingYet'
                )
              }}
            </p>
          }
        </section>
      }
    </div>
  `,
  styles: `
    .shown {
      display: grid;
      gap: 12px;
    }
    h5 {
      margin: 4px 0;
    }
    .record {
      margin: 0 0 8px;
      padding: 8px;
      border-left: 3px solid var(--mat-sys-outline-variant);
      display: grid;
      gap: 2px;
    }
    .when {
      margin: 0;
      font-weight: 500;
    }
    dl {
      margin: 0;
      display: grid;
      gap: 2px;
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      gap: 0 6px;
    }
    .field dt {
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
})
export class ConsentShownComponent {
  readonly categories = input.required<CategoryPreview[]>();
  private readonly transloco = inject(TranslocoService);
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.activeLang(), {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      }),
  );
  /** Progress's phases show above, in the family plan view; its timeline and hard days show here. */
  protected readonly shared = computed(() =>
    this.categories().filter(
      (c) => c.shared && (c.category !== 'PROGRESS' || this.shownRecords(c).length > 0),
    ),
  );

  protected shownRecords(category: CategoryPreview): SharedRecord[] {
    return category.records.filter((r) => r.kind !== 'PHASE');
  }

  /** Fields said in the record's own line: a timeline entry's phases, a hard day's day. */
  protected folded(kind: string, name: string): boolean {
    return (
      (kind === 'PLAN_EVENT' && (name === 'fromPhase' || name === 'toPhase')) ||
      (kind === 'HARD_DAY' && (name === 'day' || name === 'happenedOn'))
    );
  }

  /** Commitments kept are made of check-in days too: shown only with check-ins. */
  protected readonly sharesCheckIns = computed(() =>
    this.categories().some((c) => c.category === 'CHECKINS' && c.shared),
  );

  protected day(on: string): string {
    return this.dayFormat().format(new Date(`${on}T12:00:00Z`));
  }

  protected label(name: string, t: (key: string) => string): string {
    return SAFETY_SECTIONS.has(name)
      ? t(`safetyPlan.sections.${name}.title`)
      : t(`patientPlan.consent.shown.field.${name}`);
  }

  /** A value in words: moods, ratings, kinds and marks as their pages name them. */
  protected value(
    record: SharedRecord,
    name: string,
    values: readonly string[],
    t: (key: string, params?: Record<string, unknown>) => string,
  ): string {
    const one = values[0];
    if (record.kind === 'PLAN_EVENT' && name === 'kind') {
      const to = record.fields.find((f) => f.name === 'toPhase')?.values[0] ?? '';
      return t(`track.record.timelineKind.${TIMELINE_KINDS.has(one) ? one : 'OTHER'}`, { to });
    }
    switch (name) {
      case 'mood':
        return t(`track.mood.${one}`);
      case 'rating':
        return t(`track.rating.${one}`);
      case 'craving':
        return t('track.checkIn.cravingValue', { value: one });
      case 'kind':
        return t(`supportNetwork.kind.${one}`);
      case 'mark':
        return t(`supportNetwork.mark.${one}`);
      case 'share':
        return `${Math.round(Number(one) * 100)}%`;
      case 'reviewOn':
      case 'pauseEndsOn':
      case 'resumedOn':
        return this.day(one);
    }
    if (one === 'true' || one === 'false') return t(`patientPlan.consent.shown.${one}`);
    return values.join(' · ');
  }
}
