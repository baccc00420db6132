import { Routes } from '@angular/router';

export const FAMILY_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./family-home.page').then((m) => m.FamilyHomePage) },
  { path: 'agreement/:planId', loadComponent: () => import('./agreement.page').then((m) => m.FamilyAgreementPage) },
];
