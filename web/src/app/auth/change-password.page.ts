import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { apiError, SessionApi } from '@homeward/web-data-access';

@Component({
  selector: 'hw-change-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatCardModule, MatFormFieldModule, MatInputModule, MatButtonModule, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('password.title') }}</h1>
          <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
            <mat-form-field appearance="outline">
              <mat-label>{{ t('password.current') }}</mat-label>
              <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ t('password.new') }}</mat-label>
              <input matInput type="password" formControlName="newPassword" autocomplete="new-password" required />
              <mat-hint>{{ t('password.hint') }}</mat-hint>
            </mat-form-field>
            @if (error()) {
              <p class="error" role="alert">{{ error() }}</p>
            }
            @if (done()) {
              <p class="notice" role="status">{{ t('password.done') }}</p>
            }
            <button mat-flat-button type="submit" [disabled]="busy()">{{ t('password.submit') }}</button>
          </form>
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `.card { max-width: 440px; margin: 24px auto; }`,
})
export class ChangePasswordPage {
  private readonly api = inject(SessionApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(FormBuilder).nonNullable.group({ currentPassword: ['', Validators.required], newPassword: ['', Validators.required] });
  protected readonly error = signal('');
  protected readonly done = signal(false);
  protected readonly busy = signal(false);

  async submit(): Promise<void> {
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set('');
    this.done.set(false);
    try {
      await this.api.changePassword(this.form.getRawValue());
      this.form.reset();
      this.done.set(true);
    } catch (caught) {
      this.error.set(apiError(caught).message || this.transloco.translate('common.tryAgain'));
    } finally {
      this.busy.set(false);
    }
  }
}
