import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyTrack, FamilyTrackApi } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { TrackLabels } from '../track-record/track-labels';

/** Staff's view of the family's own track on a plan: what each family member marked. */
@Component({
  selector: 'hw-family-track-staff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" data-testid="family-track-staff">
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (track(); as track) {
        @if (track.marks.length === 0) {
          <p class="muted">{{ t('familyTrack.noMarksYet') }}</p>
        } @else {
          <table>
            <caption>
              {{
                t('familyTrack.staffCaption')
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ t('familyTrack.who') }}</th>
                <th scope="col">{{ t('familyTrack.what') }}</th>
                <th scope="col">{{ t('familyTrack.day') }}</th>
              </tr>
            </thead>
            <tbody>
              @for (m of track.marks; track m.id) {
                <tr>
                  <th scope="row">{{ m.memberName }}</th>
                  <td>{{ t('familyTrack.mark.' + m.mark) }}: {{ m.title }}</td>
                  <td>{{ labels.day(m.day) }}</td>
                </tr>
              }
            </tbody>
          </table>
        }
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </div>
  `,
  styles: `
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #bec8c9);
    }
  `,
})
export class FamilyTrackStaffComponent {
  readonly planId = input.required<string>();
  private readonly api = inject(FamilyTrackApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(TrackLabels);
  protected readonly track = signal<FamilyTrack | null>(null);
  protected readonly loadError = signal('');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  private async load(planId: string): Promise<void> {
    try {
      this.track.set(await this.api.track(planId));
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
