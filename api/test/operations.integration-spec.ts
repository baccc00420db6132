import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@homeward/domain';
import { AgreementResolver } from '../src/agreement/agreement.resolver';
import { AuditResolver } from '../src/audit/audit.resolver';
import { NotificationsResolver } from '../src/reaching/notifications/notifications.resolver';
import { BoundariesResolver } from '../src/agreement/boundaries/boundaries.resolver';
import { CalendarResolver } from '../src/track-record/calendar/calendar.resolver';
import { CheckInsResolver } from '../src/track-record/check-ins/check-ins.resolver';
import { PhaseMovesResolver } from '../src/track-record/phase-moves/phase-moves.resolver';
import { TrackRecordResolver } from '../src/track-record/track-record.resolver';
import { VisitsResolver } from '../src/track-record/visits/visits.resolver';
import { ExpectationsResolver } from '../src/agreement/expectations/expectations.resolver';
import { AuthResolver } from '../src/identity/auth/auth.resolver';
import { PERMISSION_KEY, PUBLIC_KEY } from '../src/platform/decorators';
import { InvitationsResolver } from '../src/identity/invitations/invitations.resolver';
import { PasswordResetResolver } from '../src/identity/password-reset/password-reset.resolver';
import { PeopleResolver } from '../src/identity/people/people.resolver';
import {
  ConsentsResolver,
  PatientPlanConsentsResolver,
} from '../src/planning/consents/consents.resolver';
import { PlanMembersResolver } from '../src/planning/plan-members/plan-members.resolver';
import { PlansResolver } from '../src/planning/plans/plans.resolver';
import { TemplatesResolver } from '../src/planning/templates/templates.resolver';
import { LiveUpdatesResolver } from '../src/reaching/live/live-updates.resolver';
import { ConcernsResolver } from '../src/repair/concerns/concerns.resolver';
import { RepairAgreementsResolver } from '../src/repair/repair-agreements/repair-agreements.resolver';
import { MessagesResolver } from '../src/repair/messages/messages.resolver';
import { AmendsResolver } from '../src/repair/amends/amends.resolver';
import { ProgramSettingsResolver } from '../src/identity/organizations/program-settings.resolver';
import { SafetyPlansResolver } from '../src/safety/safety-plans/safety-plans.resolver';
import { LapseResolver } from '../src/safety/lapse/lapse.resolver';
import { TrialResolver } from '../src/homecoming/trial/trial.resolver';
import { SupportNetworkResolver } from '../src/safety/support-network/support-network.resolver';
import { FamilyTrackCatalogueResolver } from '../src/identity/family-track/family-track-catalogue.resolver';
import { FamilyTrackResolver } from '../src/track-record/family-track/family-track.resolver';
import { FirstWeeksResolver } from '../src/agreement/first-weeks/first-weeks.resolver';
import { CheckInScheduleResolver } from '../src/track-record/check-in-schedule/check-in-schedule.resolver';
import { ClosingSummaryResolver } from '../src/track-record/closing-summary/closing-summary.resolver';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

/**
 * Every root operation with the permission it declares. A change here is a permission change:
 * review it as one (STYLE 8).
 */
