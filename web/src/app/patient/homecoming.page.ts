import { ChangeDetectionStrategy, Component } from '@angular/core';
import { HomecomingTrialComponent } from '../shared/homecoming/homecoming-trial.component';
import { MyPlanPartComponent } from './my-plan-part.component';

/** `/patient/homecoming`: the trial homecoming's days, the conditions to sign, "how is home?". */
@Component({
  selector: 'hw-patient-homecoming-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MyPlanPartComponent, HomecomingTrialComponent],
  template: `
    <hw-my-plan-part titleKey="homecoming.title" testId="patient-homecoming">
      <ng-template let-planId>
        <hw-homecoming-trial [planId]="planId" area="patient" />
      </ng-template>
    </hw-my-plan-part>
  `,
})
export class PatientHomecomingPage {}
