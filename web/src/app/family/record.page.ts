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
import { VisitsApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { TrackRecordComponent } from '../shared/track-record/track-record.component';

/** `/family/record/:planId`: the patient's record, only what they share with this person now, with the §2.32 notice. */
@Component({
  selector: 'hw-family-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, TrackRecordComponent],
  template: `
    <section *transloco="let t" data-testid="family-record">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('track.record.familyTitle', { name: patientName() }) }}</h1>
      <p class="muted">{{ t('track.record.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <hw-track-record [planId]="planId()" mode="family" [patientName]="patientName()" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilyRecordPage {
  readonly planId = input.required<string>();
  private readonly api = inject(VisitsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly patientName = signal('');
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  private async load(planId: string): Promise<void> {
    try {
      // The patient's name from the plan's members (read as a party to the plan, not under a consent).
      this.patientName.set(
        (await this.api.participants(planId)).find((p) => p.kind === 'PATIENT')?.displayName ?? '',
      );
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