const DECLARED = {
  'Mutation.acceptInvitation': '@Public',
  'Mutation.addFamilyMember': 'plan.manage',
  'Mutation.createPlan': 'plan.create',
  'Mutation.grantConsent': 'consent.manage',
  'Mutation.removePlanMember': 'plan.manage',
  'Mutation.respondToFamilyInvitation': 'member.approve',
  'Mutation.revokeConsent': 'consent.manage',
  'Mutation.setContactRestriction': 'plan.manage',
  'Mutation.setPlanStatus': 'plan.manage',
  'Mutation.updatePlan': 'plan.manage',
  'Mutation.updatePlanTemplate': 'template.edit',
  'Query.caseload': 'caseload.list',
  'Query.consentPreview': 'consent.manage',
  'Query.familyPlans': 'plan.familyView',
  'Query.myDisclosures': 'consent.manage',
  'Query.myPlan': 'plan.patientView',
  'Query.plan': 'plan.manage',
  'Query.planTemplate': 'template.read',
  'Mutation.changePassword': 'session.self',
  'Mutation.confirmTotpEnrollment': 'mfa.manage',
  'Mutation.createInvitation': 'invitation.create',
  'Mutation.disablePerson': 'person.disable',
  'Mutation.enablePerson': 'person.disable',
  'Mutation.login': '@Public',
  'Mutation.logout': 'session.self',
  'Mutation.revokeInvitation': 'invitation.revoke',
  'Mutation.setLanguage': 'session.self',
  'Mutation.chooseMembership': 'session.self',
  'Mutation.startTotpEnrollment': 'mfa.manage',
  'Mutation.regenerateRecoveryCodes': 'mfa.manage',
  'Query.auditEvents': 'audit.list',
  'Query.auditExport': 'audit.export',
  'Query.invitationPreview': '@Public',
  'Query.invitations': 'invitation.list',
  'Query.me': 'session.self',
  'Query.people': 'people.list',
  'Mutation.proposeExpectation': 'agreement.takePart',
  'Mutation.reviseExpectation': 'agreement.takePart',
  'Mutation.answerExpectation': 'agreement.takePart',
  'Mutation.commentOnExpectation': 'agreement.coach',
  'Mutation.stateBoundary': 'agreement.takePart',
  'Mutation.reviseBoundary': 'agreement.takePart',
  'Mutation.acknowledgeBoundary': 'agreement.takePart',
  'Mutation.signHomeContract': 'agreement.takePart',
  'Query.agreement': 'agreement.read',
  'Query.expectationGap': 'agreement.coach',
  'Query.waitingOnMe': 'agreement.read',
  'Query.homeContract': 'agreement.read',
  'Query.homeContractPdf': 'agreement.read',
  'Mutation.submitCheckIn': 'checkIn.patient',
  'Mutation.submitFamilyCheckIn': 'checkIn.family',
  'Mutation.requestVisit': 'visit.request',
  'Mutation.approveVisit': 'visit.manage',
  'Mutation.respondToVisit': 'visit.respond',
  'Mutation.closeVisit': 'visit.manage',
  'Mutation.debriefVisit': 'visit.debrief',
  'Mutation.enableCalendarFeed': 'calendar.manage',
  'Mutation.revokeCalendarFeed': 'calendar.manage',
  'Mutation.proposeNextPhase': 'phase.move',
  'Mutation.answerPhaseProposal': 'phase.answer',
  'Mutation.stepBackPhase': 'phase.move',
  'Mutation.askToPause': 'plan.askPause',
  'Mutation.decideMilestone': 'milestone.decide',
  'Query.myCheckIns': 'checkIn.own',
  'Query.visits': 'trackRecord.read',
  'Query.myCalendarFeed': 'calendar.manage',
  'Query.phaseProposal': 'trackRecord.read',
  'Query.trackRecord': 'trackRecord.read',
  'Mutation.setTimeZone': 'session.self',
  'Query.notifications': 'notification.own',
  'Query.unreadNotificationCount': 'notification.own',
  'Query.notificationSettings': 'notification.own',
  'Mutation.markNotificationRead': 'notification.own',
  'Mutation.markAllNotificationsRead': 'notification.own',
  'Mutation.updateNotificationSettings': 'notification.own',
  'Mutation.requestPasswordReset': '@Public',
  'Mutation.resetPassword': '@Public',
  'Subscription.liveUpdates': 'live.subscribe',
  'Mutation.raiseConcern': 'concern.raise',
  'Mutation.reviewConcern': 'concern.manage',
  'Mutation.openConcernDiscussion': 'concern.manage',
  'Mutation.commentOnConcern': 'concern.takePart',
  'Mutation.closeConcern': 'concern.manage',
  'Mutation.pauseVisitsForConcern': 'concern.manage',
  'Query.concerns': 'concern.read',
  'Query.concern': 'concern.read',
  'Query.concernQueue': 'concern.queue',
  'Mutation.proposeRepair': 'concern.manage',
  'Mutation.acceptRepair': 'repair.takePart',
  'Mutation.markCommitment': 'repair.takePart',
  'Mutation.confirmCommitment': 'concern.manage',
  'Query.messageThreads': 'message.read',
  'Query.messageThread': 'message.read',
  'Mutation.startMessageThread': 'message.write',
  'Mutation.sendMessage': 'message.write',
  'Mutation.joinMessageThread': 'message.join',
  'Mutation.markMessageThreadSeen': 'message.read',
  'Query.amends': 'amends.read',
  'Mutation.prepareAmends': 'amends.prepare',
  'Mutation.reviewAmends': 'amends.review',
  'Mutation.chooseAmends': 'amends.answer',
  'Mutation.replyToAmends': 'amends.answer',
  'Query.programSettings': 'program.manage',
  'Mutation.updateProgramSettings': 'program.manage',
  'Query.crisisResources': 'crisisResources.read',
  'Query.safetyPlan': 'safetyPlan.read',
  'Query.safetyPlanPdf': 'safetyPlan.read',
  'Mutation.saveSafetyPlan': 'safetyPlan.write',
  'Query.lapsePlan': 'lapse.read',
  'Mutation.proposeLapsePlan': 'lapse.manage',
  'Mutation.acceptLapsePlan': 'lapse.takePart',
  'Mutation.recordSomethingHappened': 'lapse.record',
  'Mutation.checkStepBackIn': 'lapse.manage',
  'Mutation.resumeAfterLapse': 'lapse.manage',
  'Query.supportNetwork': 'supportNetwork.read',
  'Mutation.addSupportPerson': 'supportNetwork.keep',
  'Mutation.changeSupportPerson': 'supportNetwork.keep',
  'Mutation.retireSupportPerson': 'supportNetwork.keep',
  'Query.familyTrackCatalogue': 'familyTrack.catalogue',
  'Mutation.defineFamilyTrackItem': 'familyTrack.define',
  'Mutation.retireFamilyTrackItem': 'familyTrack.define',
  'Query.familyTrack': 'familyTrack.read',
  'Mutation.markFamilyTrack': 'familyTrack.mark',
  'Query.firstWeeks': 'agreement.read',
  'Mutation.writeFirstWeeksHope': 'agreement.takePart',
  'Mutation.suggestFirstWeeks': 'agreement.coach',
  'Query.homecomingTrial': 'trial.read',
  'Mutation.publishTrialConditions': 'trial.manage',
  'Mutation.signTrialConditions': 'trial.takePart',
  'Mutation.sayHowHomeIs': 'trial.takePart',
  'Mutation.reviewTrial': 'trial.manage',
  'Query.checkInSchedule': 'trackRecord.read',
  'Mutation.setCheckInSchedule': 'plan.manage',
  'Query.closingSummary': 'trackRecord.read',
  'Mutation.completePlan': 'plan.manage',
  'Mutation.reviseClosingWords': 'plan.manage',
};

