import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { Concern, ConcernChoices, ConcernsApi } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { concerns as onPlan, LiveUpdates } from '../live-updates';
import { ConcernCardComponent } from './concern-card.component';
import { ConcernFormComponent } from './concern-form.component';

/**
 * A plan's concerns as the reader may see them, kept current live: members raise one and take
 * part in those they may see; staff see every one first and carry each through.
 */
@Component({
  selector: 'hw-concerns',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, ConcernCardComponent, ConcernFormComponent],
  template: `
    <div *transloco="let t" data-testid="concerns">
      @if (!staff()) {
        <p class="intro">{{ t('concerns.intro') }}</p>
        <hw-concern-form [planId]="planId()" [choices]="choices()" (raised)="reload()" />
      }
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        @for (concern of list(); track concern.id) {
          <hw-concern-card
            [concern]="concern"
            [staff]="staff()"
            [planActive]="planActive()"
            (changed)="reload()"
          />
        } @empty {
          <p class="muted" data-testid="concerns-none">{{ t('concerns.none') }}</p>
        }
      }
    </div>
  `,
  styles: `
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ConcernsComponent {
  readonly planId = input.required<string>();
  readonly staff = input(false);
  readonly planActive = input(false);
  private readonly api = inject(ConcernsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly list = signal<Concern[]>([]);
  protected readonly choices = signal<ConcernChoices | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId, true));
    });
    // A concern raised, reviewed or settled elsewhere shows here without a reload.
    inject(LiveUpdates)
      .on('concerns', 'plan')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((update) => {
        if (onPlan(update, this.planId())) void this.load(this.planId(), false);
      });
  }

  protected reload(): void {
    void this.load(this.planId(), false);
  }

  private async load(planId: string, withChoices: boolean): Promise<void> {
    try {
      if (withChoices && !this.staff()) this.choices.set(await this.api.choices(planId));
      this.list.set(await this.api.list(planId));
      this.loadError.set('');
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    } finally {
      this.loaded.set(true);
    }
  }
}
