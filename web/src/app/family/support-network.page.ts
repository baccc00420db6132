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
import { SupportNetworkComponent } from '../shared/support-network/support-network.component';

/** `/family/support-network/:planId`: the patient's network when they share it with me (names and marks, with the §2.32 notice). */
@Component({
  selector: 'hw-family-support-network-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, SupportNetworkComponent],
  template: `
    <section *transloco="let t" data-testid="family-support-network">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('supportNetwork.familyTitle', { name: patientName() }) }}</h1>
      <p class="muted">{{ t('supportNetwork.familyIntro', { name: firstName() }) }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <hw-support-network [planId]="planId()" [centreLabel]="firstName()" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilySupportNetworkPage {
  readonly planId = input.required<string>();
  private readonly api = inject(VisitsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly patientName = signal('');
  protected readonly firstName = signal('');
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
      const name =
        (await this.api.participants(planId)).find((p) => p.kind === 'PATIENT')?.displayName ?? '';
      this.patientName.set(name);
      this.firstName.set(name.split(' ')[0] ?? '');
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