/**
 * For every mutation, a call with malformed input: it must answer BAD_USER_INPUT (or be
 * refused by GraphQL validation) and write nothing.
 */
const MALFORMED: Record<string, { query: string; variables?: Record<string, unknown>; as?: Role }> =
  {
    'Mutation.addFamilyMember': {
      query: 'mutation($i: AddFamilyMemberInput!) { addFamilyMember(input: $i) { acceptUrl } }',
      variables: { i: { planId: 'x', email: 'no', displayName: '', relationship: 'PARENT' } },
    },
    'Mutation.createPlan': {
      query: 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
      variables: { i: { patientId: 'nobody', targetDate: 'soon' } },
    },
    'Mutation.grantConsent': {
      query: 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
      variables: {
        i: {
          memberId: '00000000-0000-4000-8000-000000000000',
          categories: [],
          purpose: '',
          expiresAt: '2026-12-31T00:00:00Z',
          signature: '',
        },
      },
      as: 'PATIENT',
    },
    'Mutation.removePlanMember': {
      query: 'mutation($i: RemovePlanMemberInput!) { removePlanMember(input: $i) { id } }',
      variables: { i: { memberId: 'x', reason: '' } },
    },
    'Mutation.respondToFamilyInvitation': {
      query:
        'mutation { respondToFamilyInvitation(input: { memberId: "x", approve: maybe }) { id } }',
    },
    'Mutation.revokeConsent': {
      query: 'mutation { revokeConsent(id: "everything") { id } }',
      as: 'PATIENT',
    },
    'Mutation.setContactRestriction': {
      query:
        'mutation($i: SetContactRestrictionInput!) { setContactRestriction(input: $i) { id } }',
      variables: {
        i: { memberId: '00000000-0000-4000-8000-000000000000', restricted: true, note: '' },
      },
    },
    'Mutation.setPlanStatus': {
      query: 'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { id } }',
      variables: {
        i: { id: '00000000-0000-4000-8000-000000000000', status: 'COMPLETED', reason: 'x' },
      },
    },
    'Mutation.updatePlan': {
      query: 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }',
      variables: { i: { id: '00000000-0000-4000-8000-000000000000', targetDate: '31/12/2026' } },
    },
    'Mutation.updatePlanTemplate': {
      query: 'mutation($i: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $i) { id } }',
      variables: { i: { phases: [] } },
    },
    'Mutation.acceptInvitation': {
      query: 'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id } }',
      variables: { i: { token: 'x', displayName: '', password: 'p' } },
    },
    'Mutation.changePassword': {
      query: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
      variables: { i: { currentPassword: '', newPassword: 'x' } },
    },
    'Mutation.confirmTotpEnrollment': {
      query: 'mutation { confirmTotpEnrollment(code: "12ab56") { me { id } } }',
    },
    'Mutation.regenerateRecoveryCodes': {
      query: 'mutation { regenerateRecoveryCodes(code: "one two") }',
    },
    'Mutation.createInvitation': {
      query: 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { acceptUrl } }',
      variables: { i: { email: 'not an email', role: 'FAMILY' } },
    },
    'Mutation.disablePerson': { query: 'mutation { disablePerson(id: "42") { id } }' },
    'Mutation.enablePerson': { query: 'mutation { enablePerson(id: "not-a-uuid") { id } }' },
    'Mutation.login': {
      query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
      variables: { i: { email: 'nope', password: '' } },
    },
    'Mutation.logout': { query: 'mutation { logout(everywhere: true) }' },
    'Mutation.requestPasswordReset': {
      query: 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }',
      variables: { i: { email: 'not an address' } },
    },
    'Mutation.resetPassword': {
      query: 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }',
      variables: { i: { token: 'x'.repeat(300), newPassword: 'a new passphrase of my own' } },
    },
    'Mutation.revokeInvitation': { query: 'mutation { revokeInvitation(id: "1 OR 1=1") { id } }' },
    'Mutation.startTotpEnrollment': {
      query: 'mutation { startTotpEnrollment(secret: "mine") { secret } }',
    },
    'Mutation.setLanguage': { query: 'mutation { setLanguage(language: KLINGON) { id } }' },
    'Mutation.chooseMembership': { query: 'mutation { chooseMembership(id: "admin") { id } }' },
    'Mutation.proposeExpectation': {
      query: 'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }',
      variables: {
        i: {
          planId: 'x',
          fromMemberId: 'y',
          toMemberId: 'y',
          category: 'CONTACT',
          text: '   ',
          appliesFromPhase: 0,
        },
      },
      as: 'PATIENT',
    },
    'Mutation.reviseExpectation': {
      query: 'mutation($i: ReviseExpectationInput!) { reviseExpectation(input: $i) { id } }',
      variables: {
        i: {
          expectationId: '00000000-0000-4000-8000-000000000000',
          version: 1,
          text: '',
          reviewOn: 'next week',
        },
      },
      as: 'PATIENT',
    },
    'Mutation.answerExpectation': {
      query: 'mutation($i: AnswerExpectationInput!) { answerExpectation(input: $i) { id } }',
      variables: {
        i: { expectationId: '00000000-0000-4000-8000-000000000000', version: 0, decision: 'MAYBE' },
      },
      as: 'FAMILY',
    },
    'Mutation.commentOnExpectation': {
      query: 'mutation($i: CommentOnExpectationInput!) { commentOnExpectation(input: $i) { id } }',
      variables: { i: { expectationId: 'x', comment: ' ' } },
      as: 'COUNSELOR',
    },
    'Mutation.stateBoundary': {
      query: 'mutation($i: StateBoundaryInput!) { stateBoundary(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          category: 'HOUSEHOLD',
          need: '',
          ifCrossed: 'x',
          appliesToMemberIds: [],
          visibility: 'PLAN',
        },
      },
      as: 'FAMILY',
    },
    'Mutation.reviseBoundary': {
      query: 'mutation($i: ReviseBoundaryInput!) { reviseBoundary(input: $i) { id } }',
      variables: {
        i: {
          boundaryId: '00000000-0000-4000-8000-000000000000',
          need: 'x',
          ifCrossed: '',
          appliesToMemberIds: ['nope'],
          visibility: 'EVERYONE',
        },
      },
      as: 'FAMILY',
    },
    'Mutation.acknowledgeBoundary': {
      query: 'mutation($i: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $i) { id } }',
      variables: { i: { boundaryId: 'x', version: -1 } },
      as: 'PATIENT',
    },
    'Mutation.submitCheckIn': {
      query: 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          idempotencyKey: 'x',
          mood: 6,
          craving: -1,
          attendedMeeting: true,
        },
      },
      as: 'PATIENT',
    },
    'Mutation.submitFamilyCheckIn': {
      query: 'mutation($i: FamilyCheckInInput!) { submitFamilyCheckIn(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          idempotencyKey: 'a-good-key-1',
          stress: 0,
          wantsSupport: true,
          attendedMeeting: false,
        },
      },
      as: 'FAMILY',
    },
    'Mutation.requestVisit': {
      query: 'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          contactType: 'PICNIC',
          startsAt: 'tomorrow',
          endsAt: 'later',
          place: '',
          participantMemberIds: [],
        },
      },
      as: 'PATIENT',
    },
    'Mutation.approveVisit': {
      query: 'mutation($i: ApproveVisitInput!) { approveVisit(input: $i) { id } }',
      variables: { i: { visitId: 'x' } },
      as: 'COUNSELOR',
    },
    'Mutation.respondToVisit': {
      query: 'mutation($i: RespondToVisitInput!) { respondToVisit(input: $i) { id } }',
      variables: { i: { visitId: '00000000-0000-4000-8000-000000000000', willing: 'perhaps' } },
      as: 'FAMILY',
    },
    'Mutation.closeVisit': {
      query: 'mutation($i: CloseVisitInput!) { closeVisit(input: $i) { id } }',
      variables: { i: { visitId: '00000000-0000-4000-8000-000000000000', outcome: 'FAILED' } },
      as: 'COUNSELOR',
    },
    'Mutation.debriefVisit': {
      query: 'mutation($i: DebriefVisitInput!) { debriefVisit(input: $i) { id } }',
      variables: {
        i: {
          visitId: '00000000-0000-4000-8000-000000000000',
          rating: 9,
          boundariesRespected: true,
        },
      },
      as: 'PATIENT',
    },
    'Mutation.enableCalendarFeed': {
      query: 'mutation { enableCalendarFeed(planId: "not-a-plan") { url } }',
      as: 'PATIENT',
    },
    'Mutation.revokeCalendarFeed': {
      query: 'mutation { revokeCalendarFeed(planId: "not-a-plan") { enabled } }',
      as: 'FAMILY',
    },
    'Mutation.proposeNextPhase': {
      query: 'mutation($i: ProposeNextPhaseInput!) { proposeNextPhase(input: $i) { id } }',
      variables: { i: { planId: '00000000-0000-4000-8000-000000000000', reason: '  ' } },
      as: 'COUNSELOR',
    },
    'Mutation.answerPhaseProposal': {
      query: 'mutation($i: AnswerPhaseProposalInput!) { answerPhaseProposal(input: $i) { id } }',
      variables: { i: { proposalId: 'x', agree: true } },
      as: 'PATIENT',
    },
    'Mutation.stepBackPhase': {
      query: 'mutation($i: StepBackPhaseInput!) { stepBackPhase(input: $i) }',
      variables: {
        i: { planId: '00000000-0000-4000-8000-000000000000', reason: 'Needs time', waitDays: 400 },
      },
      as: 'COUNSELOR',
    },
    'Mutation.askToPause': {
      query: 'mutation($i: AskToPauseInput!) { askToPause(input: $i) }',
      variables: { i: { planId: 'nope' } },
      as: 'FAMILY',
    },
    'Mutation.decideMilestone': {
      query: 'mutation($i: DecideMilestoneInput!) { decideMilestone(input: $i) }',
      variables: { i: { milestoneId: '00000000-0000-4000-8000-000000000000', decision: 'IGNORE' } },
      as: 'COUNSELOR',
    },
    'Mutation.setTimeZone': {
      query: 'mutation { setTimeZone(timeZone: "Mars/Olympus_Mons") { id } }',
      as: 'FAMILY',
    },
    'Mutation.markNotificationRead': {
      query: 'mutation { markNotificationRead(id: "not-an-id") }',
      as: 'FAMILY',
    },
    'Mutation.markAllNotificationsRead': {
      query: 'mutation { markAllNotificationsRead(everything: true) }',
      as: 'FAMILY',
    },
    'Mutation.updateNotificationSettings': {
      query:
        'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { digest } }',
      variables: {
        i: {
          emailGroups: ['WAITING'],
          digest: true,
          digestTime: '25:99',
          quietFrom: null,
          quietUntil: null,
          checkInReminderAt: null,
          caseloadDigest: false,
          allPaused: false,
        },
      },
      as: 'FAMILY',
    },
    'Mutation.signHomeContract': {
      query: 'mutation($i: SignHomeContractInput!) { signHomeContract(input: $i) { version } }',
      variables: {
        i: { planId: '00000000-0000-4000-8000-000000000000', version: 1, typedName: '   ' },
      },
      as: 'PATIENT',
    },
    'Mutation.raiseConcern': {
      query: 'mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          subject: 'SAFETY',
          severity: 'SAFETY',
          aboutMemberIds: [],
          words: '   ',
        },
      },
      as: 'FAMILY',
    },
    'Mutation.reviewConcern': {
      query: 'mutation($i: ReviewConcernInput!) { reviewConcern(input: $i) { id } }',
      variables: { i: { concernId: '00000000-0000-4000-8000-000000000000', framing: '' } },
      as: 'COUNSELOR',
    },
    'Mutation.openConcernDiscussion': {
      query:
        'mutation($i: OpenConcernDiscussionInput!) { openConcernDiscussion(input: $i) { id } }',
      variables: { i: { concernId: 'x', partyMemberIds: [] } },
      as: 'COUNSELOR',
    },
    'Mutation.commentOnConcern': {
      query: 'mutation($i: CommentOnConcernInput!) { commentOnConcern(input: $i) { id } }',
      variables: { i: { concernId: '00000000-0000-4000-8000-000000000000', words: '  ' } },
      as: 'PATIENT',
    },
    'Mutation.closeConcern': {
      query: 'mutation($i: CloseConcernInput!) { closeConcern(input: $i) { id } }',
      variables: { i: { concernId: '00000000-0000-4000-8000-000000000000', reason: 'FAILED' } },
      as: 'COUNSELOR',
    },
    'Mutation.pauseVisitsForConcern': {
      query:
        'mutation($i: PauseVisitsForConcernInput!) { pauseVisitsForConcern(input: $i) { id } }',
      variables: { i: { concernId: 'not-an-id' } },
      as: 'COUNSELOR',
    },
    'Mutation.proposeRepair': {
      query: 'mutation($i: ProposeRepairInput!) { proposeRepair(input: $i) { id } }',
      variables: { i: { concernId: '00000000-0000-4000-8000-000000000000', commitments: [] } },
      as: 'COUNSELOR',
    },
    'Mutation.acceptRepair': {
      query: 'mutation($i: AcceptRepairInput!) { acceptRepair(input: $i) { id } }',
      variables: { i: { agreementId: 'x' } },
      as: 'FAMILY',
    },
    'Mutation.markCommitment': {
      query: 'mutation($i: MarkCommitmentInput!) { markCommitment(input: $i) { id } }',
      variables: { i: { commitmentId: '00000000-0000-4000-8000-000000000000', outcome: 'FAILED' } },
      as: 'PATIENT',
    },
    'Mutation.confirmCommitment': {
      query: 'mutation($i: MarkCommitmentInput!) { confirmCommitment(input: $i) { id } }',
      variables: { i: { commitmentId: 'x', outcome: 'KEPT' } },
      as: 'COUNSELOR',
    },
    'Mutation.startMessageThread': {
      query: 'mutation($i: StartMessageThreadInput!) { startMessageThread(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          memberIds: [],
          body: '   ',
          idempotencyKey: 'k',
        },
      },
      as: 'PATIENT',
    },
    'Mutation.sendMessage': {
      query: 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }',
      variables: { i: { threadId: 'not-an-id', body: '', idempotencyKey: '' } },
      as: 'FAMILY',
    },
    'Mutation.joinMessageThread': {
      query: 'mutation($id: ID!) { joinMessageThread(id: $id) { id } }',
      variables: { id: 'not-an-id' },
      as: 'COUNSELOR',
    },
    'Mutation.markMessageThreadSeen': {
      query: 'mutation($id: ID!) { markMessageThreadSeen(id: $id) { id } }',
      variables: { id: 'not-an-id' },
      as: 'PATIENT',
    },
    'Mutation.prepareAmends': {
      query: 'mutation($i: PrepareAmendsInput!) { prepareAmends(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          recipientMemberId: 'x',
          whatHappened: ' ',
          responsibility: '',
          willDoDifferently: '',
        },
      },
      as: 'PATIENT',
    },
    'Mutation.reviewAmends': {
      query: 'mutation($id: ID!) { reviewAmends(id: $id) { id } }',
      variables: { id: 'not-an-id' },
      as: 'COUNSELOR',
    },
    'Mutation.chooseAmends': {
      query: 'mutation($i: ChooseAmendsInput!) { chooseAmends(input: $i) { id } }',
      variables: { i: { id: 'x', choice: 'LATER' } },
      as: 'FAMILY',
    },
    'Mutation.replyToAmends': {
      query: 'mutation($i: ReplyToAmendsInput!) { replyToAmends(input: $i) { id } }',
      variables: {
        i: { id: '00000000-0000-4000-8000-000000000000', reply: '  ', visibility: 'PATIENT' },
      },
      as: 'FAMILY',
    },
    'Mutation.updateProgramSettings': {
      query:
        'mutation($i: UpdateProgramSettingsInput!) { updateProgramSettings(input: $i) { name } }',
      variables: {
        i: {
          name: 'Program',
          timeZone: 'America/Chicago',
          crisisResourcesEn: [{ label: 'Chat', kind: 'CHAT', value: 'http://chat.example.org' }],
          crisisResourcesEs: [],
        },
      },
      as: 'ADMIN',
    },
    'Mutation.saveSafetyPlan': {
      query: 'mutation($i: SaveSafetyPlanInput!) { saveSafetyPlan(input: $i) { planId } }',
      variables: {
        i: {
          planId: 'x',
          warningSigns: ['x'.repeat(301)],
          copingStrategies: [],
          distractions: [],
          peopleToAsk: [],
          professionals: [],
          saferSurroundings: [],
        },
      },
      as: 'PATIENT',
    },
    'Mutation.proposeLapsePlan': {
      query: 'mutation($i: ProposeLapsePlanInput!) { proposeLapsePlan(input: $i) { planId } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          whatItMeans: ' ',
          toldMemberIds: [],
          pausesVisits: true,
          maxPauseDays: 500,
          stepsBackIn: [],
        },
      },
      as: 'COUNSELOR',
    },
    'Mutation.acceptLapsePlan': {
      query: 'mutation($i: AcceptLapsePlanInput!) { acceptLapsePlan(input: $i) { planId } }',
      variables: { i: { versionId: 'x' } },
      as: 'FAMILY',
    },
    'Mutation.recordSomethingHappened': {
      query:
        'mutation($i: RecordSomethingHappenedInput!) { recordSomethingHappened(input: $i) { planId } }',
      variables: { i: { planId: '00000000-0000-4000-8000-000000000000', happenedOn: 'yesterday' } },
      as: 'PATIENT',
    },
    'Mutation.checkStepBackIn': {
      query: 'mutation($i: CheckStepBackInInput!) { checkStepBackIn(input: $i) { planId } }',
      variables: { i: { lapseId: '00000000-0000-4000-8000-000000000000', position: -1 } },
      as: 'COUNSELOR',
    },
    'Mutation.resumeAfterLapse': {
      query: 'mutation($i: ResumeAfterLapseInput!) { resumeAfterLapse(input: $i) { planId } }',
      variables: { i: { lapseId: 'not-an-id' } },
      as: 'COUNSELOR',
    },
    'Mutation.addSupportPerson': {
      query: 'mutation($i: AddSupportPersonInput!) { addSupportPerson(input: $i) { id } }',
      variables: {
        i: { planId: 'x', kind: 'SPONSOR', name: ' ', mark: 'SAFE', contact: 'x'.repeat(201) },
      },
      as: 'PATIENT',
    },
    'Mutation.changeSupportPerson': {
      query: 'mutation($i: ChangeSupportPersonInput!) { changeSupportPerson(input: $i) { id } }',
      variables: { i: { id: 'x', kind: 'FRIEND', name: 'Jo', mark: 'SAFE', fromPhase: 0 } },
      as: 'PATIENT',
    },
    'Mutation.retireSupportPerson': {
      query: 'mutation($id: ID!) { retireSupportPerson(id: $id) { id } }',
      variables: { id: 'not-an-id' },
      as: 'PATIENT',
    },
    'Mutation.defineFamilyTrackItem': {
      query:
        'mutation($i: DefineFamilyTrackItemInput!) { defineFamilyTrackItem(input: $i) { id } }',
      variables: {
        i: { kind: 'SKILL_MODULE', title: 'CRAFT', summary: 'Talking', link: 'http://example.org' },
      },
      as: 'ADMIN',
    },
    'Mutation.retireFamilyTrackItem': {
      query: 'mutation($id: ID!) { retireFamilyTrackItem(id: $id) { id } }',
      variables: { id: 'not-an-id' },
      as: 'ADMIN',
    },
    'Mutation.markFamilyTrack': {
      query: 'mutation($i: MarkFamilyTrackInput!) { markFamilyTrack(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          itemId: '00000000-0000-4000-8000-000000000000',
          mark: 'ATTENDED',
          day: 'yesterday',
        },
      },
      as: 'FAMILY',
    },
    'Mutation.writeFirstWeeksHope': {
      query:
        'mutation($i: WriteFirstWeeksHopeInput!) { writeFirstWeeksHope(input: $i) { planId } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          topic: 'MONEY',
          words: 'x'.repeat(1001),
        },
      },
      as: 'FAMILY',
    },
    'Mutation.suggestFirstWeeks': {
      query: 'mutation($i: SuggestFirstWeeksInput!) { suggestFirstWeeks(input: $i) { planId } }',
      variables: {
        i: { planId: '00000000-0000-4000-8000-000000000000', topic: 'SOMEDAY', words: 'Soon' },
      },
      as: 'COUNSELOR',
    },
    'Mutation.publishTrialConditions': {
      query:
        'mutation($i: PublishTrialConditionsInput!) { publishTrialConditions(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          conditions: [{ source: 'COUNSELOR', text: ' ' }],
          startDay: 'soon',
          maxDays: 1000,
          reviewDays: [],
        },
      },
      as: 'COUNSELOR',
    },
    'Mutation.signTrialConditions': {
      query: 'mutation($i: SignTrialConditionsInput!) { signTrialConditions(input: $i) { id } }',
      variables: { i: { planId: 'x', version: 0, typedName: ' ' } },
      as: 'PATIENT',
    },
    'Mutation.sayHowHomeIs': {
      query: 'mutation($i: SayHowHomeIsInput!) { sayHowHomeIs(input: $i) { id } }',
      variables: {
        i: { planId: '00000000-0000-4000-8000-000000000000', rating: 9, words: 'x'.repeat(281) },
      },
      as: 'FAMILY',
    },
    'Mutation.reviewTrial': {
      query: 'mutation($i: ReviewTrialInput!) { reviewTrial(input: $i) { id } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          outcome: 'EXTEND',
          newEndsOn: 'later',
        },
      },
      as: 'COUNSELOR',
    },
    'Mutation.setCheckInSchedule': {
      query: 'mutation($i: SetCheckInScheduleInput!) { setCheckInSchedule(input: $i) { version } }',
      variables: {
        i: {
          planId: '00000000-0000-4000-8000-000000000000',
          steps: [{ cadence: 'WEEKLY', weeks: 0 }],
          startsOn: 'soon',
        },
      },
    },
    'Mutation.reviseClosingWords': {
      query:
        'mutation($i: ReviseClosingWordsInput!) { reviseClosingWords(input: $i) { closingWords } }',
      variables: { i: { planId: 'not-a-plan', closingWords: '' } },
    },
    'Mutation.completePlan': {
      query: 'mutation($i: CompletePlanInput!) { completePlan(input: $i) { closingWords } }',
      variables: { i: { planId: 'not-a-plan', closingWords: '' } },
    },
  };

