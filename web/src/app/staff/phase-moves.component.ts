import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { PhaseMovesApi, StaffPlanFieldsFragment } from '@homeward/web-data-access';
import { ApiAction } from '../shared/api-action';
import { PhaseProposalComponent } from '../shared/track-record/phase-proposal.component';
import { TrackLabels } from '../shared/track-record/track-labels';

/**
 * Moving between phases, for the counselor: the open proposal with who has agreed; proposing the
 * next phase (refused kindly with what still stands in the way); stepping back with a reason and a
 * wait before the next try, keeping everything recorded.
 */
@Component({
  selector: 'hw-phase-moves',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    PhaseProposalComponent,
  ],
  template: `
    <section
      *transloco="let t"
      class="moves"
      aria-labelledby="moves-title"
      data-testid="phase-moves"
    >
      <h2 id="moves-title">{{ t('track.phase.title') }}</h2>
      <p class="done" role="status" data-testid="phase-moves-status">
        {{ done() ? t(done()!.key, done()!.params) : '' }}
      </p>
      <hw-phase-proposal [planId]="plan().id" [level]="3" />

      @if (open()) {
        @if (proposalOpen()) {
          <!-- One proposal at a time: the card above says who has agreed. -->
        } @else if (next(); as next) {
          <form
            class="stack"
            [formGroup]="proposeForm"
            (ngSubmit)="propose()"
            data-testid="propose-form"
          >
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.phase.proposeReason') }}</mat-label>
              <textarea
                matInput
                formControlName="reason"
                rows="2"
                data-testid="propose-reason"
              ></textarea>
              <mat-hint>{{ t('track.phase.proposeHint') }}</mat-hint>
            </mat-form-field>
            @if (refusal(); as refusal) {
              <div class="refusal" role="alert" data-testid="propose-refusal">
                <p class="label">{{ t('track.proposal.blockers') }}</p>
                <ul>
                  @for (line of refusal; track $index) {
                    <li data-testid="propose-blocker">{{ line }}</li>
                  }
                </ul>
              </div>
            }
            <button mat-flat-button type="submit" data-testid="propose-next" [disabled]="busy()">
              {{ t('track.phase.propose', { name: next.name }) }}
            </button>
          </form>
        } @else {
          <p class="muted">{{ t('track.phase.lastPhase') }}</p>
        }

        @if (previous(); as previous) {
          @if (steppingBack()) {
            <form
              class="stack step-back"
              [formGroup]="backForm"
              (ngSubmit)="stepBack()"
              data-testid="step-back-form"
            >
              <h3>{{ t('track.phase.stepBackTitle') }}</h3>
              <p>{{ t('track.phase.stepBackIntro') }}</p>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('track.phase.stepBackReason') }}</mat-label>
                <textarea
                  matInput
                  formControlName="reason"
                  rows="2"
                  data-testid="step-back-reason"
                ></textarea>
                <mat-hint>{{ t('track.phase.stepBackHint') }}</mat-hint>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('track.phase.waitDays') }}</mat-label>
                <input
                  matInput
                  type="number"
                  inputmode="numeric"
                  min="0"
                  max="90"
                  step="1"
                  formControlName="waitDays"
                  data-testid="step-back-wait"
                />
                <mat-hint>{{ t('track.phase.waitHint') }}</mat-hint>
              </mat-form-field>
              @if (stepBackCall.error()) {
                <p class="error" role="alert">{{ stepBackCall.error() }}</p>
              }
              <div class="actions">
                <button
                  mat-flat-button
                  type="submit"
                  data-testid="step-back-confirm"
                  [disabled]="busy()"
                >
                  {{ t('track.phase.stepBackConfirm', { name: previous.name }) }}
                </button>
                <button mat-button type="button" (click)="steppingBack.set(false)">
                  {{ t('track.visits.cancel') }}
                </button>
              </div>
            </form>
          } @else {
            <button
              mat-stroked-button
              type="button"
              data-testid="step-back-open"
              (click)="startStepBack()"
            >
              {{ t('track.phase.stepBack', { name: previous.name }) }}
            </button>
          }
        }
      }
    </section>
  `,
  styles: `
    .moves {
      display: grid;
      gap: 12px;
    }
    h2 {
      margin-bottom: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    p {
      margin: 0;
    }
    .refusal {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .refusal .label {
      font-weight: 600;
    }
    .refusal ul {
      margin: 4px 0 0;
      padding-left: 20px;
    }
    .step-back {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button {
      justify-self: start;
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
export class PhaseMovesComponent {
  readonly plan = input.required<StaffPlanFieldsFragment>();
  /** The plan changed (stepped back): the page reads it again. */
  readonly changed = output<void>();
  private readonly api = inject(PhaseMovesApi);
  private readonly labels = inject(TrackLabels);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly proposalCard = viewChild(PhaseProposalComponent);
  protected readonly open = computed(() => this.plan().status === 'ACTIVE');
  protected readonly proposalOpen = computed(() => !!this.proposalCard()?.current());
  private readonly current = computed(
    () => this.plan().phases.find((p) => p.status === 'CURRENT') ?? null,
  );
  protected readonly next = computed(() => {
    const current = this.current();
    return current
      ? (this.plan().phases.find((p) => p.position === current.position + 1) ?? null)
      : null;
  });
  protected readonly previous = computed(() => {
    const current = this.current();
    return current
      ? (this.plan().phases.find((p) => p.position === current.position - 1) ?? null)
      : null;
  });
  private readonly proposeCall = new ApiAction();
  protected readonly stepBackCall = new ApiAction();
  /** One move at a time: proposing and stepping back wait for each other. */
  protected readonly busy = computed(() => this.proposeCall.busy() || this.stepBackCall.busy());
  /** Why proposing was refused: what still stands in the way, one line each. */
  protected readonly refusal = signal<string[] | null>(null);
  protected readonly steppingBack = signal(false);
  protected readonly done = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  protected readonly proposeForm = this.fb.group({ reason: [''] });
  protected readonly backForm = this.fb.group({
    reason: [''],
    waitDays: [0, [Validators.min(0), Validators.max(90)]],
  });

  async propose(): Promise<void> {
    const reason = this.proposeForm.getRawValue().reason.trim();
    if (!reason) {
      this.refusal.set([this.labels.t('track.phase.reasonNeeded')]);
      return;
    }
    this.refusal.set(null);
    this.done.set(null);
    await this.proposeCall.run(
      async () => {
        const proposal = await this.api.propose({ planId: this.plan().id, reason });
        this.proposeForm.reset();
        this.done.set({
          key: 'track.phase.proposed',
          params: { name: proposal?.toPhaseName ?? '' },
        });
        await this.proposalCard()?.load();
      },
      // Each blocker is a reason of its own, already in the reader's words.
      ({ blockers }) =>
        this.refusal.set(
          blockers?.length ? blockers.map((b) => b.message) : [this.proposeCall.error()],
        ),
    );
  }

  protected startStepBack(): void {
    this.backForm.reset({ reason: '', waitDays: 0 });
    this.stepBackCall.error.set('');
    this.steppingBack.set(true);
  }

  async stepBack(): Promise<void> {
    const { reason, waitDays } = this.backForm.getRawValue();
    const previous = this.previous();
    if (!reason.trim() || !previous) {
      this.stepBackCall.error.set(this.labels.t('track.phase.reasonNeeded'));
      return;
    }
    const days = Math.round(Number(waitDays) || 0);
    if (days < 0 || days > 90) {
      this.stepBackCall.error.set(this.labels.t('track.phase.waitRange'));
      return;
    }
    await this.stepBackCall.run(async () => {
      await this.api.stepBack({ planId: this.plan().id, reason: reason.trim(), waitDays: days });
      this.steppingBack.set(false);
      this.done.set({ key: 'track.phase.steppedBack', params: { name: previous.name } });
      this.changed.emit();
      await this.proposalCard()?.load();
    });
  }
}
