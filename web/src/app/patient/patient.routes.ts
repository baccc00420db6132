import { Routes } from '@angular/router';

export const PATIENT_ROUTES: Routes = [{ path: '', loadComponent: () => import('./patient-home.page').then((m) => m.PatientHomePage) }];
