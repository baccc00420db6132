import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CONSENT_CATEGORIES, ConsentCategory } from '@homeward/domain';
import { ConsentFieldsFragment, ConsentPreviewQuery, MyPlanApi } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { take } from 'rxjs';
import { FamilyPlanViewComponent } from '../shared/family-plan-view.component';
import { SubmitRowComponent } from '../shared/submit-row.component';
import { ConsentShownComponent } from './consent-shown.component';

/** `YYYY-MM-DD` of a local date. */
function ymd(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * The patient's consent for one family member: what to share, a live preview of exactly what
 * that person would then see, why, until when, and a typed signature (every §2.31 element).
 */
@Component({
  selector: 'hw-consent-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslocoDirective,
    FamilyPlanViewComponent,
    ConsentShownComponent,
    SubmitRowComponent,
  ],
  template: `
    <form
      *transloco="let t"
      class="consent-form"
      [formGroup]="form"
      (ngSubmit)="grant()"
      data-testid="consent-form"
      novalidate
    >
      <fieldset>
        <legend>{{ t('patientPlan.consent.categories', { name: firstName() }) }}</legend>
        @for (category of categories; track category) {
          <mat-checkbox
            [checked]="selected().includes(category)"
            (change)="toggle(category, $event.checked)"
            [attr.data-testid]="'consent-category-' + category"
          >
            {{ t('plan.category.' + category) }}
          </mat-checkbox>
        }
      </fieldset>

      <div class="preview" data-testid="consent-preview">
        <h4>{{ t('patientPlan.consent.preview', { name: firstName() }) }}</h4>
        @if (preview(); as view) {
          <hw-family-plan-view [plan]="view.plan" [level]="5" />
          <hw-consent-shown [categories]="view.categories" />
        } @else if (previewError()) {
          <p class="error" role="alert">{{ previewError() }}</p>
        } @else {
          <p class="muted" role="status">{{ t('patientPlan.consent.previewLoading') }}</p>
        }
      </div>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('patientPlan.consent.purpose') }}</mat-label>
        <textarea
          matInput
          formControlName="purpose"
          rows="3"
          data-testid="consent-purpose"
        ></textarea>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('patientPlan.consent.until') }}</mat-label>
        <input
          matInput
          type="date"
          formControlName="until"
          [min]="minDate"
          [max]="maxDate"
          data-testid="consent-until"
        />
        <mat-hint>{{ t('patientPlan.consent.untilHint') }}</mat-hint>
      </mat-form-field>
      <p class="rights">{{ t('patientPlan.consent.rights') }}</p>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('patientPlan.consent.signature') }}</mat-label>
        <input
          matInput
          formControlName="signature"
          autocomplete="name"
          data-testid="consent-signature"
        />
        <mat-hint>{{ t('patientPlan.consent.signatureHint', { name: patientName() }) }}</mat-hint>
      </mat-form-field>

      <hw-submit-row [action]="action" testId="consent-grant" errorTestId="consent-error">
        {{ t('patientPlan.consent.grant') }}
        <button beside mat-button type="button" (click)="cancelled.emit()">
          {{ t('patientPlan.consent.cancel') }}
        </button>
      </hw-submit-row>
    </form>
  `,
  styles: `
    .consent-form {
      display: grid;
      gap: 12px;
      margin-top: 8px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      margin: 0;
      display: grid;
    }
    legend {
      padding: 0 4px;
      font-weight: 500;
    }
    .preview {
      border: 2px dashed var(--mat-sys-outline);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .preview h4 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-small);
    }
    .rights {
      margin: 0;
      font-size: 0.875rem;
    }
  `,
})
export class ConsentFormComponent implements OnInit {
  readonly member = input.required<{ id: string; displayName: string }>();
  readonly patientName = input.required<string>();
  readonly granted = output<ConsentFieldsFragment>();
  readonly cancelled = output<void>();

  private readonly api = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly categories = CONSENT_CATEGORIES;
  protected readonly selected = signal<ConsentCategory[]>([]);
  protected readonly preview = signal<ConsentPreviewQuery['consentPreview'] | null>(null);
  protected readonly previewError = signal('');
  protected readonly action = new ApiAction();
  protected readonly firstName = computed(() => this.member().displayName.split(' ')[0]);
  private previewRequest = 0;

  private readonly today = new Date();
  protected readonly minDate = ymd(addDays(this.today, 1));
  protected readonly maxDate = ymd(
    addDays(
      new Date(this.today.getFullYear() + 2, this.today.getMonth(), this.today.getDate()),
      -1,
    ),
  );
  protected readonly form = inject(FormBuilder).nonNullable.group({
    purpose: [''],
    until: [
      ymd(new Date(this.today.getFullYear() + 1, this.today.getMonth(), this.today.getDate())),
    ],
    signature: [''],
  });

  ngOnInit(): void {
    // Waits for the translations to load, and never overwrites what the patient already typed.
    this.transloco
      .selectTranslate('patientPlan.consent.defaultPurpose', { name: this.firstName() })
      .pipe(take(1))
      .subscribe((purpose) => {
        if (!this.form.controls.purpose.value) this.form.controls.purpose.setValue(purpose);
      });
    void this.refreshPreview();
  }

  protected toggle(category: ConsentCategory, checked: boolean): void {
    const others = this.selected().filter((c) => c !== category);
    // Keep the domain's order so the preview and the consent read the same way every time.
    this.selected.set(
      CONSENT_CATEGORIES.filter((c) => (c === category ? checked : others.includes(c))),
    );
    this.action.error.set('');
    void this.refreshPreview();
  }

  async grant(): Promise<void> {
    const { purpose, until, signature } = this.form.getRawValue();
    const problem =
      this.selected().length === 0
        ? 'patientPlan.consent.categoriesNeeded'
        : !signature.trim()
          ? 'patientPlan.consent.signatureNeeded'
          : !until
            ? 'patientPlan.consent.untilNeeded'
            : null;
    if (problem) {
      this.action.error.set(this.transloco.translate(problem));
      return;
    }
    const [y, m, d] = until.split('-').map(Number);
    await this.action.run(async () => {
      const consent = await this.api.grant({
        memberId: this.member().id,
        categories: this.selected(),
        purpose:
          purpose.trim() ||
          this.transloco.translate('patientPlan.consent.defaultPurpose', {
            name: this.firstName(),
          }),
        // Sharing lasts to the end of the chosen day.
        expiresAt: new Date(y, m - 1, d, 23, 59, 59).toISOString(),
        signature: signature.trim(),
      });
      if (consent) this.granted.emit(consent);
    });
  }

  private async refreshPreview(): Promise<void> {
    const request = ++this.previewRequest;
    this.previewError.set('');
    try {
      const view = await this.api.preview(this.member().id, this.selected());
      if (request === this.previewRequest) this.preview.set(view);
    } catch (caught) {
      if (request === this.previewRequest) {
        this.preview.set(null);
        this.previewError.set(this.errors.message(caught));
      }
    }
  }
}
