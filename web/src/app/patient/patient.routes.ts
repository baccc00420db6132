import { Routes } from '@angular/router';

export const PATIENT_ROUTES: Routes = [
  { path: '', loadComponent: () => import('./patient-home.page').then((m) => m.PatientHomePage) },
  { path: 'agreement', loadComponent: () => import('./agreement.page').then((m) => m.PatientAgreementPage) },
];
