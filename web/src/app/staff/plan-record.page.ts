import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PlansApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { TrackRecordComponent } from '../shared/track-record/track-record.component';

/** `/staff/plans/:id/record`: the plan's track record as pictures, the family's own check-ins, the phase timeline. `?day=` points at a day. */
@Component({
  selector: 'hw-plan-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, TrackRecordComponent],
  template: `
    <section *transloco="let t" data-testid="staff-record">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('agreement.staff.back') }}</a
      >
      <h1>
        {{ name() ? t('track.record.staffTitle', { name: name() }) : t('track.record.staffOpen') }}
      </h1>
      <p class="muted">{{ t('track.record.intro') }}</p>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <hw-track-record [planId]="id()" mode="staff" [highlightDay]="day() ?? null" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanRecordPage {
  readonly id = input.required<string>();
  /** A day to point at (YYYY-MM-DD), from a caseload link. */
  readonly day = input<string | undefined>(undefined);
  private readonly api = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  protected readonly name = signal('');
  protected readonly error = signal('');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.name.set((await this.api.plan(id))?.patient.displayName ?? '');
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
