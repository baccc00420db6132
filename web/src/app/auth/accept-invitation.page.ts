import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  homeAreaFor,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblem,
  Role,
} from '@homeward/domain';
import { InvitationPreviewQuery, InvitationsApi, Language } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { SubmitRowComponent } from '../shared/submit-row.component';
import { SessionStore } from '../core/session.store';

type Lang = 'en' | 'es';

/** `/invite/:token`: what the invitation is for, then name, password and language to join. */
@Component({
  selector: 'hw-accept-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <ng-container *transloco="let t">
      <mat-card class="card">
        <mat-card-content>
          <h1>{{ t('accept.title') }}</h1>
          @if (preview(); as invitation) {
            <p data-testid="accept-preview">
              {{
                t('accept.intro', {
                  organization: invitation.organizationName,
                  email: invitation.email,
                  role: t('roles.' + invitation.role),
                })
              }}
            </p>
            <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('accept.name') }}</mat-label>
                <input
                  matInput
                  formControlName="displayName"
                  autocomplete="name"
                  data-testid="accept-name"
                  required
                />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('accept.password') }}</mat-label>
                <input
                  matInput
                  type="password"
                  formControlName="password"
                  [attr.maxlength]="maxLength"
                  autocomplete="new-password"
                  data-testid="accept-password"
                  required
                />
                <mat-hint>{{ t('accept.passwordHint', lengths) }}</mat-hint>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('accept.language') }}</mat-label>
                <mat-select
                  formControlName="language"
                  data-testid="accept-language"
                  (selectionChange)="session.chooseLanguage($event.value)"
                >
                  <mat-option value="en" lang="en">English</mat-option>
                  <mat-option value="es" lang="es">Español</mat-option>
                </mat-select>
              </mat-form-field>
              @if (needsCode()) {
                <!-- An account that already uses two-step sign-in confirms with its app, as at sign-in. -->
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('login.code') }}</mat-label>
                  <input
                    matInput
                    formControlName="totpCode"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    data-testid="accept-code"
                  />
                </mat-form-field>
              }
              <hw-submit-row [action]="action" testId="accept-submit" errorTestId="accept-error">
                {{ t('accept.submit') }}
              </hw-submit-row>
            </form>
          } @else if (action.error()) {
            <p class="error" role="alert" data-testid="accept-error">{{ action.error() }}</p>
          } @else {
            <p role="status">{{ t('accept.loading') }}</p>
          }
        </mat-card-content>
      </mat-card>
    </ng-container>
  `,
  styles: `
    .card {
      max-width: 480px;
      margin: 24px auto;
      /* A long label's box (the name's, the password's) reaches past a phone's edge though its
         words are cut with an ellipsis: kept inside, so the page never scrolls sideways. */
      overflow: hidden;
    }
    form {
      margin-top: 16px;
    }
  `,
})
export class AcceptInvitationPage implements OnInit {
  readonly token = input.required<string>();
  private readonly api = inject(InvitationsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly lengths = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
  protected readonly preview = signal<InvitationPreviewQuery['invitationPreview'] | null>(null);
  protected readonly action = new ApiAction();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', Validators.required],
    password: ['', Validators.required],
    language: [(this.transloco.getActiveLang() === 'es' ? 'es' : 'en') as Lang],
    totpCode: [''],
  });
  protected readonly needsCode = signal(false);

  async ngOnInit(): Promise<void> {
    try {
      this.preview.set(await this.api.preview(this.token()));
    } catch (caught) {
      this.action.error.set(this.errors.message(caught));
    }
  }

  async submit(): Promise<void> {
    const { displayName, password, language, totpCode } = this.form.getRawValue();
    if (!displayName.trim()) {
      this.action.error.set(this.transloco.translate('accept.nameNeeded'));
      return;
    }
    // Checked here first so the person hears at once what is needed (every Homeward password meets it).
    const problem = passwordProblem(password);
    if (problem) {
      this.action.error.set(
        this.transloco.translate(
          problem === 'TOO_LONG' ? 'accept.passwordTooLong' : 'accept.passwordTooShort',
          this.lengths,
        ),
      );
      return;
    }
    await this.action.run(
      async () => {
        const me = this.session.signedIn(
          await this.api.accept({
            token: this.token(),
            displayName: displayName.trim(),
            password,
            language: language.toUpperCase() as Language,
            ...(totpCode.trim() ? { totpCode: totpCode.trim() } : {}),
          }),
        );
        if (me) await this.router.navigate(['/', homeAreaFor(me.role as Role)]);
      },
      ({ code }) => {
        if (code === 'TOTP_REQUIRED') this.needsCode.set(true);
      },
    );
  }
}
