import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SupportNetworkComponent } from '../shared/support-network/support-network.component';
import { FamilyTrackStaffComponent } from '../shared/family-track/family-track-staff.component';

/** `/staff/plans/:id/support`: the patient's support network (staff may help keep it) and the family's own track. */
@Component({
  selector: 'hw-plan-support-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    SupportNetworkComponent,
    FamilyTrackStaffComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="staff-plan-support">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('supportNetwork.backToPlan') }}</a
      >
      <h1>{{ t('supportNetwork.title') }}</h1>
      <p class="muted">{{ t('supportNetwork.staffIntro') }}</p>
      <hw-support-network
        [planId]="id()"
        [staff]="true"
        [centreLabel]="t('supportNetwork.thePatient')"
      />
      <h2>{{ t('familyTrack.staffTitle') }}</h2>
      <hw-family-track-staff [planId]="id()" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanSupportPage {
  readonly id = input.required<string>();
}
