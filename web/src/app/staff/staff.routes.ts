import { Routes } from '@angular/router';

export const STAFF_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./staff-home.page').then((m) => m.StaffHomePage) },
  { path: 'plans', loadComponent: () => import('./caseload.page').then((m) => m.CaseloadPage) },
  { path: 'template', loadComponent: () => import('./template.page').then((m) => m.TemplatePage) },
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
    path: 'plans/:id/concerns',
    loadComponent: () => import('./plan-concerns.page').then((m) => m.PlanConcernsPage),
  },
];
