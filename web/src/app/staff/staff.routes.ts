import { Routes } from '@angular/router';
import { adminGuard } from '../core/area.guard';

export const STAFF_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./staff-home.page').then((m) => m.StaffHomePage) },
  { path: 'plans', loadComponent: () => import('./caseload.page').then((m) => m.CaseloadPage) },
  { path: 'template', loadComponent: () => import('./template.page').then((m) => m.TemplatePage) },
  {
    path: 'people',
    loadComponent: () => import('./admin/people.page').then((m) => m.PeoplePage),
  },
  {
    path: 'invitations',
    loadComponent: () => import('./admin/invitations.page').then((m) => m.InvitationsPage),
  },
  {
    path: 'audit',
    canActivate: [adminGuard],
    loadComponent: () => import('./admin/audit.page').then((m) => m.AuditPage),
  },
  {
    path: 'plans/:id',
    loadComponent: () => import('./plan-detail.page').then((m) => m.PlanDetailPage),
  },
  {
    path: 'plans/:id/record',
    loadComponent: () => import('./plan-record.page').then((m) => m.PlanRecordPage),
  },
  {
    path: 'plans/:id/agreement',
    loadComponent: () => import('./plan-agreement.page').then((m) => m.PlanAgreementPage),
  },
  {
    path: 'plans/:id/messages',
    data: { area: 'staff', what: 'messages' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'plans/:id/amends',
    data: { area: 'staff', what: 'amends' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'plans/:id/concerns',
    loadComponent: () => import('./plan-concerns.page').then((m) => m.PlanConcernsPage),
  },
  {
    path: 'plans/:id/safety-plan',
    loadComponent: () => import('./plan-safety-plan.page').then((m) => m.PlanSafetyPlanPage),
  },
  {
    path: 'program',
    canActivate: [adminGuard],
    loadComponent: () => import('./admin/program.page').then((m) => m.ProgramPage),
  },
  {
    path: 'plans/:id/lapse-plan',
    loadComponent: () => import('./plan-lapse.page').then((m) => m.PlanLapsePage),
  },
  {
    path: 'plans/:id/homecoming',
    loadComponent: () => import('./plan-homecoming.page').then((m) => m.PlanHomecomingPage),
  },
  {
    path: 'plans/:id/support',
    loadComponent: () => import('./plan-support.page').then((m) => m.PlanSupportPage),
  },
  {
    path: 'family-track',
    canActivate: [adminGuard],
    loadComponent: () => import('./admin/family-track.page').then((m) => m.FamilyTrackAdminPage),
  },
  {
    path: 'plans/:id/first-weeks',
    loadComponent: () => import('./plan-first-weeks.page').then((m) => m.PlanFirstWeeksPage),
  },
  {
    path: 'plans/:id/aftercare',
    loadComponent: () => import('./plan-aftercare.page').then((m) => m.PlanAftercarePage),
  },
  {
    path: 'plans/:id/closing-summary',
    data: { area: 'staff' },
    loadComponent: () =>
      import('../shared/aftercare/closing-summary.page').then((m) => m.ClosingSummaryPage),
  },
];
