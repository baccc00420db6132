import { ChangeDetectionStrategy, Component, output } from '@angular/core';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { CheckIn, NoteVisibility } from '@homeward/web-data-access';
import { SubmitRowComponent } from '../submit-row.component';
import { TodaysCheckIn } from './todays-check-in';

const MOODS = [1, 2, 3, 4, 5] as const;

/**
 * The patient's daily check-in on their home: mood, craving, a meeting, and a note shared with
 * the plan or kept for the counselor. Today's is shown once given; updating it makes a new one
 * that counts for today instead (the earlier one stays in their history).
 */
@Component({
  selector: 'hw-check-in-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatCardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <mat-card *transloco="let t" appearance="outlined" class="check-in" data-testid="check-in-card">
      <mat-card-content>
        <h2 id="check-in-title">{{ t('track.checkIn.title') }}</h2>
        <p class="hw-saved" role="status" [class.shown]="done()" data-testid="check-in-status">
          {{ done() ? t(done()!) : '' }}
        </p>
        @if (loadError()) {
          <p class="error" role="alert">{{ loadError() }}</p>
        } @else if (!loaded()) {
          <p class="muted" role="status">{{ t('common.loading') }}</p>
        } @else if (today() && !editing()) {
          <div class="today" data-testid="check-in-today">
            <p>{{ t('track.checkIn.today') }}</p>
            <p class="summary" data-testid="check-in-summary">
              {{
                t('track.checkIn.summary', {
                  mood: t('track.mood.' + today()!.mood),
                  craving: today()!.craving,
                })
              }}
              @if (today()!.attendedMeeting) {
                · {{ t('track.checkIn.meetingYes') }}
              }
            </p>
            @if (today()!.note) {
              <p class="note">
                {{
                  t(
                    today()!.noteVisibility === 'STAFF_ONLY'
                      ? 'track.checkIn.noteStaff'
                      : 'track.checkIn.notePlan',
                    { note: today()!.note }
                  )
                }}
              </p>
            }
            <button
              mat-stroked-button
              type="button"
              data-testid="check-in-update"
              (click)="startUpdate()"
            >
              {{ t('track.checkIn.update') }}
            </button>
          </div>
        } @else {
          <p class="muted">{{ t('track.checkIn.intro') }}</p>
          <form
            class="stack"
            [formGroup]="form"
            (ngSubmit)="submit()"
            aria-labelledby="check-in-title"
          >
            <fieldset>
              <legend>{{ t('track.checkIn.mood') }}</legend>
              <div class="hw-choices" data-testid="check-in-mood">
                @for (mood of moods; track mood) {
                  <label class="hw-choice">
                    <input
                      type="radio"
                      name="mood"
                      formControlName="mood"
                      [value]="mood"
                      [attr.data-testid]="'check-in-mood-' + mood"
                    />
                    {{ t('track.mood.' + mood) }}
                  </label>
                }
              </div>
            </fieldset>
            <div class="slider">
              <label [attr.for]="sliderId" class="label">{{ t('track.checkIn.craving') }}</label>
              <input
                type="range"
                min="0"
                max="10"
                step="1"
                class="hw-range"
                formControlName="craving"
                [id]="sliderId"
                [attr.list]="sliderId + '-ticks'"
                data-testid="check-in-craving"
                [attr.aria-valuetext]="
                  t('track.checkIn.cravingValue', { value: form.controls.craving.value })
                "
              />
              <datalist [id]="sliderId + '-ticks'">
                @for (tick of ticks; track tick) {
                  <option [value]="tick"></option>
                }
              </datalist>
              <div class="ends" aria-hidden="true">
                <span>{{ t('track.checkIn.cravingNone') }}</span><span>{{
                  t('track.checkIn.cravingStrong')
                }}</span>
              </div>
              <p class="value" aria-hidden="true">
                {{ t('track.checkIn.cravingValue', { value: form.controls.craving.value }) }}
              </p>
            </div>
            <label class="hw-choice">
              <input
                type="checkbox"
                formControlName="attendedMeeting"
                data-testid="check-in-meeting"
              />
              {{ t('track.checkIn.meeting') }}
            </label>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.checkIn.note') }}</mat-label>
              <textarea
                matInput
                formControlName="note"
                rows="2"
                maxlength="2000"
                data-testid="check-in-note"
              ></textarea>
              <mat-hint>{{ t('track.checkIn.noteHint') }}</mat-hint>
            </mat-form-field>
            @if (form.controls.note.value.trim()) {
              <fieldset>
                <legend>{{ t('track.checkIn.visibility') }}</legend>
                <div class="hw-choices">
                  @for (visibility of visibilities; track visibility) {
                    <label class="hw-choice">
                      <input
                        type="radio"
                        name="noteVisibility"
                        formControlName="noteVisibility"
                        [value]="visibility"
                        [attr.data-testid]="'check-in-visibility-' + visibility"
                      />
                      {{ t('track.checkIn.visibilityOption.' + visibility) }}
                    </label>
                  }
                </div>
              </fieldset>
            }
            @if (today()) {
              <p class="muted">{{ t('track.checkIn.updateHint') }}</p>
            }
            <hw-submit-row [action]="action" testId="check-in-submit" errorTestId="check-in-error">
              {{ today() ? t('track.checkIn.saveUpdate') : t('track.checkIn.submit') }}
              @if (today()) {
                <button beside mat-button type="button" (click)="editing.set(false)">
                  {{ t('track.checkIn.cancel') }}
                </button>
              }
            </hw-submit-row>
          </form>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .check-in {
      margin: 12px 0;
    }
    h2 {
      margin-top: 0;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend,
    .label {
      font: var(--mat-sys-title-small);
      padding: 0;
      margin-bottom: 4px;
      display: block;
    }
    .ends {
      display: flex;
      justify-content: space-between;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .value {
      margin: 2px 0 0;
      font-weight: 500;
    }
    .summary {
      font-weight: 500;
    }
    .today p {
      margin: 4px 0;
    }
    .today button {
      margin-top: 8px;
    }
  `,
})
export class CheckInCardComponent extends TodaysCheckIn {
  /** A check-in was kept: milestones measured from check-ins may have moved. */
  readonly checkedIn = output<CheckIn>();
  protected readonly moods = MOODS;
  protected readonly ticks = Array.from({ length: 11 }, (_, value) => value);
  protected readonly visibilities: NoteVisibility[] = ['PLAN', 'STAFF_ONLY'];
  protected readonly sliderId = `check-in-craving-${Math.random().toString(36).slice(2, 8)}`;

  protected readonly form = this.fb.group({
    mood: this.fb.control<number | null>(null, Validators.required),
    craving: [0],
    attendedMeeting: [false],
    note: [''],
    noteVisibility: this.fb.control<NoteVisibility>('PLAN'),
  });

  protected startUpdate(): void {
    this.beginUpdate((today) =>
      this.form.setValue({
        mood: today.mood,
        craving: today.craving ?? 0,
        attendedMeeting: today.attendedMeeting,
        note: today.note ?? '',
        noteVisibility: today.noteVisibility ?? 'PLAN',
      }),
    );
  }

  async submit(): Promise<void> {
    const { mood, craving, attendedMeeting, note, noteVisibility } = this.form.getRawValue();
    if (mood === null) {
      this.action.error.set(this.labels.t('track.checkIn.moodNeeded'));
      return;
    }
    const text = note.trim();
    const saved = await this.save(
      () =>
        this.api.submit(
          this.planId(),
          { mood, craving, attendedMeeting, ...(text ? { note: text, noteVisibility } : {}) },
          this.key,
        ),
      { done: 'track.checkIn.done', updated: 'track.checkIn.updated' },
      () => this.form.reset(),
    );
    if (saved) this.checkedIn.emit(saved);
  }
}
