import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { PhaseMovesApi } from '@homeward/web-data-access';
import { SubmitRowComponent } from '../submit-row.component';
import { ApiAction } from '../api-action';

/**
 * "Ask for a pause": anyone on the plan, at any time, no reason needed. It takes effect at once;
 * the counselor picks it up again with everyone. Said kindly, with no pressure either way.
 */
@Component({
  selector: 'hw-ask-pause',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <div *transloco="let t" class="pause" data-testid="ask-pause">
      @if (paused()) {
        <p class="done" role="status" data-testid="pause-done">{{ t('track.pause.done') }}</p>
      } @else if (open()) {
        <form class="stack" [formGroup]="form" (ngSubmit)="pause()" aria-labelledby="pause-title">
          <div role="heading" [attr.aria-level]="level()" id="pause-title" class="heading">
            {{ t('track.pause.title') }}
          </div>
          <p>{{ t('track.pause.intro') }}</p>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('track.pause.reason') }}</mat-label>
            <textarea
              matInput
              formControlName="reason"
              rows="2"
              maxlength="1000"
              data-testid="pause-reason"
            ></textarea>
          </mat-form-field>
          <hw-submit-row [action]="action" testId="pause-confirm">
            {{ t('track.pause.confirm') }}
            <button beside mat-button type="button" (click)="open.set(false)">
              {{ t('track.pause.cancel') }}
            </button>
          </hw-submit-row>
        </form>
      } @else {
        <button mat-stroked-button type="button" data-testid="pause-open" (click)="open.set(true)">
          {{ t('track.pause.open') }}
        </button>
      }
    </div>
  `,
  styles: `
    .pause {
      margin: 12px 0;
    }
    form {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
})
export class AskPauseComponent {
  readonly planId = input.required<string>();
  readonly level = input(3);
  readonly pausedPlan = output<void>();
  private readonly api = inject(PhaseMovesApi);
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: [''] });
  protected readonly open = signal(false);
  protected readonly paused = signal(false);
  protected readonly action = new ApiAction();

  async pause(): Promise<void> {
    const reason = this.form.getRawValue().reason.trim();
    await this.action.run(async () => {
      await this.api.askToPause({ planId: this.planId(), ...(reason ? { reason } : {}) });
      this.paused.set(true);
      this.open.set(false);
      this.pausedPlan.emit();
    });
  }
}
