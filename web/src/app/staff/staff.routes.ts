import { Routes } from '@angular/router';

export const STAFF_ROUTES: Routes = [{ path: '', loadComponent: () => import('./staff-home.page').then((m) => m.StaffHomePage) }];
