import { Routes } from '@angular/router';
import {
  areaGuard,
  homeRedirect,
  placesGuard,
  signedInGuard,
  twoStepGuard,
} from './core/area.guard';

/** Every page is drawn inside the shell (`AppComponent`), which is there before any route is. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirect], children: [] },
  // Nothing to show: the page a language change passes through to open the current one afresh.
  { path: 'reopening', children: [] },
  { path: 'login', loadComponent: () => import('./auth/login.page').then((m) => m.LoginPage) },
  {
    path: 'invite/:token',
    loadComponent: () =>
      import('./auth/accept-invitation.page').then((m) => m.AcceptInvitationPage),
  },
  {
    path: 'forgot-password',
    loadComponent: () => import('./auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password/:token',
    loadComponent: () => import('./auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'account/password',
    canActivate: [signedInGuard],
    loadComponent: () => import('./auth/change-password.page').then((m) => m.ChangePasswordPage),
  },
  {
    path: 'account/two-step',
    canActivate: [twoStepGuard],
    loadComponent: () => import('./auth/two-step.page').then((m) => m.TwoStepPage),
  },
  {
    path: 'settings',
    canActivate: [signedInGuard],
    loadComponent: () => import('./settings/settings.page').then((m) => m.SettingsPage),
  },
  {
    path: 'staff',
    canActivate: [areaGuard('staff')],
    loadChildren: () => import('./staff/staff.routes').then((m) => m.STAFF_ROUTES),
  },
  {
    path: 'patient',
    canActivate: [areaGuard('patient')],
    loadChildren: () => import('./patient/patient.routes').then((m) => m.PATIENT_ROUTES),
  },
  {
    path: 'family',
    canActivate: [areaGuard('family')],
    loadChildren: () => import('./family/family.routes').then((m) => m.FAMILY_ROUTES),
  },
  {
    path: 'choose',
    canActivate: [placesGuard],
    loadComponent: () => import('./auth/choose-place.page').then((m) => m.ChoosePlacePage),
  },
  { path: '**', redirectTo: '' },
];
