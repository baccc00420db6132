import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@homeward/domain';
import { SessionApi } from '@homeward/web-data-access';
import { ApiAction } from '../shared/api-action';

/** `/reset-password/:token`: the page a reset mail's link opens: a new password, typed twice. */
@Component({
  selector: 'hw-reset-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
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
          <h1>{{ t('reset.title') }}</h1>
          <p class="muted">{{ t('reset.intro') }}</p>
          <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('reset.password') }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                [attr.maxlength]="lengths.max"
                autocomplete="new-password"
                data-testid="reset-password"
                required
              />
              <mat-hint>{{ t('accept.passwordHint', lengths) }}</mat-hint>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('reset.repeat') }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="repeat"
                [attr.maxlength]="lengths.max"
                autocomplete="new-password"
                data-testid="reset-repeat"
                required
              />
            </mat-form-field>
            @if (action.error()) {
              <p class="error" role="alert" data-testid="reset-error">{{ action.error() }}</p>
            }
            @if (linkGone()) {
              <p>
                <a routerLink="/forgot-password" data-testid="reset-ask-again">{{
                  t('reset.askAgain')
                }}</a>
              </p>
            }
            <button
              mat-flat-button
              type="submit"
              data-testid="reset-submit"
              [disabled]="action.busy()"
            >
              {{ t('reset.submit') }}
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
export class ResetPasswordPage {
  readonly token = input.required<string>();
  private readonly api = inject(SessionApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', Validators.required],
    repeat: ['', Validators.required],
  });
  protected readonly action = new ApiAction();
  /** The link was used or has expired: the way on is a new one. */
  protected readonly linkGone = signal(false);

  async submit(): Promise<void> {
    const { password, repeat } = this.form.getRawValue();
    // Checked here first so the person hears at once what is needed (the API checks it again).
    const problem = passwordProblem(password);
    const sayFirst = !password
      ? 'reset.passwordNeeded'
      : problem === 'TOO_LONG'
        ? 'accept.passwordTooLong'
        : problem
          ? 'accept.passwordTooShort'
          : password !== repeat
            ? 'reset.mismatch'
            : null;
    if (sayFirst) {
      this.action.error.set(this.transloco.translate(sayFirst, this.lengths));
      return;
    }
    const saved = await this.action.run(
      async () => {
        await this.api.resetPassword({ token: this.token(), newPassword: password });
        return true;
      },
      ({ reason }) => this.linkGone.set(reason === 'PASSWORD_RESET_LINK_NOT_USABLE'),
    );
    if (saved) await this.router.navigate(['/login'], { queryParams: { reset: 1 } });
  }
}
