import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { homeAreaFor, Role } from '@homeward/domain';
import { SessionStore } from './session.store';

export type Area = ReturnType<typeof homeAreaFor>;

/** Signed-in people reach only their own area; others go to sign-in. */
export function areaGuard(area: Area): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const me = await inject(SessionStore).ensureLoaded();
    if (!me) return router.createUrlTree(['/login']);
    const home = homeAreaFor(me.role as Role);
    return home === area ? true : router.createUrlTree(['/', home]);
  };
}

/** `/` sends each person to their own area. */
export const homeRedirect: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return router.createUrlTree(me ? ['/', homeAreaFor(me.role as Role)] : ['/login']);
};

/** Pages for any signed-in person (their own account settings). */
export const signedInGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me ? true : router.createUrlTree(['/login']);
};

/** Pages for a program's admins only (inside the staff area); other staff go to its start. */
export const adminGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const me = await inject(SessionStore).ensureLoaded();
  return me?.role === 'ADMIN' ? true : router.createUrlTree(me ? ['/staff'] : ['/login']);
};
