import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContactType, MilestoneMeasure } from '@homeward/domain';
import { PlanMemberModel, StaffPlanMemberModel } from '../../plan-members/dto/plan-member.model';
import {
  ContactTypeEnum,
  MilestoneKindEnum,
  MilestoneMeasureEnum,
  MilestonePartyEnum,
  PhaseStageEnum,
} from '../../templates/dto/plan-template.model';
import { MILESTONE_STATUSES } from '../plan-milestone.entity';
import { PHASE_STATUSES } from '../plan-phase.entity';
import { PLAN_STATUSES } from '../plan.entity';
import { graphqlEnum } from '../../../platform/graphql-enum';

/** People on a plan are the plan-members feature's; named here too for the views that embed them. */
export {
  MemberKindEnum,
  MemberStatusEnum,
  PlanMemberModel,
  RelationshipEnum,
  StaffPlanMemberModel,
} from '../../plan-members/dto/plan-member.model';

export const PlanStatusEnum = graphqlEnum(PLAN_STATUSES, 'PlanStatus');
export const PhaseStatusEnum = graphqlEnum(PHASE_STATUSES, 'PhaseStatus');
export const MilestoneStatusEnum = graphqlEnum(MILESTONE_STATUSES, 'MilestoneStatus');

@ObjectType('Milestone')
export class MilestoneModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => MilestoneKindEnum)
  kind: keyof typeof MilestoneKindEnum;

  @Field(() => MilestonePartyEnum)
  party: keyof typeof MilestonePartyEnum;

  @Field(() => Int, { nullable: true })
  target: number | null;

  @Field(() => Int, { nullable: true })
  windowDays: number | null;

  @Field(() => MilestoneStatusEnum)
  status: keyof typeof MilestoneStatusEnum;

  @Field(() => MilestoneMeasureEnum, {
    nullable: true,
    description: 'What it counts or waits for; null for a manual milestone',
  })
  measure: MilestoneMeasure | null;

  @Field(() => ContactTypeEnum, {
    nullable: true,
    description: 'For an EVENT: the kind of visit that has to go well',
  })
  contactType: ContactType | null;

  @Field(() => Int, { description: 'Counted from the record (check-ins, visits), never typed in' })
  progress: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was first achieved; it stays achieved',
  })
  achievedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why staff waived it, when they did' })
  waivedReason: string | null;
}

@ObjectType('Phase')
export class PhaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => [ContactTypeEnum], { description: 'The kinds of contact this phase allows' })
  contactTypes: (keyof typeof ContactTypeEnum)[];

  @Field(() => PhaseStageEnum, {
    nullable: true,
    description: 'What reaching this phase starts: the trial homecoming, or aftercare',
  })
  stage: keyof typeof PhaseStageEnum | null;

  @Field(() => PhaseStatusEnum)
  status: keyof typeof PhaseStatusEnum;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => [MilestoneModel], {
    description: "What it takes to leave this phase: the patient's and the family's",
  })
  milestones: MilestoneModel[];
}

@ObjectType('PlanHistoryEntry')
export class PlanHistoryEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  kind: string;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given, when one was' })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;
}

@ObjectType('PlanPerson')
export class PlanPersonModel {
  @Field(() => ID, { description: 'The membership id' })
  id: string;

  @Field()
  displayName: string;
}

/** Fields every view of a plan shares. */
@ObjectType({ isAbstract: true })
export abstract class PlanBaseModel {
  @Field(() => ID)
  id: string;

  @Field(() => PlanStatusEnum)
  status: keyof typeof PlanStatusEnum;

  @Field(() => String, {
    nullable: true,
    description: 'A soft target for the homecoming (YYYY-MM-DD), never a deadline',
  })
  targetDate: string | null;

  @Field(() => PlanPersonModel)
  patient: PlanPersonModel;

  @Field(() => PlanPersonModel)
  primaryCounselor: PlanPersonModel;

  @Field(() => [PhaseModel], { description: 'The ladder in order' })
  phases: PhaseModel[];
}

@ObjectType('StaffPlan')
export class StaffPlanModel extends PlanBaseModel {
  @Field(() => String, { nullable: true })
  statusReason: string | null;

  @Field(() => Int, { description: 'The template version the plan started from' })
  templateVersion: number;

  @Field(() => [StaffPlanMemberModel])
  members: StaffPlanMemberModel[];

  @Field(() => [PlanHistoryEntryModel], { description: 'Every change, newest first' })
  history: PlanHistoryEntryModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  lastActivityAt: Date;
}

@ObjectType('PatientPlan')
export class PatientPlanModel extends PlanBaseModel {
  @Field(() => [PlanMemberModel])
  members: PlanMemberModel[];

  @Field(() => [PlanHistoryEntryModel], { description: 'Every change, newest first' })
  history: PlanHistoryEntryModel[];
}
