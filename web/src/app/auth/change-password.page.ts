import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@homeward/domain';
import { SessionApi } from '@homeward/web-data-access';
import { ApiAction } from '../shared/api-action';

@Component({
  selector: 'hw-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslocoDirective,
  ],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('password.title') }}</h1>
          <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('password.current') }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="currentPassword"
                autocomplete="current-password"
                data-testid="password-current"
                required
              />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('password.new') }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="newPassword"
                autocomplete="new-password"
                [attr.maxlength]="lengths.max"
                data-testid="password-new"
                required
              />
              <mat-hint>{{ t('password.hint', lengths) }}</mat-hint>
            </mat-form-field>
            @if (action.error()) {
              <p class="error" role="alert" data-testid="password-error">{{ action.error() }}</p>
            }
            @if (done()) {
              <p class="notice" role="status" data-testid="password-done">
                {{ t('password.done') }}
              </p>
            }
            <button
              mat-flat-button
              type="submit"
              data-testid="password-submit"
              [disabled]="action.busy()"
            >
              {{ t('password.submit') }}
            </button>
          </form>
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .card {
      max-width: 440px;
      margin: 24px auto;
    }
  `,
})
export class ChangePasswordPage {
  private readonly api = inject(SessionApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', Validators.required],
  });
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly done = signal(false);
  protected readonly action = new ApiAction();

  async submit(): Promise<void> {
    this.done.set(false);
    if (this.form.invalid) {
      this.action.error.set(this.transloco.translate('password.bothNeeded'));
      return;
    }
    const problem = passwordProblem(this.form.getRawValue().newPassword);
    if (problem) {
      this.action.error.set(
        this.transloco.translate(
          problem === 'TOO_LONG' ? 'accept.passwordTooLong' : 'accept.passwordTooShort',
          this.lengths,
        ),
      );
      return;
    }
    await this.action.run(async () => {
      await this.api.changePassword(this.form.getRawValue());
      this.formDirective()?.resetForm();
      this.done.set(true);
    });
  }
}
