import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { SubmitRowComponent } from '../submit-row.component';
import { TodaysCheckIn } from './todays-check-in';

const STRESS = [1, 2, 3, 4, 5] as const;

/**
 * A family member's own check-in, "yours, not a report": their stress, whether they would like
 * support, and a support group today. Private to them and staff; never shown to the patient.
 */
@Component({
  selector: 'hw-family-check-in-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, TranslocoDirective, SubmitRowComponent],
  template: `
    <section
      *transloco="let t"
      class="check-in"
      [attr.aria-labelledby]="titleId"
      data-testid="family-check-in"
    >
      <div role="heading" [attr.aria-level]="level()" class="heading" [id]="titleId">
        {{ t('track.familyCheckIn.title') }}
      </div>
      <p class="yours">{{ t('track.familyCheckIn.yours') }}</p>
      <p class="hw-saved" role="status" [class.shown]="done()" data-testid="family-check-in-status">
        {{ done() ? t(done()!) : '' }}
        @if (done() && today()?.wantsSupport) {
          {{ t('track.familyCheckIn.supportNoted') }}
        }
      </p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (today() && !editing()) {
        <div data-testid="family-check-in-today">
          <p>
            {{ t('track.familyCheckIn.today') }}
            <strong data-testid="family-check-in-summary">{{
              t('track.familyCheckIn.summary', { stress: t('track.stress.' + today()!.stress) })
            }}</strong>
            @if (today()!.wantsSupport) {
              · {{ t('track.familyCheckIn.wantsSupportYes') }}
            }
            @if (today()!.attendedMeeting) {
              · {{ t('track.familyCheckIn.supportGroupYes') }}
            }
          </p>
          <button
            mat-stroked-button
            type="button"
            data-testid="family-check-in-update"
            (click)="startUpdate()"
          >
            {{ t('track.checkIn.update') }}
          </button>
        </div>
      } @else {
        <p class="muted">{{ t('track.familyCheckIn.intro') }}</p>
        <form class="stack" [formGroup]="form" (ngSubmit)="submit()">
          <fieldset>
            <legend>{{ t('track.familyCheckIn.stress') }}</legend>
            <div class="hw-choices">
              @for (level of levels; track level) {
                <label class="hw-choice">
                  <input
                    type="radio"
                    name="stress"
                    formControlName="stress"
                    [value]="level"
                    [attr.data-testid]="'family-check-in-stress-' + level"
                  />
                  {{ t('track.stress.' + level) }}
                </label>
              }
            </div>
          </fieldset>
          <label class="hw-choice">
            <input
              type="checkbox"
              formControlName="wantsSupport"
              data-testid="family-check-in-support"
            />
            {{ t('track.familyCheckIn.wantsSupport') }}
          </label>
          <label class="hw-choice">
            <input
              type="checkbox"
              formControlName="attendedMeeting"
              data-testid="family-check-in-group"
            />
            {{ t('track.familyCheckIn.supportGroup') }}
          </label>
          @if (today()) {
            <p class="muted">{{ t('track.checkIn.updateHint') }}</p>
          }
          <hw-submit-row [action]="action" testId="family-check-in-submit">
            {{ today() ? t('track.checkIn.saveUpdate') : t('track.checkIn.submit') }}
            @if (today()) {
              <button beside mat-button type="button" (click)="editing.set(false)">
                {{ t('track.checkIn.cancel') }}
              </button>
            }
          </hw-submit-row>
        </form>
      }
    </section>
  `,
  styles: `
    .check-in {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
    .yours {
      margin: 0;
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    p {
      margin: 0;
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0;
      margin-bottom: 4px;
    }
    button {
      justify-self: start;
    }
    [data-testid='family-check-in-today'] button {
      margin-top: 8px;
    }
  `,
})
export class FamilyCheckInCardComponent extends TodaysCheckIn {
  /** The heading level inside the page. */
  readonly level = input(3);
  protected readonly levels = STRESS;
  protected readonly titleId = `family-check-in-${Math.random().toString(36).slice(2, 8)}`;

  protected readonly form = this.fb.group({
    stress: this.fb.control<number | null>(null, Validators.required),
    wantsSupport: [false],
    attendedMeeting: [false],
  });

  protected startUpdate(): void {
    this.beginUpdate((today) =>
      this.form.setValue({
        stress: today.stress,
        wantsSupport: today.wantsSupport ?? false,
        attendedMeeting: today.attendedMeeting,
      }),
    );
  }

  async submit(): Promise<void> {
    const { stress, wantsSupport, attendedMeeting } = this.form.getRawValue();
    if (stress === null) {
      this.action.error.set(this.labels.t('track.familyCheckIn.stressNeeded'));
      return;
    }
    await this.save(
      () =>
        this.api.submitFamily(this.planId(), { stress, wantsSupport, attendedMeeting }, this.key),
      { done: 'track.familyCheckIn.done', updated: 'track.familyCheckIn.updated' },
      () => this.form.reset(),
    );
  }
}
