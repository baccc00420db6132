import { Routes } from '@angular/router';

export const FAMILY_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./family-home.page').then((m) => m.FamilyHomePage) },
  {
    path: 'visits/:planId',
    loadComponent: () => import('./visits.page').then((m) => m.FamilyVisitsPage),
  },
  {
    path: 'record/:planId',
    loadComponent: () => import('./record.page').then((m) => m.FamilyRecordPage),
  },
  {
    path: 'agreement/:planId',
    loadComponent: () => import('./agreement.page').then((m) => m.FamilyAgreementPage),
  },
  {
    path: 'messages/:planId',
    data: { area: 'family', what: 'messages' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'amends/:planId',
    data: { area: 'family', what: 'amends' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'concerns/:planId',
    loadComponent: () => import('./concerns.page').then((m) => m.FamilyConcernsPage),
  },
  {
    path: 'safety-plan/:planId',
    loadComponent: () => import('./safety-plan.page').then((m) => m.FamilySafetyPlanPage),
  },
  {
    path: 'lapse-plan/:planId',
    loadComponent: () => import('./lapse-plan.page').then((m) => m.FamilyLapsePlanPage),
  },
  {
    path: 'support-network/:planId',
    loadComponent: () => import('./support-network.page').then((m) => m.FamilySupportNetworkPage),
  },
  {
    path: 'track/:planId',
    loadComponent: () => import('./track.page').then((m) => m.FamilyTrackPage),
  },
  {
    path: 'first-weeks/:planId',
    loadComponent: () => import('./first-weeks.page').then((m) => m.FamilyFirstWeeksPage),
  },
  {
    path: 'homecoming/:planId',
    loadComponent: () => import('./homecoming.page').then((m) => m.FamilyHomecomingPage),
  },
  {
    path: 'closing-summary/:planId',
    data: { area: 'family' },
    loadComponent: () =>
      import('../shared/aftercare/closing-summary.page').then((m) => m.ClosingSummaryPage),
  },
];
