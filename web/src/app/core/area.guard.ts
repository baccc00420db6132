import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { homeAreaFor, isStaff, Role } from '@homeward/domain';
import type { MeFieldsFragment } from '@homeward/web-data-access';
import { SessionStore, TWO_STEP_PAGE } from './session.store';

export type Area = ReturnType<typeof homeAreaFor>;

export { TWO_STEP_PAGE } from './session.store';

/**
 * Staff the program asks for two-step sign-in reach nothing else until it is on (the API refuses
 * them everything else too): every signed-in page sends them to set it up.
 */
function enrolFirst(router: Router, me: MeFieldsFragment): UrlTree | null {
  return me.totpEnrollmentRequired ? router.parseUrl(TWO_STEP_PAGE) : null;
}

/**
 * Signed-in people reach only their own area; others go to sign-in. (The page first opened
 * already loads its code beside the question "who is signed in?": see `first-pages.ts`.)
 */
export function areaGuard(area: Area): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const me = await inject(SessionStore).ensureLoaded();
    if (!me) return router.createUrlTree(['/login']);
    const enrol = enrolFirst(router, me);
    if (enrol) return enrol;
    const home = homeAreaFor(me.role as Role);
    return home === area ? true : router.createUrlTree(['/', home]);
  };
}

/** `/` sends each person to their own area. */
export const homeRedirect: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  if (!me) return router.createUrlTree(['/login']);
  return enrolFirst(router, me) ?? router.createUrlTree(['/', homeAreaFor(me.role as Role)]);
};

/** Pages for any signed-in person (their own account settings). */
export const signedInGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  if (!me) return router.createUrlTree(['/login']);
  return enrolFirst(router, me) ?? true;
};

/**
 * Choosing where one is: any signed-in person, before two-step sign-in is set up too (a staff
 * membership that needs it must not keep the person from their family one).
 */
export const placesGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me ? true : router.createUrlTree(['/login']);
};

/** The two-step sign-in page: staff only, enrolled or not. */
export const twoStepGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  if (!me) return router.createUrlTree(['/login']);
  return isStaff(me.role as Role)
    ? true
    : router.createUrlTree(['/', homeAreaFor(me.role as Role)]);
};

/** Pages for a program's admins only (inside the staff area); other staff go to its start. */
export const adminGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me?.role === 'ADMIN' ? true : router.createUrlTree(me ? ['/staff'] : ['/login']);
};
