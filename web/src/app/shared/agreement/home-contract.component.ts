import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AgreementApi, HomeContract } from '@homeward/web-data-access';
import { ApiAction } from '../api-action';
import { saveFile } from '../save-file';
import { AgreementLabels, AgreementPhase } from './agreement-labels';

/**
 * The home contract as it stands: what everyone agreed and the boundaries everyone has read,
 * who has signed this version and who has not, a typed-name signature, and the PDF.
 */
@Component({
  selector: 'hw-home-contract',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
  ],
  template: `
    <ng-container *transloco="let t">
      @if (contract(); as contract) {
        <div class="contract" data-testid="contract" [attr.data-version]="contract.version">
          <p class="meta">
            <span class="chip" data-testid="contract-version">{{
              t('agreement.contract.version', { version: contract.version })
            }}</span>
            <span class="muted">{{
              t('agreement.contract.made', { date: labels.when(contract.createdAt) })
            }}</span>
          </p>

          <h3>{{ t('agreement.contract.expectations') }}</h3>
          <ul class="terms" data-testid="contract-expectations">
            @for (item of contract.expectations; track $index) {
              <li>
                <span class="who">{{
                  t('agreement.expectations.asks', { from: item.fromName, to: item.toName })
                }}</span>
                <span class="words">{{ item.text }}</span>
                <span class="muted"
                  >{{ t('agreement.category.' + item.category) }} ·
                  {{ labels.phase(item.appliesFromPhase, phases()) }}</span
                >
              </li>
            } @empty {
              <li class="muted">{{ t('agreement.contract.noExpectations') }}</li>
            }
          </ul>

          <h3>{{ t('agreement.contract.boundaries') }}</h3>
          <ul class="terms" data-testid="contract-boundaries">
            @for (item of contract.boundaries; track $index) {
              <li>
                <span class="who">{{
                  t('agreement.boundaries.whose', { name: item.ownerName })
                }}</span>
                <span class="words">{{ item.need }}</span>
                <span>{{ t('agreement.contract.ifCrossed', { text: item.ifCrossed }) }}</span>
                <span class="muted">{{
                  t('agreement.contract.appliesTo', { names: labels.list(item.appliesToNames) })
                }}</span>
              </li>
            } @empty {
              <li class="muted">{{ t('agreement.contract.noBoundaries') }}</li>
            }
          </ul>

          <div class="confidential" role="note">
            <strong>{{ t('familyPlan.noticeLabel') }}</strong>
            <p>{{ contract.redisclosureNotice }}</p>
          </div>

          <h3>{{ t('agreement.contract.signatures') }}</h3>
          <ul class="signatures">
            @for (signature of contract.signatures; track signature.member.id) {
              <li data-testid="contract-signed">
                <span class="signature">{{ signature.typedName }}</span>
                <span class="muted">{{
                  t('agreement.contract.signedOn', { date: labels.when(signature.signedAt) })
                }}</span>
              </li>
            }
            @for (member of contract.awaitingSignatureFrom; track member.id) {
              <li data-testid="contract-awaiting" class="awaiting">
                {{
                  member.isMe
                    ? t('agreement.contract.youNotYet')
                    : t('agreement.contract.notYet', { name: member.displayName })
                }}
              </li>
            }
          </ul>
          @if (contract.signedByAllActiveMembers) {
            <p class="done" data-testid="contract-all-signed">
              {{ t('agreement.contract.allSigned') }}
            </p>
          }

          @if (signed()) {
            <p class="done" role="status">{{ t('agreement.contract.signed') }}</p>
          }
          @if (mode() === 'member' && contract.awaitingMySignature) {
            <form
              class="sign"
              [formGroup]="form"
              (ngSubmit)="sign(contract)"
              data-testid="contract-sign-form"
              novalidate
            >
              <p>{{ t('agreement.contract.signIntro', { version: contract.version }) }}</p>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('agreement.contract.signature') }}</mat-label>
                <input
                  matInput
                  formControlName="typedName"
                  autocomplete="name"
                  data-testid="contract-signature"
                />
                @if (myName()) {
                  <mat-hint>{{
                    t('agreement.contract.signatureHint', { name: myName() })
                  }}</mat-hint>
                }
              </mat-form-field>
              <div class="actions">
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="signing.busy()"
                  data-testid="contract-sign"
                >
                  {{ t('agreement.contract.sign', { version: contract.version }) }}
                </button>
              </div>
            </form>
          }
          @if (error()) {
            <p class="error" role="alert" data-testid="contract-error">{{ error() }}</p>
          }

          <div class="actions">
            <button
              mat-stroked-button
              type="button"
              [disabled]="downloading.busy()"
              data-testid="contract-download"
              (click)="download(contract)"
            >
              {{
                downloading.busy()
                  ? t('agreement.contract.downloading')
                  : t('agreement.contract.download')
              }}
            </button>
          </div>
          @if (versionCount() > 1) {
            <p class="muted">{{ t('agreement.contract.versions', { count: versionCount() }) }}</p>
          }
        </div>
      } @else {
        <p class="muted" data-testid="contract-none">{{ t('agreement.contract.none') }}</p>
      }
    </ng-container>
  `,
  styles: `
    .contract {
      display: grid;
      gap: 8px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 12px 0 0;
    }
    p {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 500;
    }
    .terms,
    .signatures {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .terms li {
      display: grid;
      gap: 2px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .terms .who {
      font-size: 0.875rem;
      font-weight: 500;
    }
    .terms .words {
      font: var(--mat-sys-body-large);
    }
    .terms .muted {
      font-size: 0.875rem;
    }
    .signatures li {
      position: relative;
      padding-left: 1.5em;
    }
    .signatures li .muted {
      margin-left: 8px;
    }
    .signature {
      font-family: 'Liberation Serif', Georgia, serif;
      font-style: italic;
      font-size: 1.125rem;
    }
    .signatures li::before {
      content: '✓';
      color: var(--mat-sys-primary);
      position: absolute;
      left: 0;
    }
    .signatures li.awaiting::before {
      content: '○';
      color: inherit;
    }
    .awaiting {
      color: var(--mat-sys-on-surface-variant);
    }
    .confidential {
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 4px;
    }
    .confidential p {
      margin-top: 4px;
      font-size: 0.875rem;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 6px 10px;
      border-radius: 8px;
    }
    .sign {
      display: grid;
      gap: 8px;
      padding: 12px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class HomeContractComponent {
  readonly contract = input<HomeContract | null>(null);
  readonly versionCount = input(0);
  readonly mode = input<'member' | 'staff'>('member');
  /** The reader's full name on their account: what they type to sign. */
  readonly myName = input('');
  readonly phases = input<readonly AgreementPhase[] | null>(null);
  readonly changed = output<void>();

  private readonly api = inject(AgreementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  protected readonly labels = inject(AgreementLabels);
  protected readonly signing = new ApiAction();
  protected readonly downloading = new ApiAction();
  /** One line for both buttons: the newer call's refusal (each clears the other's). */
  protected readonly error = computed(() => this.signing.error() || this.downloading.error());
  protected readonly signed = signal(false);
  protected readonly form = inject(FormBuilder).nonNullable.group({ typedName: [''] });

  async sign(contract: HomeContract): Promise<void> {
    const typedName = this.form.getRawValue().typedName.trim();
    if (!typedName) {
      this.signing.error.set(this.transloco.translate('agreement.contract.signatureNeeded'));
      return;
    }
    this.downloading.error.set('');
    await this.signing.run(
      async () => {
        await this.api.sign({ planId: contract.planId, version: contract.version, typedName });
        this.form.reset({ typedName: '' });
        this.signed.set(true);
        this.changed.emit();
      },
      (problem) => {
        // A newer version was made meanwhile: show it, to read before signing.
        if (problem.code === 'CONFLICT') this.changed.emit();
      },
    );
  }

  async download(contract: HomeContract): Promise<void> {
    this.signing.error.set('');
    await this.downloading.run(async () => {
      const bytes = await this.api.contractPdf({
        planId: contract.planId,
        version: contract.version,
      });
      saveFile(this.document, bytes, `home-contract-v${contract.version}.pdf`, 'application/pdf');
    });
  }
}
