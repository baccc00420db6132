import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  TemplateRef,
  contentChild,
  inject,
  input,
  signal,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';

/**
 * A patient page that shows one part of their own plan (the first weeks, the trial homecoming,
 * the plan for a hard day): the way back home, the title, and the part drawn from the template
 * it holds once the plan's id is known (`<ng-template let-planId>`).
 */
@Component({
  selector: 'hw-my-plan-part',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, NgTemplateOutlet, RouterLink, TranslocoDirective],
  template: `
    <section *transloco="let t" [attr.data-testid]="testId()">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t(titleKey()) }}</h1>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (planId(); as planId) {
        <ng-container *ngTemplateOutlet="part(); context: { $implicit: planId }" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class MyPlanPartComponent implements OnInit {
  private readonly api = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  /** The translation key of the page's title. */
  readonly titleKey = input.required<string>();
  readonly testId = input.required<string>();
  protected readonly part = contentChild.required(TemplateRef<{ $implicit: string }>);
  protected readonly planId = signal<string | null>(null);
  protected readonly error = signal('');

  async ngOnInit(): Promise<void> {
    try {
      this.planId.set((await this.api.plan())?.id ?? null);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