const TABLES = [
  'organization',
  'app_user',
  'membership',
  'session',
  'invitation',
  'audit_event',
  'login_attempt',
  'password_reset',
  'plan_template',
  'plan',
  'plan_phase',
  'plan_member',
  'plan_event',
  'consent',
  'disclosure',
  'expectation',
  'expectation_version',
  'expectation_answer',
  'boundary',
  'boundary_version',
  'boundary_acknowledgement',
  'contract_version',
  'contract_signature',
  'check_in',
  'visit',
  'visit_participant',
  'visit_debrief',
  'calendar_feed',
  'phase_proposal',
  'phase_proposal_answer',
  'notification',
  'notification_preference',
  'outgoing_mail',
  'concern',
  'concern_entry',
  'repair_agreement',
  'repair_commitment',
  'repair_acceptance',
  'repair_commitment_mark',
  'message_thread',
  'message_participant',
  'message',
  'message_seen',
  'amends',
  'safety_plan_version',
  'lapse_plan_version',
  'lapse_plan_acceptance',
  'lapse',
  'lapse_step_check',
  'support_person',
  'family_track_item',
  'family_track_mark',
  'first_weeks_hope',
  'first_weeks_suggestion',
  'homecoming_trial',
  'trial_conditions_version',
  'trial_signature',
  'home_answer',
  'trial_review',
  'check_in_schedule_version',
  'closing_words_version',
];

