import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  provideRouter,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import type { MeFieldsFragment, Role } from '@homeward/web-data-access';
import { areaGuard, homeRedirect, signedInGuard, twoStepGuard } from './area.guard';
import { SessionStore } from './session.store';

function person(role: Role, more: Partial<MeFieldsFragment> = {}): MeFieldsFragment {
  return {
    id: 'm1',
    email: 'someone@example.org',
    displayName: 'Sam',
    language: 'EN',
    role,
    totpEnabled: false,
    totpEnrollmentRequired: false,
    recoveryCodesLeft: 0,
    sessionIdleMinutes: 30,
    organization: { id: 'o1', name: 'Harbor House' },
    membershipId: 'ms1',
    memberships: [
      { id: 'ms1', role: role, current: true, organization: { id: 'o1', name: 'Harbor House' } },
    ],
    ...more,
  };
}

/** Runs a guard as the router would, for a person (or nobody) signed in; returns the URL it sends to, or true. */
async function run(
  guard: typeof homeRedirect,
  me: MeFieldsFragment | null,
): Promise<string | boolean> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SessionStore, useValue: { ensureLoaded: () => Promise.resolve(me) } },
    ],
  });
  const result = await TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
  );
  return result instanceof UrlTree
    ? TestBed.inject(Router).serializeUrl(result)
    : (result as boolean);
}

describe('areaGuard', () => {
  it('lets each person into their own area', async () => {
    expect(await run(areaGuard('staff'), person('ADMIN'))).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(areaGuard('staff'), person('COUNSELOR'))).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(areaGuard('patient'), person('PATIENT'))).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(areaGuard('family'), person('FAMILY'))).toBe(true);
  });

  it("sends someone opening another area's address to their own", async () => {
    expect(await run(areaGuard('staff'), person('FAMILY'))).toBe('/family');
    TestBed.resetTestingModule();
    expect(await run(areaGuard('family'), person('PATIENT'))).toBe('/patient');
    TestBed.resetTestingModule();
    expect(await run(areaGuard('patient'), person('COUNSELOR'))).toBe('/staff');
  });

  it('sends someone not signed in to sign-in', async () => {
    expect(await run(areaGuard('patient'), null)).toBe('/login');
  });
});

describe('homeRedirect', () => {
  it("opens the person's own area from /", async () => {
    expect(await run(homeRedirect, person('PATIENT'))).toBe('/patient');
  });

  it('opens sign-in for nobody signed in', async () => {
    expect(await run(homeRedirect, null)).toBe('/login');
  });
});

describe('signedInGuard', () => {
  it('lets any signed-in person in and sends others to sign-in', async () => {
    expect(await run(signedInGuard, person('FAMILY'))).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(signedInGuard, null)).toBe('/login');
  });
});

describe('staff who must turn on two-step sign-in first', () => {
  const unenrolled = () => person('COUNSELOR', { totpEnrollmentRequired: true });

  it('are sent to set it up from their area, from / and from their account pages', async () => {
    expect(await run(areaGuard('staff'), unenrolled())).toBe('/account/two-step');
    TestBed.resetTestingModule();
    expect(await run(areaGuard('family'), unenrolled())).toBe('/account/two-step');
    TestBed.resetTestingModule();
    expect(await run(homeRedirect, unenrolled())).toBe('/account/two-step');
    TestBed.resetTestingModule();
    expect(await run(signedInGuard, unenrolled())).toBe('/account/two-step');
  });

  it('reach the set-up page itself, which is for staff only', async () => {
    expect(await run(twoStepGuard, unenrolled())).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(twoStepGuard, person('ADMIN', { totpEnabled: true }))).toBe(true);
    TestBed.resetTestingModule();
    expect(await run(twoStepGuard, person('PATIENT'))).toBe('/patient');
    TestBed.resetTestingModule();
    expect(await run(twoStepGuard, null)).toBe('/login');
  });
});
