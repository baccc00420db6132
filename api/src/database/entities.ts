import { AuditEvent } from '../audit/audit-event.entity';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { CheckIn } from '../check-ins/check-in.entity';
import { PhaseProposalAnswer } from '../phase-moves/phase-proposal-answer.entity';
import { PhaseProposal } from '../phase-moves/phase-proposal.entity';
import { VisitDebrief } from '../visits/visit-debrief.entity';
import { VisitParticipant } from '../visits/visit-participant.entity';
import { Visit } from '../visits/visit.entity';
import { BoundaryAcknowledgement } from '../boundaries/boundary-acknowledgement.entity';
import { BoundaryVersion } from '../boundaries/boundary-version.entity';
import { Boundary } from '../boundaries/boundary.entity';
import { ContractSignature } from '../home-contract/contract-signature.entity';
import { ContractVersion } from '../home-contract/contract-version.entity';
import { Consent } from '../consents/consent.entity';
import { ExpectationAnswer } from '../expectations/expectation-answer.entity';
import { ExpectationVersion } from '../expectations/expectation-version.entity';
import { Expectation } from '../expectations/expectation.entity';
import { Disclosure } from '../consents/disclosure.entity';
import { PlanMember } from '../plan-members/plan-member.entity';
import { PlanEvent } from '../plans/plan-event.entity';
import { PlanMilestone } from '../plans/plan-milestone.entity';
import { PlanPhase } from '../plans/plan-phase.entity';
import { Plan } from '../plans/plan.entity';
import { PlanTemplate } from '../templates/plan-template.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Invitation } from '../invitations/invitation.entity';
import { Organization } from '../organizations/organization.entity';
import { Membership } from '../people/membership.entity';
import { User } from '../people/user.entity';

/** Every entity, listed so the bundle needs no file globbing. */
export const ENTITIES = [
  Organization,
  User,
  Membership,
  Session,
  LoginAttempt,
  Invitation,
  AuditEvent,
  PlanTemplate,
  Plan,
  PlanPhase,
  PlanMilestone,
  PlanEvent,
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
];
