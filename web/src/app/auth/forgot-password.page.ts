import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { SessionApi } from '@homeward/web-data-access';
import { SubmitRowComponent } from '../shared/submit-row.component';
import { ApiAction } from '../shared/api-action';

/**
 * `/forgot-password`: asks for the email and sends a one-hour link. The answer is the same
 * whether or not an account uses the address, so this page never says which.
 */
@Component({
  selector: 'hw-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('forgot.title') }}</h1>
          @if (sent()) {
            <p class="notice" role="status" data-testid="forgot-sent">{{ t('forgot.sent') }}</p>
            <p class="muted">{{ t('forgot.sentHint') }}</p>
          } @else {
            <p class="muted">{{ t('forgot.intro') }}</p>
            <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('login.email') }}</mat-label>
                <input
                  matInput
                  type="email"
                  formControlName="email"
                  autocomplete="username"
                  data-testid="forgot-email"
                  required
                />
              </mat-form-field>
              <hw-submit-row [action]="action" testId="forgot-submit" errorTestId="forgot-error">
                {{ t('forgot.submit') }}
              </hw-submit-row>
            </form>
          }
          <p class="back">
            <a routerLink="/login" data-testid="forgot-back">{{ t('forgot.back') }}</a>
          </p>
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .card {
      max-width: 440px;
      margin: 24px auto;
    }
    .back {
      margin: 16px 0 0;
    }
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(SessionApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly action = new ApiAction();
  protected readonly sent = signal(false);

  async submit(): Promise<void> {
    if (this.form.invalid) {
      this.action.error.set(this.transloco.translate('forgot.emailNeeded'));
      return;
    }
    const { email } = this.form.getRawValue();
    await this.action.run(async () => {
      await this.api.requestPasswordReset(email.trim());
      this.sent.set(true);
    });
  }
}
