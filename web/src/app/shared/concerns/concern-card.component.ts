import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { CONCERN_CLOSE_REASONS, ConcernCloseReason } from '@homeward/domain';
import { Concern, ConcernsApi } from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { AgreementLabels } from '../agreement/agreement-labels';
import { ApiAction } from '../api-action';

interface CommitmentDraft {
  memberId: string;
  words: string;
  reviewOn: string;
}

/**
 * One concern as its reader may see it: its words (the raiser's only where they may be read),
 * the conversation, the repair with each person's part; staff review, frame, bring people in,
 * propose a repair, confirm commitments, close kindly, or pause visits in one step.
 */
@Component({
  selector: 'hw-concern-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
    CommunicationHintsComponent,
  ],
  template: `
    <mat-card
      *transloco="let t"
      appearance="outlined"
      class="concern"
      [class.safety]="concern().severity === 'SAFETY'"
      data-testid="concern"
      [attr.data-concern-id]="concern().id"
    >
      <mat-card-content>
        <div role="heading" [attr.aria-level]="level()" class="heading">
          {{ t('concerns.raise.subjects.' + concern().subject) }}
        </div>
        <p class="meta">
          <span class="status" data-testid="concern-status" [attr.data-status]="concern().status">{{
            t('concerns.status.' + concern().status)
          }}</span>
          <!-- A safety concern says so in its heading: "Weighs: I do not feel safe" reads oddly. -->
          @if (concern().severity !== 'SAFETY') {
            ·
            {{
              t('concerns.severityLabel', {
                severity: t('concerns.raise.severities.' + concern().severity),
              })
            }}
          }
          · {{ labels.when(concern().createdAt) }}
        </p>
        <p class="meta">
          {{
            concern().raisedByMe
              ? t('concerns.raisedByMe')
              : t('concerns.raisedBy', { name: concern().raisedByName })
          }}
          @if (concern().about.length) {
            · {{ t('concerns.aboutPeople', { names: names(concern().about) }) }}
          }
        </p>
        @if (concern().closeReason; as reason) {
          <p class="done">{{ t('concerns.closeReasons.' + reason) }}</p>
        }
        @if (!concern().reviewed && staff()) {
          <p class="notice" data-testid="concern-not-reviewed">{{ t('concerns.notReviewed') }}</p>
        }
        <ul class="entries">
          @for (entry of concern().entries; track entry.id) {
            <li [attr.data-testid]="'concern-entry-' + entry.kind">
              <span class="who">{{
                t('concerns.entryKinds.' + entry.kind, { name: entry.authorName })
              }}</span>
              <q>{{ entry.words }}</q>
            </li>
          }
        </ul>

        @if (concern().repair; as repair) {
          <section class="repair" data-testid="repair">
            <div role="heading" [attr.aria-level]="level() + 1" class="subheading">
              {{ t('concerns.repair.title') }} ·
              <span data-testid="repair-status">{{
                t('concerns.repair.status.' + repair.status)
              }}</span>
            </div>
            <ul>
              @for (c of repair.commitments; track c.id) {
                <li data-testid="commitment" [attr.data-mine]="c.mine">
                  <strong>{{ c.memberName }}</strong>: {{ c.words }}
                  @if (c.reviewOn) {
                    <span class="muted">
                      ·
                      {{
                        t('concerns.repair.reviewOn', { date: labels.dateOnly(c.reviewOn) })
                      }}</span
                    >
                  }
                  <span class="muted">
                    ·
                    {{
                      c.accepted ? t('concerns.repair.accepted') : t('concerns.repair.notAccepted')
                    }}
                    @if (c.ownerMark) {
                      · {{ t('concerns.repair.owner.' + c.ownerMark) }}
                    }
                    @if (c.confirmed) {
                      ·
                      <span data-testid="commitment-confirmed">{{
                        t('concerns.repair.confirmed.' + c.confirmed)
                      }}</span>
                    }
                  </span>
                  <div class="actions">
                    @if (c.mine && !c.accepted && repair.status === 'PROPOSED') {
                      <button
                        mat-flat-button
                        type="button"
                        data-testid="repair-accept"
                        [disabled]="action.busy()"
                        (click)="accept(repair.id)"
                      >
                        {{ t('concerns.repair.accept') }}
                      </button>
                    }
                    @if (c.mine && repair.status === 'AGREED' && c.confirmed !== 'KEPT') {
                      <button
                        mat-flat-button
                        type="button"
                        data-testid="commitment-kept"
                        [disabled]="action.busy()"
                        (click)="mark(c.id, 'KEPT')"
                      >
                        {{ t('concerns.repair.markKept') }}
                      </button>
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="commitment-not-yet"
                        [disabled]="action.busy()"
                        (click)="mark(c.id, 'NOT_YET')"
                      >
                        {{ t('concerns.repair.markNotYet') }}
                      </button>
                    }
                    @if (
                      staff() && c.ownerMark && c.confirmed !== 'KEPT' && repair.status === 'AGREED'
                    ) {
                      <button
                        mat-flat-button
                        type="button"
                        data-testid="commitment-confirm-kept"
                        [disabled]="action.busy()"
                        (click)="confirm(c.id, 'KEPT')"
                      >
                        {{ t('concerns.staff.confirmKept') }}
                      </button>
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="commitment-confirm-not-yet"
                        [disabled]="action.busy()"
                        (click)="confirm(c.id, 'NOT_YET')"
                      >
                        {{ t('concerns.staff.confirmNotYet') }}
                      </button>
                    }
                  </div>
                </li>
              }
            </ul>
          </section>
        }

        @if (action.error()) {
          <p class="error" role="alert">{{ action.error() }}</p>
        }

        @if (isOpen()) {
          @if (staff()) {
            <section class="staff" data-testid="concern-staff">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <!-- A short label: the whole question does not fit a phone's field, so it is the hint. -->
                <mat-label>{{ t('concerns.staff.framingLabel') }}</mat-label>
                <textarea
                  matInput
                  rows="2"
                  maxlength="2000"
                  [(ngModel)]="framing"
                  data-testid="concern-framing"
                ></textarea>
                <mat-hint>{{ t('concerns.staff.framing') }}</mat-hint>
              </mat-form-field>
              @if (labels.hints(); as hintLabels) {
                <hw-communication-hints
                  [text]="framing()"
                  [language]="labels.language()"
                  [labels]="hintLabels"
                  testId="framing-hints"
                />
              }
              <div class="actions">
                <button
                  mat-flat-button
                  type="button"
                  data-testid="concern-review"
                  [disabled]="action.busy()"
                  (click)="review()"
                >
                  {{
                    concern().reviewed
                      ? t('concerns.staff.reviewAgain')
                      : t('concerns.staff.review')
                  }}
                </button>
                @if (concern().reviewed && concern().status === 'OPEN') {
                  <button
                    mat-stroked-button
                    type="button"
                    data-testid="concern-discuss"
                    [disabled]="action.busy()"
                    (click)="discuss()"
                  >
                    {{ t('concerns.staff.discuss') }}
                  </button>
                }
                <!-- Once paused from here, offering it again would only answer "already paused". -->
                @if (planActive() && !pausedNow()) {
                  <button
                    mat-stroked-button
                    type="button"
                    data-testid="concern-pause-visits"
                    [disabled]="action.busy()"
                    (click)="pauseVisits()"
                  >
                    {{ t('concerns.staff.pauseVisits') }}
                  </button>
                }
              </div>
              @if (pausedNow()) {
                <p class="done" role="status" data-testid="concern-paused">
                  {{ t('concerns.staff.paused') }}
                </p>
              }
              @if (concern().status === 'IN_DISCUSSION') {
                <fieldset class="propose" data-testid="repair-propose">
                  <legend>{{ t('concerns.staff.propose') }}</legend>
                  @for (draft of drafts(); track $index; let i = $index) {
                    <div class="row">
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-label>{{ t('concerns.staff.commitmentFor') }}</mat-label>
                        <mat-select
                          [(ngModel)]="draft.memberId"
                          [attr.data-testid]="'commitment-member-' + i"
                        >
                          @for (party of concern().parties; track party.memberId) {
                            <mat-option [value]="party.memberId">{{
                              party.displayName
                            }}</mat-option>
                          }
                        </mat-select>
                      </mat-form-field>
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-label>{{ t('concerns.staff.commitmentWords') }}</mat-label>
                        <input
                          matInput
                          maxlength="500"
                          [(ngModel)]="draft.words"
                          [attr.data-testid]="'commitment-words-' + i"
                        />
                      </mat-form-field>
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-label>{{ t('concerns.staff.reviewOn') }}</mat-label>
                        <input
                          matInput
                          type="date"
                          [(ngModel)]="draft.reviewOn"
                          [attr.data-testid]="'commitment-review-' + i"
                        />
                      </mat-form-field>
                    </div>
                  }
                  <div class="actions">
                    <button
                      mat-button
                      type="button"
                      data-testid="commitment-add"
                      (click)="addDraft()"
                    >
                      {{ t('concerns.staff.addCommitment') }}
                    </button>
                    <button
                      mat-flat-button
                      type="button"
                      data-testid="repair-send"
                      [disabled]="action.busy()"
                      (click)="propose()"
                    >
                      {{ t('concerns.staff.sendProposal') }}
                    </button>
                  </div>
                </fieldset>
              }
              <div class="actions close">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('concerns.staff.closeReason') }}</mat-label>
                  <mat-select [(ngModel)]="closeReason" data-testid="concern-close-reason">
                    @for (reason of closeReasons; track reason) {
                      <mat-option [value]="reason">{{
                        t('concerns.closeReasons.' + reason)
                      }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="concern-close"
                  [disabled]="action.busy()"
                  (click)="close()"
                >
                  {{ t('concerns.staff.close') }}
                </button>
              </div>
            </section>
          }
          <section class="comment">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('concerns.comment.label') }}</mat-label>
              <textarea
                matInput
                rows="2"
                maxlength="2000"
                [(ngModel)]="comment"
                data-testid="concern-comment"
              ></textarea>
            </mat-form-field>
            @if (labels.hints(); as hintLabels) {
              <hw-communication-hints
                [text]="comment()"
                [language]="labels.language()"
                [labels]="hintLabels"
                testId="comment-hints"
              />
            }
            <button
              mat-stroked-button
              type="button"
              data-testid="concern-comment-send"
              [disabled]="action.busy() || !comment().trim()"
              (click)="sendComment()"
            >
              {{ t('concerns.comment.send') }}
            </button>
          </section>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .concern {
      margin: 12px 0;
    }
    .concern.safety {
      border-color: var(--mat-sys-error);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
    .subheading {
      font: var(--mat-sys-title-small);
    }
    .meta {
      margin: 2px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .entries {
      list-style: none;
      padding: 0;
    }
    .entries li {
      margin: 8px 0;
    }
    .who {
      display: block;
      font: var(--mat-sys-label-large);
    }
    .repair ul {
      padding-left: 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 6px 0;
    }
    .staff,
    .comment {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 12px;
    }
    .propose {
      border: none;
      padding: 0;
      margin: 0;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .notice,
    .done {
      padding: 6px 10px;
      border-radius: 8px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class ConcernCardComponent {
  readonly concern = input.required<Concern>();
  readonly staff = input(false);
  /** Whether the plan is running (its visits can be paused from here). */
  readonly planActive = input(false);
  readonly level = input(2);
  readonly changed = output<void>();
  private readonly api = inject(ConcernsApi);
  protected readonly labels = inject(AgreementLabels);
  protected readonly action = new ApiAction();
  protected readonly closeReasons = CONCERN_CLOSE_REASONS;
  protected readonly framing = signal('');
  protected readonly comment = signal('');
  protected readonly closeReason = signal<ConcernCloseReason>('TALKED_IT_THROUGH');
  protected readonly pausedNow = signal(false);
  protected readonly drafts = signal<CommitmentDraft[]>([
    { memberId: '', words: '', reviewOn: '' },
  ]);
  protected readonly isOpen = computed(
    () => this.concern().status === 'OPEN' || this.concern().status === 'IN_DISCUSSION',
  );

  protected names(people: { displayName: string }[]): string {
    return this.labels.list(people.map((p) => p.displayName));
  }

  protected addDraft(): void {
    this.drafts.update((d) => [...d, { memberId: '', words: '', reviewOn: '' }]);
  }

  protected review(): Promise<void> {
    return this.step(
      () => this.api.review(this.concern().id, this.framing()),
      () => this.framing.set(''),
    );
  }

  protected discuss(): Promise<void> {
    return this.step(() => this.api.openDiscussion(this.concern().id, []));
  }

  protected pauseVisits(): Promise<void> {
    return this.step(
      () => this.api.pauseVisits(this.concern().id),
      () => this.pausedNow.set(true),
    );
  }

  protected propose(): Promise<void> {
    const commitments = this.drafts().map((d) => ({
      memberId: d.memberId,
      words: d.words,
      ...(d.reviewOn ? { reviewOn: d.reviewOn } : {}),
    }));
    return this.step(
      () => this.api.proposeRepair({ concernId: this.concern().id, commitments }),
      () => this.drafts.set([{ memberId: '', words: '', reviewOn: '' }]),
    );
  }

  protected close(): Promise<void> {
    return this.step(() =>
      this.api.close({ concernId: this.concern().id, reason: this.closeReason() }),
    );
  }

  protected sendComment(): Promise<void> {
    return this.step(
      () => this.api.comment(this.concern().id, this.comment()),
      () => this.comment.set(''),
    );
  }

  protected accept(agreementId: string): Promise<void> {
    return this.step(() => this.api.acceptRepair(agreementId));
  }

  protected mark(commitmentId: string, outcome: 'KEPT' | 'NOT_YET'): Promise<void> {
    return this.step(() => this.api.mark({ commitmentId, outcome }));
  }

  protected confirm(commitmentId: string, outcome: 'KEPT' | 'NOT_YET'): Promise<void> {
    return this.step(() => this.api.confirm({ commitmentId, outcome }));
  }

  private async step(work: () => Promise<void>, after?: () => void): Promise<void> {
    const done = await this.action.run(async () => {
      await work();
      return true;
    });
    if (!done) return;
    after?.();
    this.changed.emit();
  }
}
