import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AUDIT_CSV_COLUMNS, describeReason } from '@homeward/domain';
import { AuditApi, AuditExport, NotificationsApi } from '@homeward/web-data-access';
import { ApiAction, catalogLanguage } from '../../shared/api-action';
import { saveFile } from '../../shared/save-file';

/** A date as an `<input type="date">` value, in the browser's own calendar. */
function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * `/staff/audit` (admins): the audit trail of the days chosen, downloaded as CSV, with the result
 * of recomputing every seal of the program's chain, and what each column means.
 */
@Component({
  selector: 'hw-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="admin-audit">
      <a mat-button routerLink="/staff">{{ t('common.back') }}</a>
      <h1>{{ t('admin.audit.title') }}</h1>
      <p>{{ t('admin.audit.intro') }}</p>
      <mat-card appearance="outlined">
        <mat-card-content>
          <form class="range" [formGroup]="form" (ngSubmit)="download()" novalidate>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('admin.audit.from') }}</mat-label>
              <input matInput type="date" formControlName="from" data-testid="audit-from" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('admin.audit.to') }}</mat-label>
              <input matInput type="date" formControlName="to" data-testid="audit-to" />
            </mat-form-field>
            <button
              mat-flat-button
              type="submit"
              data-testid="audit-download"
              [disabled]="action.busy()"
            >
              {{ t('admin.audit.download') }}
            </button>
          </form>
          @if (zone()) {
            <p class="muted" data-testid="audit-zone">
              {{ t('admin.audit.zone', { zone: zone() }) }}
            </p>
          }
        </mat-card-content>
      </mat-card>

      @if (action.error()) {
        <p class="error" role="alert" data-testid="audit-error">{{ action.error() }}</p>
      }
      @if (result(); as r) {
        <div role="status" class="result">
          <p class="notice" data-testid="audit-downloaded">
            {{ t('admin.audit.downloaded', { file: r.fileName, count: r.events }) }}
          </p>
          @if (r.chainVerified) {
            <p class="notice" data-testid="audit-verified">
              {{ t('admin.audit.verified', { count: r.checkedEvents }) }}
            </p>
          } @else {
            <p class="error" data-testid="audit-not-verified">
              {{
                t('admin.audit.notVerified', {
                  id: r.firstBrokenEventId,
                  why: t('admin.audit.why.' + r.firstBrokenReason),
                })
              }}
            </p>
          }
        </div>
      }

      <h2>{{ t('admin.audit.columnsTitle') }}</h2>
      <p>{{ t('admin.audit.columnsIntro') }}</p>
      <dl data-testid="audit-columns">
        @for (column of columns; track column) {
          <dt>
            <code>{{ column }}</code>
          </dt>
          <dd>{{ t('admin.audit.columns.' + column) }}</dd>
        }
      </dl>
    </section>
  `,
  styles: `
    section {
      max-width: 720px;
      margin: 0 auto;
    }
    .range {
      display: grid;
      gap: 8px 12px;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      align-items: center;
    }
    .result {
      display: grid;
      gap: 8px;
      margin-top: 16px;
    }
    .result p {
      margin: 0;
    }
    p {
      overflow-wrap: anywhere;
    }
    dl {
      margin: 0;
    }
    dt {
      margin-top: 12px;
      font-weight: 600;
    }
    dd {
      margin: 2px 0 0;
    }
  `,
})
export class AuditPage implements OnInit {
  private readonly api = inject(AuditApi);
  private readonly settings = inject(NotificationsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  protected readonly columns = AUDIT_CSV_COLUMNS;
  protected readonly action = new ApiAction();
  protected readonly result = signal<AuditExport | null>(null);
  /** The reader's own time zone, where the days are counted. */
  protected readonly zone = signal('');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    from: [dayOf(new Date(Date.now() - 29 * 86_400_000)), Validators.required],
    to: [dayOf(new Date()), Validators.required],
  });

  async ngOnInit(): Promise<void> {
    // Only to name the zone: the page works without it.
    try {
      this.zone.set((await this.settings.settings())?.timeZone ?? '');
    } catch {
      this.zone.set('');
    }
  }

  async download(): Promise<void> {
    const { from, to } = this.form.getRawValue();
    if (!from || !to) {
      this.result.set(null);
      this.action.error.set(
        describeReason('INPUT_AUDIT_DAY', {}, catalogLanguage(this.transloco.getActiveLang())),
      );
      return;
    }
    this.result.set(null);
    const exported = await this.action.run(() => this.api.export(from, to));
    if (!exported) return;
    saveFile(
      this.document,
      new TextEncoder().encode(exported.csv),
      exported.fileName,
      'text/csv;charset=utf-8',
    );
    this.zone.set(exported.timeZone);
    this.result.set(exported);
  }
}
