import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { PhaseMovesApi, PhaseProposal } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../api-action';
import { concerns, LiveUpdates } from '../live-updates';
import { PageSettling } from '../page-settling';
import { TrackLabels } from './track-labels';

/**
 * A proposal to move up a phase, as the people on the plan see it: why, who has agreed, who is
 * still to answer, what else comes first; and, for the reader, "I agree" or "I'd like to wait"
 * (with a few words). Staff see the same card without the answer buttons.
 */
@Component({
  selector: 'hw-phase-proposal',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
  ],
  template: `
    <ng-container *transloco="let t">
      @if (moved(); as name) {
        <p class="done" role="status" data-testid="proposal-moved">
          {{ t('track.proposal.moved', { name }) }}
        </p>
      }
      @if (proposal(); as proposal) {
        <section
          class="proposal"
          aria-labelledby="proposal-title"
          data-testid="phase-proposal"
          [attr.data-awaiting]="proposal.awaitingMyAnswer"
        >
          <div role="heading" [attr.aria-level]="level()" id="proposal-title" class="heading">
            {{ t('track.proposal.title', { name: proposal.toPhaseName }) }}
          </div>
          <p>{{ t('track.proposal.intro', { name: proposal.proposedByName }) }}</p>
          <p class="reason">{{ t('track.proposal.reason', { reason: proposal.reason }) }}</p>
          <ul class="answers" data-testid="proposal-answers">
            @for (answer of proposal.answers; track answer.memberId) {
              <li [class.wait]="!answer.agree">
                {{
                  answer.agree
                    ? t('track.proposal.agreedLine', { name: answer.displayName })
                    : t('track.proposal.waitLine', {
                        name: answer.displayName,
                        comment: answer.comment ?? '',
                      })
                }}
              </li>
            }
          </ul>
          <p data-testid="proposal-waiting">
            {{
              proposal.waitingFor.length
                ? t('track.proposal.waitingFor', { names: labels.list(proposal.waitingFor) })
                : t('track.proposal.everyone')
            }}
          </p>
          @if (proposal.blockers.length) {
            <div class="blockers" data-testid="proposal-blockers">
              <p>{{ t('track.proposal.blockers') }}</p>
              <ul>
                @for (blocker of proposal.blockers; track $index) {
                  <li>{{ blocker }}</li>
                }
              </ul>
            </div>
          }
          <p class="done" role="status" data-testid="proposal-status">
            {{ done() ? t(done()!) : '' }}
          </p>
          @if (action.error()) {
            <p class="error" role="alert" data-testid="proposal-error">{{ action.error() }}</p>
          }
          @if (proposal.awaitingMyAnswer) {
            @if (waiting()) {
              <form class="wait-form" [formGroup]="form" (ngSubmit)="answer(false)">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('track.proposal.comment') }}</mat-label>
                  <textarea
                    matInput
                    formControlName="comment"
                    rows="2"
                    data-testid="proposal-comment"
                  ></textarea>
                  <mat-hint>{{ t('track.proposal.commentHint') }}</mat-hint>
                </mat-form-field>
                <div class="actions">
                  <button
                    mat-flat-button
                    type="submit"
                    data-testid="proposal-send-wait"
                    [disabled]="action.busy()"
                  >
                    {{ t('track.proposal.send') }}
                  </button>
                  <button mat-button type="button" (click)="waiting.set(false)">
                    {{ t('track.visits.cancel') }}
                  </button>
                </div>
              </form>
            } @else {
              <div class="actions">
                <button
                  mat-flat-button
                  type="button"
                  data-testid="proposal-agree"
                  [disabled]="action.busy()"
                  (click)="answer(true)"
                >
                  {{ t('track.proposal.agree') }}
                </button>
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="proposal-wait"
                  [disabled]="action.busy()"
                  (click)="waiting.set(true)"
                >
                  {{ t('track.proposal.wait') }}
                </button>
              </div>
            }
          } @else if (myAnswer(); as mine) {
            <p class="mine" data-testid="proposal-mine">
              {{
                mine.agree
                  ? t('track.proposal.youAgreed')
                  : t('track.proposal.youWait', { comment: mine.comment ?? '' })
              }}
            </p>
          }
        </section>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    .proposal {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      margin: 12px 0;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0;
    }
    .reason {
      font-style: italic;
    }
    .answers {
      margin: 0;
      padding-left: 20px;
    }
    .blockers {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
    }
    .blockers ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .wait-form {
      display: grid;
      gap: 8px;
    }
    .mine {
      font-weight: 500;
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
  `,
})
export class PhaseProposalComponent {
  readonly planId = input.required<string>();
  /** The member reading (their plan member id), to show their own answer. */
  readonly memberId = input<string | null>(null);
  readonly level = input(2);
  /** The plan moved up: the page reads the plan again. */
  readonly advanced = output<string>();
  private readonly api = inject(PhaseMovesApi);
  protected readonly labels = inject(TrackLabels);
  private readonly errors = inject(ApiErrors);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly proposal = signal<PhaseProposal | null>(null);
  /** The open proposal, for a page that shows other things around it. */
  readonly current = this.proposal.asReadonly();
  protected readonly moved = signal<string | null>(null);
  protected readonly waiting = signal(false);
  protected readonly action = new ApiAction();
  protected readonly done = signal<string | null>(null);
  protected readonly form = this.fb.group({ comment: [''] });
  protected readonly myAnswer = computed(() => {
    const memberId = this.memberId();
    return memberId
      ? (this.proposal()?.answers.find((a) => a.memberId === memberId) ?? null)
      : null;
  });

  private readonly settling = inject(PageSettling, { optional: true });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => {
        // Loaded on every page; only a settling page waits for it (`?.` would skip the load too).
        const first = this.load(planId);
        this.settling?.track(first);
      });
    });
    // Proposed, answered by someone else, or withdrawn: the proposal reads again.
    inject(LiveUpdates)
      .on('progress')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.planId())) void this.load();
      });
  }

  async load(planId = this.planId()): Promise<void> {
    try {
      this.proposal.set(await this.api.proposal(planId));
    } catch (caught) {
      this.action.error.set(this.errors.message(caught));
    }
  }

  async answer(agree: boolean): Promise<void> {
    const proposal = this.proposal();
    if (!proposal) return;
    const comment = this.form.getRawValue().comment.trim();
    if (!agree && !comment) {
      this.action.error.set(this.labels.t('track.proposal.commentNeeded'));
      return;
    }
    this.done.set(null);
    await this.action.run(async () => {
      const answered = await this.api.answer({
        proposalId: proposal.id,
        agree,
        ...(comment && !agree ? { comment } : {}),
      });
      this.waiting.set(false);
      if (answered?.status === 'ADVANCED') {
        this.proposal.set(null);
        this.moved.set(answered.toPhaseName);
        this.advanced.emit(answered.toPhaseName);
      } else {
        this.proposal.set(answered);
        this.done.set(agree ? 'track.proposal.agreed' : 'track.proposal.waited');
      }
    });
  }
}
