import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LapsePlanComponent } from '../shared/lapse/lapse-plan.component';
import { MyPlanPartComponent } from './my-plan-part.component';

/** `/patient/lapse-plan`: our plan for a hard day, and "something happened". */
@Component({
  selector: 'hw-patient-lapse-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MyPlanPartComponent, LapsePlanComponent],
  template: `
    <hw-my-plan-part titleKey="lapse.title" testId="patient-lapse-plan">
      <ng-template let-planId>
        <hw-lapse-plan [planId]="planId" area="patient" />
      </ng-template>
    </hw-my-plan-part>
  `,
})
export class PatientLapsePlanPage {}
