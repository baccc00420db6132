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
import { HomecomingApi, HomecomingTrial } from '@homeward/web-data-access';

/** On a home page: the trial homecoming, once there is one, with what waits for the reader. */
@Component({
  selector: 'hw-homecoming-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  template: `
    @if (trial(); as trial) {
      <p *transloco="let t" class="link" data-testid="homecoming-link">
        <a mat-stroked-button [routerLink]="link()">{{ t('homecoming.open') }}</a>
        @if (trial.awaitingMySignature) {
          <span class="waiting">{{ t('homecoming.toSign') }}</span>
        } @else if (trial.status === 'OPEN' && !trial.answeredThisWeek && !staff()) {
          <span class="waiting">{{ t('homecoming.toAnswer') }}</span>
        } @else if (trial.reviewDue && staff()) {
          <span class="waiting">{{ t('homecoming.reviewDue') }}</span>
        }
      </p>
    }
  `,
  styles: `
    .link {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .waiting {
      color: var(--mat-sys-primary);
    }
  `,
})
export class HomecomingLinkComponent {
  readonly planId = input.required<string>();
  readonly link = input.required<string | unknown[]>();
  readonly staff = input(false);
  private readonly api = inject(HomecomingApi);
  protected readonly trial = signal<HomecomingTrial | null>(null);

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() =>
        this.api.trial(planId).then(
          (trial) => this.trial.set(trial),
          // The home page stays whole without it: the link is only a way in.
          () => this.trial.set(null),
        ),
      );
    });
  }
}
