import { Routes } from '@angular/router';

export const PATIENT_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./patient-home.page').then((m) => m.PatientHomePage) },
  { path: 'visits', loadComponent: () => import('./visits.page').then((m) => m.PatientVisitsPage) },
  { path: 'record', loadComponent: () => import('./record.page').then((m) => m.PatientRecordPage) },
  {
    path: 'agreement',
    loadComponent: () => import('./agreement.page').then((m) => m.PatientAgreementPage),
  },
  {
    path: 'messages',
    data: { area: 'patient', what: 'messages' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'amends',
    data: { area: 'patient', what: 'amends' },
    loadComponent: () => import('../shared/repair/repair.page').then((m) => m.RepairPage),
  },
  {
    path: 'concerns',
    loadComponent: () => import('./concerns.page').then((m) => m.PatientConcernsPage),
  },
  {
    path: 'safety-plan',
    loadComponent: () => import('./safety-plan.page').then((m) => m.PatientSafetyPlanPage),
  },
  {
    path: 'lapse-plan',
    loadComponent: () => import('./lapse-plan.page').then((m) => m.PatientLapsePlanPage),
  },
  {
    path: 'support-network',
    loadComponent: () => import('./support-network.page').then((m) => m.PatientSupportNetworkPage),
  },
  {
    path: 'first-weeks',
    loadComponent: () => import('./first-weeks.page').then((m) => m.PatientFirstWeeksPage),
  },
  {
    path: 'homecoming',
    loadComponent: () => import('./homecoming.page').then((m) => m.PatientHomecomingPage),
  },
  {
    path: 'closing-summary/:planId',
    data: { area: 'patient' },
    loadComponent: () =>
      import('../shared/aftercare/closing-summary.page').then((m) => m.ClosingSummaryPage),
  },
];
