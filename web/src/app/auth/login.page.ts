import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { homeAreaFor, Role } from '@homeward/domain';
import { SessionApi } from '@homeward/web-data-access';
import { TWO_STEP_PAGE } from '../core/area.guard';
import { CHOOSE_PLACE_PAGE, SessionStore } from '../core/session.store';
import { SubmitRowComponent } from '../shared/submit-row.component';
import { ApiAction } from '../shared/api-action';
import { startLoadingFirstPage } from '../first-pages';

@Component({
  selector: 'hw-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('login.title') }}</h1>
          <p class="muted">{{ t('login.intro') }}</p>
          @if (expired()) {
            <p class="notice" role="status" data-testid="login-expired">{{ t('login.expired') }}</p>
          }
          @if (reset()) {
            <p class="notice" role="status" data-testid="login-reset">{{ t('login.reset') }}</p>
          }
          <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('login.email') }}</mat-label>
              <input
                matInput
                type="email"
                formControlName="email"
                autocomplete="username"
                data-testid="login-email"
                required
              />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('login.password') }}</mat-label>
              <input
                matInput
                type="password"
                formControlName="password"
                autocomplete="current-password"
                data-testid="login-password"
                required
              />
            </mat-form-field>
            @if (needsCode() && !byRecoveryCode()) {
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('login.code') }}</mat-label>
                <input
                  matInput
                  formControlName="totpCode"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  data-testid="login-code"
                />
              </mat-form-field>
              <button
                mat-button
                type="button"
                class="switch"
                data-testid="login-use-recovery"
                (click)="byRecoveryCode.set(true)"
              >
                {{ t('login.useRecovery') }}
              </button>
            }
            @if (needsCode() && byRecoveryCode()) {
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('login.recoveryCode') }}</mat-label>
                <input
                  matInput
                  formControlName="recoveryCode"
                  class="recovery"
                  autocomplete="off"
                  autocapitalize="characters"
                  spellcheck="false"
                  data-testid="login-recovery-code"
                />
                <mat-hint>{{ t('login.recoveryHint') }}</mat-hint>
              </mat-form-field>
              <button
                mat-button
                type="button"
                class="switch"
                data-testid="login-use-app"
                (click)="byRecoveryCode.set(false)"
              >
                {{ t('login.useApp') }}
              </button>
            }
            <hw-submit-row [action]="action" testId="login-submit" errorTestId="login-error">
              {{ t('login.submit') }}
            </hw-submit-row>
          </form>
          <p class="forgot">
            <a routerLink="/forgot-password" data-testid="login-forgot">{{ t('login.forgot') }}</a>
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
    .forgot {
      margin: 16px 0 0;
    }
    .switch {
      justify-self: start;
    }
    /* Recovery codes are shown in capitals; typed in either case, they read the same way.
       (Material's input inherits its case at two classes' weight: the element name outweighs it.) */
    input.recovery {
      text-transform: uppercase;
    }
  `,
})
export class LoginPage {
  /** `?expired=1` when the API ended the session. */
  readonly expired = input<string>();
  /** `?reset=1` after a new password was chosen from a reset link. */
  readonly reset = input<string>();
  private readonly api = inject(SessionApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
    totpCode: [''],
    recoveryCode: [''],
  });
  protected readonly action = new ApiAction();
  protected readonly needsCode = signal(false);
  /** A lost phone: one of the recovery codes instead of a code from the app. */
  protected readonly byRecoveryCode = signal(false);

  async submit(): Promise<void> {
    if (this.form.invalid) {
      this.action.error.set(this.transloco.translate('login.fillBoth'));
      return;
    }
    const { email, password, totpCode, recoveryCode } = this.form.getRawValue();
    const secondFactor = this.byRecoveryCode()
      ? recoveryCode.trim() && { recoveryCode: recoveryCode.trim() }
      : totpCode.trim() && { totpCode: totpCode.trim() };
    await this.action.run(
      async () => {
        const me = this.session.signedIn(
          await this.api.login({ email, password, ...(secondFactor || {}) }),
        );
        if (!me) return;
        // Several memberships: the person says where they are first. Staff the program asks
        // for two-step sign-in set it up before anything else.
        const next = this.session.hasSeveralPlaces(me)
          ? CHOOSE_PLACE_PAGE
          : me.totpEnrollmentRequired
            ? TWO_STEP_PAGE
            : `/${homeAreaFor(me.role as Role)}`;
        // The home's code and its area's routes together, not one after the other.
        startLoadingFirstPage(next);
        await this.router.navigateByUrl(next);
      },
      ({ code }) => {
        if (code === 'TOTP_REQUIRED') this.needsCode.set(true);
        // On sign-in, "check your connection" helps more than "try again".
        if (code === 'NETWORK') this.action.error.set(this.transloco.translate('login.network'));
      },
    );
  }
}
