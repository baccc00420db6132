import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONCERN_SEVERITIES,
  CONCERN_SUBJECTS,
  ConcernSeverity,
  ConcernSubject,
  crisisResourceHref,
} from '@homeward/domain';
import { Concern, ConcernChoices, ConcernsApi, Visit, VisitsApi } from '@homeward/web-data-access';
import { CrisisStore } from '../../core/crisis.store';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { AgreementLabels } from '../agreement/agreement-labels';
import { SubmitRowComponent } from '../submit-row.component';
import { ApiAction } from '../api-action';

/**
 * Raising a concern in one's own words, with the safe-communication hint (only the writer sees
 * it). A SAFETY concern shows the crisis lines at once, whatever else happens next.
 */
@Component({
  selector: 'hw-concern-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoDirective,
    CommunicationHintsComponent,
    SubmitRowComponent,
  ],
  template: `
    <div *transloco="let t">
      @if (safetySent()) {
        <section class="crisis" role="alert" data-testid="concern-crisis">
          <p>{{ t('concerns.raise.safetySent') }}</p>
          <ul>
            <!-- The program's own lines in the reader's language (the defaults until they come). -->
            @for (line of crisis.resources(); track $index; let first = $first) {
              <li>
                @if (line.kind === 'CHAT' || line.kind === 'WEB') {
                  <a mat-stroked-button [href]="crisisHref(line)" target="_blank" rel="noopener">{{
                    line.label
                  }}</a>
                } @else if (first) {
                  <a mat-flat-button [href]="crisisHref(line)">{{ line.label }}</a>
                } @else {
                  <a mat-stroked-button [href]="crisisHref(line)">{{ line.label }}</a>
                }
              </li>
            }
          </ul>
        </section>
      } @else if (sent()) {
        <p class="done" role="status" data-testid="concern-sent">{{ t('concerns.raise.sent') }}</p>
      }
      @if (!open()) {
        <button mat-flat-button type="button" data-testid="concern-open" (click)="start()">
          {{ t('concerns.raise.open') }}
        </button>
      } @else {
        <form class="stack" [formGroup]="form" (ngSubmit)="send()" aria-labelledby="raise-title">
          <h2 id="raise-title">{{ t('concerns.raise.title') }}</h2>
          <mat-radio-group
            formControlName="subject"
            [attr.aria-label]="t('concerns.raise.subject')"
            class="choices"
            data-testid="concern-subject"
          >
            <span class="label">{{ t('concerns.raise.subject') }}</span>
            @for (subject of subjects; track subject) {
              <mat-radio-button
                [value]="subject"
                [attr.data-testid]="'concern-subject-' + subject"
                >{{ t('concerns.raise.subjects.' + subject) }}</mat-radio-button
              >
            }
          </mat-radio-group>
          @if (subject() === 'BOUNDARY') {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('concerns.raise.boundary') }}</mat-label>
              <mat-select formControlName="recordId" data-testid="concern-boundary">
                @for (boundary of choices()?.boundaries ?? []; track boundary.id) {
                  <mat-option [value]="boundary.id"
                    >{{ boundary.need }} ({{ boundary.owner.displayName }})</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
          } @else if (subject() === 'EXPECTATION') {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('concerns.raise.expectation') }}</mat-label>
              <mat-select formControlName="recordId" data-testid="concern-expectation">
                @for (expectation of choices()?.expectations ?? []; track expectation.id) {
                  <mat-option [value]="expectation.id">{{ expectation.text }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          } @else if (subject() === 'VISIT') {
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('concerns.raise.visitId') }}</mat-label>
              <mat-select formControlName="recordId" data-testid="concern-visit">
                @for (visit of visits(); track visit.id) {
                  <mat-option [value]="visit.id"
                    >{{ labels.when(visit.startsAt) }} · {{ visit.place }}</mat-option
                  >
                }
              </mat-select>
            </mat-form-field>
          }
          @if (subject() !== 'SAFETY') {
            <mat-radio-group
              formControlName="severity"
              class="choices"
              [attr.aria-label]="t('concerns.raise.severity')"
              data-testid="concern-severity"
            >
              <span class="label">{{ t('concerns.raise.severity') }}</span>
              @for (severity of severities; track severity) {
                <mat-radio-button
                  [value]="severity"
                  [attr.data-testid]="'concern-severity-' + severity"
                  >{{ t('concerns.raise.severities.' + severity) }}</mat-radio-button
                >
              }
            </mat-radio-group>
          }
          <fieldset>
            <legend>{{ t('concerns.raise.about') }}</legend>
            @for (member of others(); track member.id) {
              <mat-checkbox
                [checked]="about().includes(member.id)"
                (change)="toggle(member.id, $event.checked)"
                [attr.data-testid]="'concern-about-' + member.id"
                >{{ member.displayName }}</mat-checkbox
              >
            }
          </fieldset>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('concerns.raise.words') }}</mat-label>
            <textarea
              matInput
              formControlName="words"
              rows="4"
              maxlength="2000"
              data-testid="concern-words"
            ></textarea>
            <mat-hint>{{ t('concerns.raise.wordsHint') }}</mat-hint>
          </mat-form-field>
          @if (labels.hints(); as hintLabels) {
            <hw-communication-hints
              [text]="words()"
              [language]="labels.language()"
              [labels]="hintLabels"
              testId="concern-hints"
            />
          }
          <mat-checkbox formControlName="shareOwnWords" data-testid="concern-share">{{
            t('concerns.raise.share')
          }}</mat-checkbox>
          <p class="muted">{{ t('concerns.raise.shareHint') }}</p>
          <hw-submit-row [action]="action" testId="concern-send">
            {{ t('concerns.raise.send') }}
            <button beside mat-button type="button" (click)="open.set(false)">
              {{ t('concerns.raise.cancel') }}
            </button>
          </hw-submit-row>
        </form>
      }
    </div>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      margin: 0;
    }
    .choices {
      display: flex;
      flex-direction: column;
    }
    .label {
      font: var(--mat-sys-title-small);
    }
    fieldset {
      border: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
    }
    legend {
      font: var(--mat-sys-title-small);
    }
    .crisis {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      margin-bottom: 12px;
    }
    .crisis ul {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
})
export class ConcernFormComponent {
  readonly planId = input.required<string>();
  readonly choices = input<ConcernChoices | null>(null);
  readonly raised = output<Concern>();
  private readonly api = inject(ConcernsApi);
  private readonly visitsApi = inject(VisitsApi);
  protected readonly labels = inject(AgreementLabels);
  protected readonly crisis = inject(CrisisStore);
  protected readonly crisisHref = crisisResourceHref;
  protected readonly subjects = CONCERN_SUBJECTS;
  protected readonly severities = CONCERN_SEVERITIES.filter((s) => s !== 'SAFETY');
  protected readonly form = inject(FormBuilder).nonNullable.group({
    subject: ['BOUNDARY' as ConcernSubject],
    recordId: [''],
    severity: ['MEDIUM' as ConcernSeverity],
    words: [''],
    shareOwnWords: [false],
  });
  protected readonly open = signal(false);
  protected readonly sent = signal(false);
  protected readonly safetySent = signal(false);
  protected readonly about = signal<string[]>([]);
  protected readonly visits = signal<Visit[]>([]);
  protected readonly action = new ApiAction();
  protected readonly subject = toSignal(this.form.controls.subject.valueChanges, {
    initialValue: 'BOUNDARY' as ConcernSubject,
  });
  protected readonly words = toSignal(this.form.controls.words.valueChanges, { initialValue: '' });
  protected readonly others = computed(() =>
    (this.choices()?.members ?? []).filter((m) => !m.isMe && m.status === 'ACTIVE'),
  );

  protected start(): void {
    this.open.set(true);
    this.sent.set(false);
    void this.visitsApi.list(this.planId()).then((visits) => this.visits.set(visits));
  }

  protected toggle(memberId: string, on: boolean): void {
    this.about.update((ids) => (on ? [...ids, memberId] : ids.filter((id) => id !== memberId)));
  }

  protected async send(): Promise<void> {
    const value = this.form.getRawValue();
    const record =
      value.subject === 'SAFETY'
        ? {}
        : { [`${value.subject.toLowerCase()}Id`]: value.recordId || undefined };
    const concern = await this.action.run(() =>
      this.api.raise({
        planId: this.planId(),
        subject: value.subject,
        severity: value.subject === 'SAFETY' ? 'SAFETY' : value.severity,
        aboutMemberIds: this.about(),
        words: value.words,
        shareOwnWords: value.shareOwnWords,
        ...record,
      }),
    );
    if (!concern) return;
    this.safetySent.set(concern.severity === 'SAFETY');
    this.sent.set(true);
    this.open.set(false);
    this.form.reset();
    this.about.set([]);
    this.raised.emit(concern);
  }
}
