import { ChangeDetectionStrategy, Component } from '@angular/core';
import { FirstWeeksComponent } from '../shared/first-weeks/first-weeks.component';
import { MyPlanPartComponent } from './my-plan-part.component';

/** `/patient/first-weeks`: what I hope the first weeks at home will be like, beside my family's hopes. */
@Component({
  selector: 'hw-patient-first-weeks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MyPlanPartComponent, FirstWeeksComponent],
  template: `
    <hw-my-plan-part titleKey="firstWeeks.title" testId="patient-first-weeks">
      <ng-template let-planId>
        <hw-first-weeks [planId]="planId" area="patient" />
      </ng-template>
    </hw-my-plan-part>
  `,
})
export class PatientFirstWeeksPage {}
