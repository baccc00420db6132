import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  AgreementApi,
  AgreementMember,
  Amends,
  AmendsApi,
  AmendsReplyVisibility,
} from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { AgreementLabels } from '../agreement/agreement-labels';
import { ApiAction, ApiErrors } from '../api-action';
import { concerns, LiveUpdates } from '../live-updates';

type Part = 'whatHappened' | 'responsibility' | 'willDoDifferently';

/**
 * Amends for each role: the patient prepares one with the counselor; the counselor reviews it
 * with them and offers it; the recipient chooses to receive it or "not now" (kind and private),
 * and may reply, for the patient or for staff only.
 */
@Component({
  selector: 'hw-amends',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoDirective,
    CommunicationHintsComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="amends">
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert" data-testid="amends-error">{{ action.error() }}</p>
      }
      <ul class="list">
        @for (a of amends(); track a.id) {
          <li class="card" data-testid="amends-card">
            @if (role() === 'family') {
              @if (a.status === 'RECEIVED') {
                <p>{{ t('amends.fromName', { name: a.patientName }) }}</p>
                <ng-container *ngTemplateOutlet="words; context: { $implicit: a, t: t }" />
                @if (a.reply) {
                  <p data-testid="amends-my-reply">
                    <strong>{{ t('amends.yourReply') }}</strong> {{ a.reply }}
                    <span class="muted">({{ t('amends.visibility.' + a.replyVisibility) }})</span>
                  </p>
                } @else {
                  <form class="form" (ngSubmit)="reply(a.id)">
                    <p class="muted">{{ t('amends.replyOptional') }}</p>
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('amends.reply') }}</mat-label>
                      <textarea
                        matInput
                        rows="3"
                        name="reply"
                        [ngModel]="replyText()"
                        (ngModelChange)="replyText.set($event)"
                        data-testid="amends-reply"
                      ></textarea>
                    </mat-form-field>
                    @if (labels.hints(); as hintLabels) {
                      <hw-communication-hints
                        [text]="replyText()"
                        [language]="labels.language()"
                        [labels]="hintLabels"
                        testId="amends-reply-hints"
                      />
                    }
                    <mat-radio-group
                      name="visibility"
                      [ngModel]="replyVisibility()"
                      (ngModelChange)="replyVisibility.set($event)"
                    >
                      <mat-radio-button value="PATIENT" data-testid="reply-for-patient">{{
                        t('amends.visibility.PATIENT')
                      }}</mat-radio-button>
                      <mat-radio-button value="STAFF_ONLY" data-testid="reply-staff-only">{{
                        t('amends.visibility.STAFF_ONLY')
                      }}</mat-radio-button>
                    </mat-radio-group>
                    <button
                      mat-flat-button
                      type="submit"
                      [disabled]="action.busy() || !replyText().trim()"
                      data-testid="send-reply"
                    >
                      {{ t('amends.sendReply') }}
                    </button>
                  </form>
                }
              } @else {
                <p data-testid="amends-offer">{{ t('amends.offer', { name: a.patientName }) }}</p>
                @if (a.status === 'NOT_NOW') {
                  <p class="muted" data-testid="amends-not-now">{{ t('amends.notNowKept') }}</p>
                }
                <div class="actions">
                  <button
                    mat-flat-button
                    type="button"
                    (click)="choose(a.id, 'RECEIVE')"
                    data-testid="amends-receive"
                  >
                    {{ t('amends.receive') }}
                  </button>
                  @if (a.status === 'OFFERED') {
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="choose(a.id, 'NOT_NOW')"
                      data-testid="amends-not-now-button"
                    >
                      {{ t('amends.notNow') }}
                    </button>
                  }
                </div>
              }
            } @else {
              <p>
                <strong>{{ t('amends.toName', { name: a.recipientName }) }}</strong> ·
                <span data-testid="amends-status">{{
                  t((role() === 'patient' ? 'amends.patientStatus.' : 'amends.status.') + a.status)
                }}</span>
              </p>
              <ng-container *ngTemplateOutlet="words; context: { $implicit: a, t: t }" />
              @if (a.reply) {
                <p data-testid="amends-reply-shown">
                  <strong>{{ t('amends.theirReply') }}</strong> {{ a.reply }}
                  @if (role() === 'staff') {
                    <span class="muted">({{ t('amends.visibility.' + a.replyVisibility) }})</span>
                  }
                </p>
              }
              @if (role() === 'staff' && a.status === 'PREPARED') {
                <button
                  mat-flat-button
                  type="button"
                  (click)="review(a.id)"
                  data-testid="amends-review"
                >
                  {{ t('amends.review') }}
                </button>
              }
            }
          </li>
        } @empty {
          <li class="muted">{{ t('amends.none') }}</li>
        }
      </ul>

      <!-- Only once someone can receive it: an empty list would offer nothing to choose. -->
      @if (role() === 'patient' && family().length > 0) {
        <h2>{{ t('amends.prepare') }}</h2>
        <p class="muted">{{ t('amends.prepareIntro') }}</p>
        <form class="form" (ngSubmit)="prepare()">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('amends.for') }}</mat-label>
            <mat-select
              name="recipient"
              [ngModel]="recipient()"
              (ngModelChange)="recipient.set($event)"
              data-testid="amends-recipient"
            >
              @for (m of family(); track m.id) {
                <mat-option [value]="m.id">{{ m.displayName }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          @for (part of parts; track part) {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('amends.parts.' + part) }}</mat-label>
              <textarea
                matInput
                rows="3"
                [name]="part"
                [ngModel]="draft()[part]"
                (ngModelChange)="setPart(part, $event)"
                [attr.data-testid]="'amends-' + part"
              ></textarea>
            </mat-form-field>
            @if (labels.hints(); as hintLabels) {
              <hw-communication-hints
                [text]="draft()[part]"
                [language]="labels.language()"
                [labels]="hintLabels"
                [testId]="'amends-' + part + '-hints'"
              />
            }
          }
          <button
            mat-flat-button
            type="submit"
            [disabled]="action.busy()"
            data-testid="amends-prepare"
          >
            {{ t('amends.save') }}
          </button>
        </form>
      }

      <ng-template #words let-a let-t="t">
        @if (a.whatHappened) {
          <dl class="words" data-testid="amends-words">
            <!-- Read by the recipient and staff too: "in your own words" is only for the writer. -->
            <dt>{{ t('amends.whatHappened') }}</dt>
            <dd>{{ a.whatHappened }}</dd>
            <dt>{{ t('amends.parts.responsibility') }}</dt>
            <dd>{{ a.responsibility }}</dd>
            <dt>{{ t('amends.parts.willDoDifferently') }}</dt>
            <dd>{{ a.willDoDifferently }}</dd>
          </dl>
        }
      </ng-template>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    .list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .card {
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
      border-radius: 12px;
      padding: 12px;
    }
    /* The card's own padding is its top edge: a first paragraph's margin left a gap above it. */
    .card > :first-child {
      margin-top: 0;
    }
    .form {
      display: grid;
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    dd {
      margin: 0 0 8px;
      white-space: pre-wrap;
    }
    dt {
      font-weight: 600;
    }
  `,
})
export class AmendsComponent {
  readonly planId = input.required<string>();
  readonly role = input.required<'patient' | 'family' | 'staff'>();
  private readonly api = inject(AmendsApi);
  private readonly agreement = inject(AgreementApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(AgreementLabels);
  protected readonly action = new ApiAction();
  protected readonly parts: Part[] = ['whatHappened', 'responsibility', 'willDoDifferently'];

  protected readonly amends = signal<Amends[]>([]);
  protected readonly members = signal<AgreementMember[]>([]);
  protected readonly error = signal('');
  protected readonly recipient = signal<string | null>(null);
  protected readonly draft = signal<Record<Part, string>>({
    whatHappened: '',
    responsibility: '',
    willDoDifferently: '',
  });
  protected readonly replyText = signal('');
  protected readonly replyVisibility = signal<AmendsReplyVisibility>('PATIENT');
  protected readonly family = computed(() =>
    this.members().filter((m) => m.kind === 'FAMILY' && m.status === 'ACTIVE'),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    inject(LiveUpdates)
      .on('amends')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.planId())) void this.load(this.planId());
      });
  }

  private async load(planId: string): Promise<void> {
    try {
      const [amends, agreement] = await Promise.all([
        this.api.ofPlan(planId),
        this.role() === 'patient' ? this.agreement.agreement(planId) : Promise.resolve(null),
      ]);
      this.amends.set(amends);
      if (agreement) this.members.set(agreement.members);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }

  protected setPart(part: Part, text: string): void {
    this.draft.update((d) => ({ ...d, [part]: text }));
  }

  protected async prepare(): Promise<void> {
    const done = await this.action.run(() =>
      this.api.prepare({
        planId: this.planId(),
        recipientMemberId: this.recipient() ?? '',
        ...this.draft(),
      }),
    );
    if (!done) return;
    this.draft.set({ whatHappened: '', responsibility: '', willDoDifferently: '' });
    await this.load(this.planId());
  }

  protected async review(id: string): Promise<void> {
    if (await this.action.run(() => this.api.review(id))) await this.load(this.planId());
  }

  protected async choose(id: string, choice: 'RECEIVE' | 'NOT_NOW'): Promise<void> {
    if (await this.action.run(() => this.api.choose(id, choice))) await this.load(this.planId());
  }

  protected async reply(id: string): Promise<void> {
    const done = await this.action.run(() =>
      this.api.reply(id, this.replyText().trim(), this.replyVisibility()),
    );
    if (!done) return;
    this.replyText.set('');
    await this.load(this.planId());
  }
}
