import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  ViewEncapsulation,
  computed,
  inject,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { homeAreaFor, Role } from '@homeward/domain';
import { TotpEnrollment, TwoStepApi } from '@homeward/web-data-access';
import { SessionStore } from '../core/session.store';
import { ApiAction } from '../shared/api-action';
import { saveFile } from '../shared/save-file';
import { SubmitRowComponent } from '../shared/submit-row.component';
import { QrCodeComponent } from './qr-code.component';

const SIX_DIGITS = /^\d{6}$/;

/**
 * The key this tab started and has not confirmed yet, by person: opening the page again (a
 * language change reopens it) shows the same key, so an app that already scanned it still fits.
 */
const pending = new Map<string, TotpEnrollment>();

/** A key is easier to type from the screen in groups of four. */
export function groupKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * `/account/two-step`, for staff: turning on two-step sign-in (a QR code or a key for an
 * authenticator app, then a first code), the recovery codes shown once with a way to keep them,
 * and later new recovery codes. Staff whose program requires it are sent here before anything else.
 */
@Component({
  selector: 'hw-two-step-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The print rules below reach the page's frame (the bar above), so only the codes are printed.
  encapsulation: ViewEncapsulation.None,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    QrCodeComponent,
    SubmitRowComponent,
  ],
  template: `
    <section *transloco="let t" class="hw-two-step" data-testid="two-step">
      @if (codes(); as shown) {
        <h1 data-testid="two-step-on">
          {{ t(justEnabled() ? 'twoStep.onTitle' : 'twoStep.newTitle') }}
        </h1>
        <mat-card appearance="outlined" class="hw-two-step-codes">
          <mat-card-content class="stack">
            <h2 class="hw-two-step-codes-title">{{ t('twoStep.codesTitle') }}</h2>
            <p>{{ t('twoStep.codesIntro') }}</p>
            <ul class="hw-two-step-code-list" data-testid="recovery-codes">
              @for (code of shown; track code) {
                <li data-testid="recovery-code">{{ code }}</li>
              }
            </ul>
            <div class="hw-two-step-actions hw-two-step-no-print">
              <button
                mat-stroked-button
                type="button"
                data-testid="recovery-download"
                (click)="download(shown)"
              >
                {{ t('twoStep.download') }}
              </button>
              <button
                mat-stroked-button
                type="button"
                data-testid="recovery-print"
                (click)="print()"
              >
                {{ t('twoStep.print') }}
              </button>
            </div>
            <mat-checkbox
              class="hw-two-step-no-print"
              data-testid="recovery-saved"
              [checked]="saved()"
              (change)="saved.set($event.checked)"
              >{{ t('twoStep.saved') }}</mat-checkbox
            >
            <button
              mat-flat-button
              type="button"
              class="hw-two-step-no-print"
              data-testid="two-step-continue"
              [disabled]="!saved()"
              (click)="finish()"
            >
              {{ t(justEnabled() ? 'twoStep.continue' : 'twoStep.done') }}
            </button>
          </mat-card-content>
        </mat-card>
      } @else if (me()?.totpEnabled) {
        <h1>{{ t('twoStep.onTitle') }}</h1>
        <p>{{ t('twoStep.onIntro') }}</p>
        <p class="notice" data-testid="recovery-left">
          {{ t('twoStep.codesLeft', { count: me()?.recoveryCodesLeft ?? 0 }) }}
        </p>
        <mat-card appearance="outlined">
          <mat-card-content>
            <form class="stack" [formGroup]="renewForm" (ngSubmit)="renew()" novalidate>
              <h2>{{ t('twoStep.newTitle') }}</h2>
              <p>{{ t('twoStep.newIntro') }}</p>
              <mat-form-field
                appearance="outline"
                subscriptSizing="dynamic"
                class="hw-two-step-code"
              >
                <mat-label>{{ t('twoStep.code') }}</mat-label>
                <input
                  matInput
                  formControlName="code"
                  inputmode="numeric"
                  autocomplete="one-time-code"
                  maxlength="6"
                  data-testid="renew-code"
                />
              </mat-form-field>
              <hw-submit-row [action]="renewing" testId="renew-submit" errorTestId="renew-error">
                {{ t('twoStep.newSubmit') }}
              </hw-submit-row>
            </form>
          </mat-card-content>
        </mat-card>
      } @else {
        <h1>{{ t('twoStep.title') }}</h1>
        <p [class.notice]="required()" data-testid="two-step-why">
          {{ t(required() ? 'twoStep.required' : 'twoStep.intro') }}
        </p>
        @if (starting.error()) {
          <p class="error" role="alert" data-testid="two-step-start-error">
            {{ starting.error() }}
          </p>
        }
        @if (enrollment(); as key) {
          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <h2>{{ t('twoStep.scanTitle') }}</h2>
              <p class="muted">{{ t('twoStep.scanHelp') }}</p>
              <hw-qr-code
                class="hw-two-step-qr"
                [text]="key.otpauthUrl"
                [label]="t('twoStep.qrLabel')"
              />
              <p id="two-step-key-label">{{ t('twoStep.keyLabel') }}</p>
              <p
                class="hw-two-step-key"
                aria-labelledby="two-step-key-label"
                data-testid="two-step-key"
              >
                {{ grouped(key.secret) }}
              </p>
            </mat-card-content>
          </mat-card>
          <mat-card appearance="outlined">
            <mat-card-content>
              <form class="stack" [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate>
                <h2>{{ t('twoStep.codeTitle') }}</h2>
                <mat-form-field
                  appearance="outline"
                  subscriptSizing="dynamic"
                  class="hw-two-step-code"
                >
                  <mat-label>{{ t('twoStep.code') }}</mat-label>
                  <input
                    matInput
                    formControlName="code"
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    maxlength="6"
                    data-testid="two-step-code"
                  />
                </mat-form-field>
                @if (confirming.error()) {
                  <p class="error" role="alert" data-testid="two-step-error">
                    {{ confirming.error() }}
                  </p>
                }
                <button
                  mat-flat-button
                  type="submit"
                  data-testid="two-step-confirm"
                  [disabled]="confirming.busy()"
                >
                  {{ t('twoStep.confirm') }}
                </button>
              </form>
            </mat-card-content>
          </mat-card>
        } @else if (!starting.error()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        }
      }
    </section>
  `,
  styles: `
    .hw-two-step {
      max-width: 560px;
      margin: 0 auto;
      display: grid;
      gap: 16px;
    }
    .hw-two-step h2 {
      margin-top: 0;
    }
    .hw-two-step p {
      margin: 0;
    }
    .hw-two-step-qr {
      justify-self: center;
    }
    .hw-two-step-key,
    .hw-two-step-code-list {
      font-family: ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
      font-size: 1.1rem;
      letter-spacing: 0.04em;
    }
    .hw-two-step-key {
      background: var(--mat-sys-surface-container);
      border-radius: 8px;
      padding: 8px 12px;
      user-select: all;
      overflow-wrap: anywhere;
    }
    .hw-two-step-code {
      max-width: 220px;
    }
    .hw-two-step-code-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(8em, max-content));
      gap: 8px 32px;
      margin: 4px 0;
      padding: 0;
      list-style: none;
    }
    .hw-two-step-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    @media print {
      hw-shell header,
      .skip,
      .hw-two-step > h1,
      .hw-two-step-no-print {
        display: none !important;
      }
      .hw-two-step-codes {
        border: none;
      }
    }
  `,
})
export class TwoStepPage implements OnInit {
  private readonly api = inject(TwoStepApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly forms = inject(FormBuilder).nonNullable;

  protected readonly me = this.session.me;
  protected readonly required = computed(() => this.me()?.totpEnrollmentRequired === true);
  protected readonly enrollment = signal<TotpEnrollment | null>(null);
  /** Recovery codes just made: shown this once, never read back. */
  protected readonly codes = signal<string[] | null>(null);
  /** True when the codes came with turning two-step sign-in on (not with making new ones). */
  protected readonly justEnabled = signal(false);
  protected readonly saved = signal(false);
  protected readonly starting = new ApiAction();
  protected readonly confirming = new ApiAction();
  protected readonly renewing = new ApiAction();
  protected readonly confirmForm = this.forms.group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly renewForm = this.forms.group({
    code: ['', [Validators.required, Validators.pattern(SIX_DIGITS)]],
  });
  protected readonly grouped = groupKey;

  async ngOnInit(): Promise<void> {
    const me = await this.session.ensureLoaded();
    if (!me || me.totpEnabled) return;
    const started = pending.get(me.id) ?? (await this.starting.run(() => this.api.start()));
    if (started) pending.set(me.id, started);
    this.enrollment.set(started);
  }

  async confirm(): Promise<void> {
    const code = this.confirmForm.controls.code.value.trim();
    if (!SIX_DIGITS.test(code)) {
      this.confirming.error.set(this.transloco.translate('twoStep.codeNeeded'));
      return;
    }
    const confirmed = await this.confirming.run(() => this.api.confirm(code));
    if (!confirmed) return;
    pending.delete(confirmed.me.id);
    this.session.signedIn(confirmed.me);
    this.justEnabled.set(true);
    this.codes.set(confirmed.recoveryCodes);
  }

  async renew(): Promise<void> {
    const code = this.renewForm.controls.code.value.trim();
    if (!SIX_DIGITS.test(code)) {
      this.renewing.error.set(this.transloco.translate('twoStep.codeNeeded'));
      return;
    }
    const codes = await this.renewing.run(() => this.api.regenerateRecoveryCodes(code));
    if (!codes) return;
    this.renewForm.reset();
    this.justEnabled.set(false);
    this.codes.set(codes);
  }

  /** The codes as a plain text file, in the reader's language. */
  protected download(codes: string[]): void {
    const email = this.me()?.email ?? '';
    const text = [
      this.transloco.translate('twoStep.fileTitle', { email }),
      this.transloco.translate('twoStep.fileIntro'),
      '',
      ...codes,
      '',
    ].join('\n');
    saveFile(
      this.document,
      new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>,
      'homeward-recovery-codes.txt',
      'text/plain;charset=utf-8',
    );
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  /** Codes put away: on to the portal (after enrolling), or back to the page's summary. */
  protected async finish(): Promise<void> {
    const me = this.me();
    this.codes.set(null);
    this.saved.set(false);
    if (this.justEnabled() && me) {
      await this.router.navigateByUrl(`/${homeAreaFor(me.role as Role)}`);
    }
  }
}
