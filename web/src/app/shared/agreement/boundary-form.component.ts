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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { EXPECTATION_CATEGORIES, ExpectationCategory } from '@homeward/domain';
import {
  AgreementApi,
  AgreementMember,
  Boundary,
  BoundaryVisibility,
} from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { ApiAction } from '../api-action';
import { SubmitRowComponent } from '../submit-row.component';
import { AgreementLabels } from './agreement-labels';

/**
 * Stating a boundary — what I need, what I will do if it is crossed, whom it applies to, and who
 * sees it — or restating one of mine (a new version everyone it applies to reads again).
 * Nobody approves a boundary.
 */
@Component({
  selector: 'hw-boundary-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
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
      (ngSubmit)="save()"
      data-testid="boundary-form"
      novalidate
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.boundaries.form.need') }}</mat-label>
        <textarea matInput formControlName="need" rows="2" data-testid="boundary-need"></textarea>
        <mat-hint>{{ t('agreement.boundaries.form.needHint') }}</mat-hint>
      </mat-form-field>
      @if (labels.hints(); as hintLabels) {
        <hw-communication-hints
          [text]="need()"
          [language]="labels.language()"
          [labels]="hintLabels"
          testId="boundary-need-hints"
        />
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('agreement.boundaries.form.ifCrossed') }}</mat-label>
        <textarea
          matInput
          formControlName="ifCrossed"
          rows="2"
          data-testid="boundary-if-crossed"
        ></textarea>
        <mat-hint>{{ t('agreement.boundaries.form.ifCrossedHint') }}</mat-hint>
      </mat-form-field>
      @if (labels.hints(); as hintLabels) {
        <hw-communication-hints
          [text]="ifCrossed()"
          [language]="labels.language()"
          [labels]="hintLabels"
          testId="boundary-if-crossed-hints"
        />
      }

      <fieldset>
        <legend>{{ t('agreement.boundaries.form.appliesTo') }}</legend>
        @for (member of others(); track member.id) {
          <mat-checkbox
            [checked]="appliesTo().includes(member.id)"
            (change)="toggle(member.id, $event.checked)"
            [attr.data-testid]="'boundary-applies-' + member.id"
          >
            {{ member.displayName }}
          </mat-checkbox>
        }
      </fieldset>

      @if (!boundary()) {
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('agreement.boundaries.form.category') }}</mat-label>
          <mat-select formControlName="category" data-testid="boundary-category">
            @for (category of categories; track category) {
              <mat-option [value]="category">{{ t('agreement.category.' + category) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }

      <div class="visibility">
        <span class="legend" [id]="idPrefix() + '-visibility'">{{
          t('agreement.boundaries.form.visibility')
        }}</span>
        <mat-radio-group
          formControlName="visibility"
          [attr.aria-labelledby]="idPrefix() + '-visibility'"
          data-testid="boundary-visibility"
        >
          <mat-radio-button value="PLAN" data-testid="boundary-visibility-plan">{{
            t('agreement.boundaries.visibility.PLAN')
          }}</mat-radio-button>
          <mat-radio-button value="STAFF_ONLY" data-testid="boundary-visibility-staff">{{
            t('agreement.boundaries.visibility.STAFF_ONLY')
          }}</mat-radio-button>
        </mat-radio-group>
      </div>

      <hw-submit-row [action]="action" testId="boundary-submit" errorTestId="boundary-form-error">
        {{
          boundary()
            ? t('agreement.boundaries.form.saveRestated')
            : t('agreement.boundaries.form.submit')
        }}
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
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      margin: 0;
      display: grid;
    }
    legend,
    .legend {
      font-weight: 500;
      padding: 0 4px;
    }
    .visibility {
      display: grid;
      gap: 4px;
    }
    mat-radio-group {
      display: grid;
    }
  `,
})
export class BoundaryFormComponent {
  readonly planId = input.required<string>();
  readonly members = input.required<readonly AgreementMember[]>();
  /** One of the reader's own boundaries, to restate; absent to state a new one. */
  readonly boundary = input<Boundary | null>(null);
  readonly saved = output<Boundary>();
  readonly cancelled = output<void>();

  private readonly api = inject(AgreementApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly labels = inject(AgreementLabels);
  protected readonly categories = EXPECTATION_CATEGORIES;
  protected readonly action = new ApiAction();
  protected readonly appliesTo = signal<string[]>([]);
  protected readonly idPrefix = computed(() => `boundary-${this.boundary()?.id ?? 'new'}`);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    need: [''],
    ifCrossed: [''],
    category: ['' as ExpectationCategory | ''],
    visibility: ['PLAN' as BoundaryVisibility],
  });
  protected readonly need = toSignal(this.form.controls.need.valueChanges, { initialValue: '' });
  protected readonly ifCrossed = toSignal(this.form.controls.ifCrossed.valueChanges, {
    initialValue: '',
  });
  protected readonly others = computed(() =>
    this.members().filter((m) => !m.isMe && m.kind !== 'STAFF'),
  );

  constructor() {
    effect(() => {
      const boundary = this.boundary();
      untracked(() => {
        if (!boundary) return;
        this.form.reset({
          need: boundary.need,
          ifCrossed: boundary.ifCrossed,
          category: boundary.category,
          visibility: boundary.visibility,
        });
        this.appliesTo.set(boundary.appliesTo.map((m) => m.id));
      });
    });
  }

  protected toggle(memberId: string, checked: boolean): void {
    this.appliesTo.update((ids) =>
      checked ? [...ids, memberId] : ids.filter((id) => id !== memberId),
    );
  }

  async save(): Promise<void> {
    const { need, ifCrossed, category, visibility } = this.form.getRawValue();
    const appliesToMemberIds = this.appliesTo();
    const existing = this.boundary();
    if (
      !need.trim() ||
      !ifCrossed.trim() ||
      appliesToMemberIds.length === 0 ||
      (!existing && !category)
    ) {
      this.action.error.set(this.transloco.translate('agreement.boundaries.form.allNeeded'));
      return;
    }
    await this.action.run(async () => {
      const common = {
        need: need.trim(),
        ifCrossed: ifCrossed.trim(),
        appliesToMemberIds,
        visibility,
      };
      const boundary = existing
        ? await this.api.reviseBoundary({ boundaryId: existing.id, ...common })
        : await this.api.stateBoundary({
            planId: this.planId(),
            category: category as ExpectationCategory,
            ...common,
          });
      if (!existing) {
        this.form.reset({ need: '', ifCrossed: '', category: '', visibility: 'PLAN' });
        this.appliesTo.set([]);
      }
      if (boundary) this.saved.emit(boundary);
    });
  }
}
