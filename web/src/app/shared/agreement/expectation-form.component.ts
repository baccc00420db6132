import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { EXPECTATION_CATEGORIES, ExpectationCategory } from '@homeward/domain';
import { AgreementApi, AgreementMember, Expectation } from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { ApiAction } from '../api-action';
import { SubmitRowComponent } from '../submit-row.component';
import { AgreementLabels, AgreementPhase, firstName, ymd } from './agreement-labels';

/**
 * Proposing an expectation: with whom, which way ("I ask this of them" or "I offer this to
 * them"), what it is about, the words, the phase it applies from and, if wanted, a day to look at
 * it again. Writing it counts as the writer's own acceptance.
 */
@Component({
  selector: 'hw-expectation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoDirective,
    CommunicationHintsComponent,
    SubmitRowComponent,
  ],
  template: `
    <form
      *transloco="let t"
      class="form"
      [formGroup]="form"
      (ngSubmit)="propose()"
      data-testid="expectation-form"
      novalidate
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.propose.who') }}</mat-label>
        <mat-select formControlName="memberId" data-testid="expectation-person">
          @for (member of others(); track member.id) {
            <mat-option [value]="member.id"
              >{{ member.displayName }}
              @if (member.relationship) {
                ({{ t('plan.relationship.' + member.relationship) }})
              }
            </mat-option>
          }
        </mat-select>
      </mat-form-field>

      <div class="direction">
        <span class="legend" id="expectation-direction-label">{{
          t('agreement.propose.direction')
        }}</span>
        <mat-radio-group
          formControlName="direction"
          aria-labelledby="expectation-direction-label"
          data-testid="expectation-direction"
        >
          <mat-radio-button value="ask" data-testid="expectation-direction-ask">{{
            t('agreement.propose.ask', { name: chosenName() || t('agreement.propose.them') })
          }}</mat-radio-button>
          <mat-radio-button value="offer" data-testid="expectation-direction-offer">{{
            t('agreement.propose.offer', { name: chosenName() || t('agreement.propose.them') })
          }}</mat-radio-button>
        </mat-radio-group>
      </div>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.propose.category') }}</mat-label>
        <mat-select formControlName="category" data-testid="expectation-category">
          @for (category of categories; track category) {
            <mat-option [value]="category">{{ t('agreement.category.' + category) }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.propose.text') }}</mat-label>
        <textarea
          matInput
          formControlName="text"
          rows="3"
          data-testid="expectation-text-input"
        ></textarea>
        <mat-hint>{{ t('agreement.propose.textHint') }}</mat-hint>
      </mat-form-field>
      @if (labels.hints(); as hintLabels) {
        <hw-communication-hints
          [text]="text()"
          [language]="labels.language()"
          [labels]="hintLabels"
          testId="expectation-text-hints"
        />
      }

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.propose.phase') }}</mat-label>
        <mat-select formControlName="phase" data-testid="expectation-phase">
          @for (phase of phaseChoices(); track phase.position) {
            <mat-option [value]="phase.position">{{
              labels.phase(phase.position, phases())
            }}</mat-option>
          }
        </mat-select>
        @if (!phases()?.length) {
          <mat-hint>{{ t('agreement.propose.phaseUnknown') }}</mat-hint>
        }
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.propose.reviewOn') }}</mat-label>
        <input
          matInput
          type="date"
          formControlName="reviewOn"
          [min]="tomorrow"
          data-testid="expectation-review"
        />
        <mat-hint>{{ t('agreement.propose.reviewHint') }}</mat-hint>
      </mat-form-field>

      <hw-submit-row
        [action]="action"
        testId="expectation-propose"
        errorTestId="expectation-form-error"
      >
        {{ t('agreement.propose.submit') }}
        <button beside mat-button type="button" (click)="cancelled.emit()">
          {{ t('agreement.cancel') }}
        </button>
      </hw-submit-row>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      gap: 12px;
    }
    .direction {
      display: grid;
      gap: 4px;
    }
    .legend {
      font-weight: 500;
    }
    mat-radio-group {
      display: grid;
    }
  `,
})
export class ExpectationFormComponent {
  readonly planId = input.required<string>();
  /** Everyone active on the plan; the reader is the one marked isMe. */
  readonly members = input.required<readonly AgreementMember[]>();
  /** The ladder, when the reader may see it; otherwise phases go by number. */
  readonly phases = input<readonly AgreementPhase[] | null>(null);
  readonly proposed = output<Expectation>();
  readonly cancelled = output<void>();

  private readonly api = inject(AgreementApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly labels = inject(AgreementLabels);
  protected readonly categories = EXPECTATION_CATEGORIES;
  protected readonly tomorrow = ymd(new Date(Date.now() + 86_400_000));
  protected readonly action = new ApiAction();
  private readonly directive = viewChild(FormGroupDirective);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    memberId: [''],
    direction: ['ask' as 'ask' | 'offer'],
    category: ['' as ExpectationCategory | ''],
    text: [''],
    phase: [1],
    reviewOn: [''],
  });
  protected readonly text = toSignal(this.form.controls.text.valueChanges, { initialValue: '' });
  private readonly memberId = toSignal(this.form.controls.memberId.valueChanges, {
    initialValue: '',
  });

  protected readonly me = computed(() => this.members().find((m) => m.isMe) ?? null);
  protected readonly others = computed(() =>
    this.members().filter((m) => !m.isMe && m.kind !== 'STAFF'),
  );
  protected readonly chosenName = computed(() => {
    const chosen = this.others().find((m) => m.id === this.memberId());
    return chosen ? firstName(chosen.displayName) : '';
  });
  /** Without the ladder, the first phase: the plan's start. */
  protected readonly phaseChoices = computed(() =>
    this.phases()?.length ? (this.phases() as AgreementPhase[]) : [{ position: 1, name: '' }],
  );

  constructor() {
    // Start from where the plan stands now, and with the only other person when there is one.
    effect(() => {
      const current = this.phases()?.find((p) => p.current)?.position ?? 1;
      const others = this.others();
      untracked(() => {
        if (this.form.controls.phase.pristine) this.form.controls.phase.setValue(current);
        if (!this.form.controls.memberId.value && others.length === 1)
          this.form.controls.memberId.setValue(others[0].id);
      });
    });
  }

  async propose(): Promise<void> {
    const me = this.me();
    const { memberId, direction, category, text, phase, reviewOn } = this.form.getRawValue();
    if (!me || !memberId || !category || !text.trim()) {
      this.action.error.set(this.transloco.translate('agreement.propose.allNeeded'));
      return;
    }
    await this.action.run(async () => {
      const expectation = await this.api.propose({
        planId: this.planId(),
        fromMemberId: direction === 'ask' ? me.id : memberId,
        toMemberId: direction === 'ask' ? memberId : me.id,
        category,
        text: text.trim(),
        appliesFromPhase: phase,
        ...(reviewOn ? { reviewOn } : {}),
      });
      this.directive()?.resetForm({
        memberId: this.others().length === 1 ? memberId : '',
        direction: 'ask',
        category: '',
        text: '',
        phase,
        reviewOn: '',
      });
      if (expectation) this.proposed.emit(expectation);
    });
  }
}
