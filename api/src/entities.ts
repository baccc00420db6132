import { Notification } from './reaching/notifications/notification.entity';
import { NotificationPreference } from './reaching/notifications/notification-preference.entity';
import { SweepMark } from './reaching/notifications/sweep-mark.entity';
import { OutgoingMail } from './platform/mail/outgoing-mail.entity';
import { DomainEventRow } from './plan-changes/domain-event.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { CalendarFeed } from './track-record/calendar/calendar-feed.entity';
import { CheckIn } from './track-record/check-ins/check-in.entity';
import { PhaseProposalAnswer } from './track-record/phase-moves/phase-proposal-answer.entity';
import { PhaseProposal } from './track-record/phase-moves/phase-proposal.entity';
import { VisitDebrief } from './track-record/visits/visit-debrief.entity';
import { VisitParticipant } from './track-record/visits/visit-participant.entity';
import { Visit } from './track-record/visits/visit.entity';
import { BoundaryAcknowledgement } from './agreement/boundaries/boundary-acknowledgement.entity';
import { BoundaryVersion } from './agreement/boundaries/boundary-version.entity';
import { Boundary } from './agreement/boundaries/boundary.entity';
import { ContractSignature } from './agreement/home-contract/contract-signature.entity';
import { ContractVersion } from './agreement/home-contract/contract-version.entity';
import { Consent } from './planning/consents/consent.entity';
import { ExpectationAnswer } from './agreement/expectations/expectation-answer.entity';
import { ExpectationVersion } from './agreement/expectations/expectation-version.entity';
import { Expectation } from './agreement/expectations/expectation.entity';
import { Disclosure } from './planning/consents/disclosure.entity';
import { PlanMember } from './planning/plan-members/plan-member.entity';
import { PlanEvent } from './planning/plans/plan-event.entity';
import { PlanMilestone } from './planning/plans/plan-milestone.entity';
import { PlanPhase } from './planning/plans/plan-phase.entity';
import { PlanSummary } from './planning/plans/plan-summary.entity';
import { Plan } from './planning/plans/plan.entity';
import { PlanTemplate } from './planning/templates/plan-template.entity';
import { LoginAttempt } from './identity/auth/login-attempt.entity';
import { RecoveryCode } from './identity/auth/recovery-code.entity';
import { Session } from './identity/auth/session.entity';
import { Invitation } from './identity/invitations/invitation.entity';
import { PasswordReset } from './identity/password-reset/password-reset.entity';
import { Organization } from './identity/organizations/organization.entity';
import { Membership } from './identity/people/membership.entity';
import { User } from './identity/people/user.entity';
import { MessageThread } from './repair/messages/message-thread.entity';
import { MessageParticipant } from './repair/messages/message-participant.entity';
import { Message } from './repair/messages/message.entity';
import { MessageSeen } from './repair/messages/message-seen.entity';
import { Amends } from './repair/amends/amends.entity';
import { SafetyPlanVersion } from './safety/safety-plans/safety-plan-version.entity';
import { Concern } from './repair/concerns/concern.entity';
import { ConcernEntry } from './repair/concerns/concern-entry.entity';
import { RepairAgreement } from './repair/repair-agreements/repair-agreement.entity';
import { RepairCommitment } from './repair/repair-agreements/repair-commitment.entity';
import { RepairAcceptance } from './repair/repair-agreements/repair-acceptance.entity';
import { CommitmentMark } from './repair/repair-agreements/commitment-mark.entity';
import { LapsePlanVersion } from './safety/lapse/lapse-plan-version.entity';
import { LapsePlanAcceptance } from './safety/lapse/lapse-plan-acceptance.entity';
import { Lapse } from './safety/lapse/lapse.entity';
import { LapseStepCheck } from './safety/lapse/lapse-step-check.entity';

/** Every entity, listed so the bundle needs no file globbing. */
import { SupportPerson } from './safety/support-network/support-person.entity';
import { FamilyTrackItem } from './identity/family-track/family-track-item.entity';
import { FamilyTrackMarkRow } from './track-record/family-track/family-track-mark.entity';
import { FirstWeeksHope } from './agreement/first-weeks/first-weeks-hope.entity';
import { FirstWeeksSuggestion } from './agreement/first-weeks/first-weeks-suggestion.entity';
import { CheckInScheduleVersion } from './track-record/check-in-schedule/check-in-schedule-version.entity';
import { ClosingWordsVersion } from './track-record/closing-summary/closing-words-version.entity';

import { HomecomingTrial } from './homecoming/trial/trial.entity';
import { TrialConditionsVersion } from './homecoming/trial/trial-conditions-version.entity';
import { TrialSignature } from './homecoming/trial/trial-signature.entity';
import { HomeAnswer } from './homecoming/trial/home-answer.entity';
import { TrialReview } from './homecoming/trial/trial-review.entity';
export const ENTITIES = [
  OutgoingMail,
  Notification,
  NotificationPreference,
  SweepMark,
  Organization,
  User,
  Membership,
  Session,
  LoginAttempt,
  RecoveryCode,
  Invitation,
  PasswordReset,
  AuditEvent,
  PlanTemplate,
  Plan,
  PlanPhase,
  PlanMilestone,
  PlanEvent,
  PlanSummary,
  PlanMember,
  Consent,
  Disclosure,
  Expectation,
  ExpectationVersion,
  ExpectationAnswer,
  Boundary,
  BoundaryVersion,
  BoundaryAcknowledgement,
  ContractVersion,
  ContractSignature,
  CheckIn,
  Visit,
  VisitParticipant,
  VisitDebrief,
  CalendarFeed,
  PhaseProposal,
  PhaseProposalAnswer,
  DomainEventRow,
  MessageThread,
  MessageParticipant,
  Message,
  MessageSeen,
  Amends,
  Concern,
  ConcernEntry,
  RepairAgreement,
  RepairCommitment,
  RepairAcceptance,
  CommitmentMark,
  SafetyPlanVersion,
  LapsePlanVersion,
  LapsePlanAcceptance,
  Lapse,
  LapseStepCheck,
  SupportPerson,
  FamilyTrackItem,
  FamilyTrackMarkRow,
  FirstWeeksHope,
  FirstWeeksSuggestion,
  HomecomingTrial,
  TrialConditionsVersion,
  TrialSignature,
  HomeAnswer,
  TrialReview,
  CheckInScheduleVersion,
  ClosingWordsVersion,
];
