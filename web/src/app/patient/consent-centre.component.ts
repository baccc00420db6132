import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  ConsentFieldsFragment,
  MyPlanApi,
  PatientPlan,
  PatientPlanMember,
} from '@homeward/web-data-access';
import { ApiAction } from '../shared/api-action';
import { ConsentFormComponent } from './consent-form.component';

/** "Who sees what": per family member, what is shared now, a new consent, revoking; and the history. */
@Component({
  selector: 'hw-consent-centre',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, MatButtonModule, TranslocoDirective, ConsentFormComponent],
  template: `
    <section *transloco="let t" data-testid="consent-centre" aria-labelledby="consent-title">
      <h2 id="consent-title">{{ t('patientPlan.consent.title') }}</h2>
      <p class="muted">{{ t('patientPlan.consent.intro') }}</p>
      <p class="done" role="status" data-testid="consent-status">{{ done() }}</p>
      @if (action.error()) {
        <p class="error" role="alert">{{ action.error() }}</p>
      }
      @for (member of family(); track member.id) {
        <mat-card appearance="outlined" class="member" [attr.data-testid]="'consent-member'">
          <mat-card-content>
            <h3>{{ member.displayName }}</h3>
            <p class="muted">
              {{ member.relationship ? t('plan.relationship.' + member.relationship) : '' }}
            </p>
            @if (activeFor(member.id); as consent) {
              <p data-testid="consent-active">
                {{
                  t('patientPlan.consent.sharingNow', {
                    name: firstName(member.displayName),
                    categories: categoryList(consent.categories, t),
                    date: day(consent.expiresAt),
                  })
                }}
              </p>
            } @else {
              <p data-testid="consent-none">
                {{ t('patientPlan.consent.notSharing', { name: firstName(member.displayName) }) }}
              </p>
            }
            @if (editing() === member.id) {
              <hw-consent-form
                [member]="member"
                [patientName]="plan().patient.displayName"
                (granted)="onGranted(member, $event)"
                (cancelled)="editing.set(null)"
              />
            } @else {
              <div class="actions">
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="consent-open"
                  (click)="open(member.id)"
                >
                  {{
                    activeFor(member.id)
                      ? t('patientPlan.consent.change', { name: firstName(member.displayName) })
                      : t('patientPlan.consent.choose', { name: firstName(member.displayName) })
                  }}
                </button>
                @if (activeFor(member.id); as consent) {
                  <button
                    mat-button
                    type="button"
                    data-testid="consent-revoke"
                    [disabled]="action.busy()"
                    (click)="revoke(member, consent)"
                  >
                    {{ t('patientPlan.consent.revoke', { name: firstName(member.displayName) }) }}
                  </button>
                }
              </div>
            }
          </mat-card-content>
        </mat-card>
      } @empty {
        <p>{{ t('patientPlan.consent.noFamily') }}</p>
      }

      <h3>{{ t('patientPlan.consent.history') }}</h3>
      <ul class="history" data-testid="consent-history">
        @for (consent of plan().consents; track consent.id) {
          <li>
            <span class="what">{{
              t('patientPlan.consent.historyEntry', {
                categories: categoryList(consent.categories, t),
                name: consent.recipientName,
              })
            }}</span>
            <span class="state">{{ t('plan.consentStatus.' + consent.status) }}</span>
            <span class="muted">
              {{
                consent.revokedAt
                  ? t('patientPlan.consent.historyRevoked', {
                      signed: day(consent.signedAt),
                      revoked: day(consent.revokedAt),
                    })
                  : t('patientPlan.consent.historyDates', {
                      signed: day(consent.signedAt),
                      until: day(consent.expiresAt),
                    })
              }}
            </span>
            <span class="muted">{{
              t('patientPlan.consent.purposeLine', { purpose: consent.purpose })
            }}</span>
          </li>
        } @empty {
          <li class="muted">{{ t('patientPlan.consent.historyEmpty') }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    .member {
      margin-bottom: 12px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 4px;
    }
    section > h3 {
      margin-top: 20px;
    }
    p {
      margin: 4px 0;
    }
    .done:empty {
      display: none;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .history li {
      display: grid;
      gap: 2px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .what {
      font-weight: 500;
    }
    .state {
      justify-self: start;
      font-size: 0.8125rem;
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
    }
  `,
})
export class ConsentCentreComponent {
  readonly plan = input.required<PatientPlan>();
  /** Something changed: the page reloads the plan. */
  readonly changed = output<void>();

  private readonly api = inject(MyPlanApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly editing = signal<string | null>(null);
  protected readonly action = new ApiAction();
  protected readonly done = signal('');
  /** Family members who can receive a consent: welcomed onto the plan (joined or not yet). */
  protected readonly family = computed(() =>
    this.plan().members.filter(
      (m) => m.kind === 'FAMILY' && (m.status === 'ACTIVE' || m.status === 'INVITED'),
    ),
  );
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'long' }),
  );

  protected activeFor(memberId: string): ConsentFieldsFragment | null {
    return (
      this.plan().consents.find((c) => c.recipientMemberId === memberId && c.status === 'ACTIVE') ??
      null
    );
  }

  protected firstName(name: string): string {
    return name.split(' ')[0];
  }

  protected day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  protected categoryList(categories: readonly string[], t: (key: string) => string): string {
    return categories.map((c) => t('plan.category.' + c).toLowerCase()).join(', ');
  }

  protected open(memberId: string): void {
    this.done.set('');
    this.editing.set(memberId);
  }

  protected onGranted(member: PatientPlanMember, consent: ConsentFieldsFragment): void {
    this.editing.set(null);
    this.done.set(
      this.transloco.translate('patientPlan.consent.granted', {
        name: this.firstName(member.displayName),
        date: this.day(consent.expiresAt),
      }),
    );
    this.changed.emit();
  }

  async revoke(member: PatientPlanMember, consent: ConsentFieldsFragment): Promise<void> {
    this.done.set('');
    await this.action.run(async () => {
      await this.api.revoke(consent.id);
      this.done.set(
        this.transloco.translate('patientPlan.consent.revoked', {
          name: this.firstName(member.displayName),
        }),
      );
      this.changed.emit();
    });
  }
}