describe('every operation', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource);
  });
  afterAll(() => t.close());

  it('declares its permission or @Public, and the table lists them all', () => {
    // Every root field in the schema must come from one of these, so a new resolver shows up below.
    const declared: Record<string, string> = {};
    for (const resolver of [
      AuthResolver,
      PeopleResolver,
      InvitationsResolver,
      PasswordResetResolver,
      AuditResolver,
      TemplatesResolver,
      PlansResolver,
      PlanMembersResolver,
      ConsentsResolver,
      PatientPlanConsentsResolver,
      AgreementResolver,
      ExpectationsResolver,
      BoundariesResolver,
      CheckInsResolver,
      VisitsResolver,
      CalendarResolver,
      PhaseMovesResolver,
      TrackRecordResolver,
      NotificationsResolver,
      LiveUpdatesResolver,
      ConcernsResolver,
      RepairAgreementsResolver,
      MessagesResolver,
      AmendsResolver,
      ProgramSettingsResolver,
      SafetyPlansResolver,
      LapseResolver,
      SupportNetworkResolver,
      FamilyTrackCatalogueResolver,
      FamilyTrackResolver,
      FirstWeeksResolver,
      TrialResolver,
      CheckInScheduleResolver,
      ClosingSummaryResolver,
    ]) {
      for (const method of Object.getOwnPropertyNames(resolver.prototype)) {
        const handler = (resolver.prototype as unknown as Record<string, object>)[method];
        const type = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name =
          (Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined) ?? method;
        declared[`${type}.${name}`] = Reflect.getMetadata(PUBLIC_KEY, handler)
          ? '@Public'
          : (Reflect.getMetadata(PERMISSION_KEY, handler) ?? 'NONE');
      }
    }
    expect(declared).toEqual(DECLARED);

    const schema = t.app.get(GraphQLSchemaHost).schema;
    const inSchema = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map(
        (f) => `Subscription.${f}`,
      ),
    ].sort();
    expect(inSchema).toEqual(Object.keys(DECLARED).sort());
  });

  it('has a malformed-input case for every mutation', () => {
    const mutations = Object.keys(
      t.app.get(GraphQLSchemaHost).schema.getMutationType()?.getFields() ?? {},
    ).map((f) => `Mutation.${f}`);
    expect(Object.keys(MALFORMED).sort()).toEqual(mutations.sort());
  });

  it.each(Object.entries(MALFORMED))(
    '%s refuses malformed input and writes nothing',
    async (_name, call) => {
      // Someone whose role may call it, so the refusal is about the input.
      const cookie = await t.login(org.people[call.as ?? 'ADMIN'].email, TEST_PASSWORD);
      const counts = async () => Promise.all(TABLES.map((table) => t.count(table)));
      const before = await counts();
      const result = await t.gql(call.query, call.variables, { cookie });
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(codes(result)[0]);
      expect(result.errors?.[0].message).not.toMatch(/SELECT|INSERT|stack/i);
      expect(await counts()).toEqual(before);
    },
  );
});
