import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { AmendsComponent } from './amends.component';
import { MessagesComponent } from './messages.component';

export type RepairArea = 'patient' | 'family' | 'staff';
export type RepairWhat = 'messages' | 'amends';

/**
 * `/patient/messages`, `/family/messages/:planId`, `/staff/plans/:id/messages` and the same for
 * amends: one page for each experience, told by the route which area and what it shows.
 */
@Component({
  selector: 'hw-repair-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, MessagesComponent, AmendsComponent],
  template: `
    <section *transloco="let t" [attr.data-testid]="area() + '-' + what()">
      <a mat-button [routerLink]="back()" class="back">← {{ t('common.back') }}</a>
      <h1>{{ t(what() === 'messages' ? 'messages.title' : 'amends.title') }}</h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (plan(); as planId) {
        @if (what() === 'messages') {
          <hw-messages [planId]="planId" [mode]="area() === 'staff' ? 'staff' : 'member'" />
        } @else {
          <hw-amends [planId]="planId" [role]="area()" />
        }
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class RepairPage {
  readonly area = input.required<RepairArea>();
  readonly what = input.required<RepairWhat>();
  /** The family's and staff's routes name the plan; the patient's is their own. */
  readonly planId = input<string>();
  readonly id = input<string>();
  private readonly myPlan = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  private readonly ownPlan = signal<string | null>(null);
  protected readonly loadError = signal('');
  protected readonly plan = computed(() => this.planId() ?? this.id() ?? this.ownPlan());
  protected readonly back = computed(() => {
    const area = this.area();
    return area === 'staff' ? `/staff/plans/${this.plan() ?? ''}` : `/${area}`;
  });

  constructor() {
    effect(() => {
      if (this.area() !== 'patient') return;
      untracked(() => void this.loadOwn());
    });
  }

  private async loadOwn(): Promise<void> {
    try {
      this.ownPlan.set((await this.myPlan.plan())?.id ?? null);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
