import { Initial1795416639583 } from './1795416639583-initial';
import { StaffTotp1795417434687 } from './1795417434687-staff-totp';
import { PlansAndConsent1795417738208 } from './1795417738208-plans-and-consent';
import { OneOpenAtATime1795421325579 } from './1795421325579-one-open-at-a-time';
import { TotpLastStep1795421975571 } from './1795421975571-totp-last-step';
import { Expectations1795422084386 } from './1795422084386-expectations';
import { Agreement1796267700294 } from './1796267700294-agreement';
import { KeepAgreementsAndTrackRecord1796268744344 } from './1796268744344-keep-agreements-and-track-record';
import { CheckInLatest1796270222561 } from './1796270222561-check-in-latest';
import { DomainEvents1796530000150 } from './1796530000150-domain-events';
import { OutgoingMail1796538815947 } from './1796538815947-outgoing-mail';
import { Notifications1796539036500 } from './1796539036500-notifications';
import { PasswordReset1796539206258 } from './1796539206258-password-reset';
import { KnownDevices1796543151543 } from './1796543151543-known-devices';
import { InvitationWithoutInviter1796543098750 } from './1796543098750-invitation-without-inviter';
import { RecoveryCodes1796543382878 } from './1796543382878-recovery-codes';
import { PlanSummary1796545162869 } from './1796545162869-plan-summary';
import { MessagesAndAmends1796551007044 } from './1796551007044-messages-and-amends';
import { KeepEveryMessage1796551007045 } from './1796551007045-keep-every-message';
import { Concerns1796551087888 } from './1796551087888-concerns';
import { KeepConcerns1796551087999 } from './1796551087999-keep-concerns';
import { SafetyPlanAndProgramSettings1796563040154 } from './1796563040154-safety-plan-and-program-settings';
import { KeepSafetyPlans1796563040155 } from './1796563040155-keep-safety-plans';
import { LapsePlan1796563125892 } from './1796563125892-lapse-plan';
import { KeepLapsePlans1796563125999 } from './1796563125999-keep-lapse-plans';

/** In order; a new migration is added here after `npm run migration:generate -- <Name>`. */
import { SupportNetworkAndFamilyTrack1796563080373 } from './1796563080373-support-network-and-family-track';
import { KeepSupportNetworkAndFamilyTrack1796563080374 } from './1796563080374-keep-support-network-and-family-track';
import { AftercareScheduleAndClosing1796574351762 } from './1796574351762-aftercare-schedule-and-closing';
import { PhaseStage1796573667069 } from './1796573667069-phase-stage';
import { FirstWeeks1796573728026 } from './1796573728026-first-weeks';
import { SeveralMemberships1796573677129 } from './1796573677129-several-memberships';
import { HomecomingTrial1796574138132 } from './1796574138132-homecoming-trial';
import { KeepHomecomingTrials1796574138999 } from './1796574138999-keep-homecoming-trials';
import { DisclosureRecords1796650000000 } from './1796650000000-disclosure-records';
import { TrialEndsWithThePlan1796596349278 } from './1796596349278-trial-ends-with-the-plan';
export const MIGRATIONS = [
  Initial1795416639583,
  StaffTotp1795417434687,
  PlansAndConsent1795417738208,
  OneOpenAtATime1795421325579,
  TotpLastStep1795421975571,
  Expectations1795422084386,
  Agreement1796267700294,
  KeepAgreementsAndTrackRecord1796268744344,
  CheckInLatest1796270222561,
  DomainEvents1796530000150,
  OutgoingMail1796538815947,
  Notifications1796539036500,
  PasswordReset1796539206258,
  InvitationWithoutInviter1796543098750,
  KnownDevices1796543151543,
  RecoveryCodes1796543382878,
  PlanSummary1796545162869,
  MessagesAndAmends1796551007044,
  KeepEveryMessage1796551007045,
  Concerns1796551087888,
  KeepConcerns1796551087999,
  SafetyPlanAndProgramSettings1796563040154,
  KeepSafetyPlans1796563040155,
  LapsePlan1796563125892,
  KeepLapsePlans1796563125999,
  SupportNetworkAndFamilyTrack1796563080373,
  KeepSupportNetworkAndFamilyTrack1796563080374,
  PhaseStage1796573667069,
  SeveralMemberships1796573677129,
  FirstWeeks1796573728026,
  HomecomingTrial1796574138132,
  KeepHomecomingTrials1796574138999,
  DisclosureRecords1796650000000,
  AftercareScheduleAndClosing1796574351762,
  TrialEndsWithThePlan1796596349278,
];
