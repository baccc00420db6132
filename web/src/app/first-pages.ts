/** Pages people open first, by address (no query), each with the imports of its code. */
export type FirstPages = Readonly<Record<string, () => Promise<unknown>[]>>;

const patientArea = () => import('./patient/patient.routes');
const familyArea = () => import('./family/family.routes');
const staffArea = () => import('./staff/staff.routes');

export const FIRST_PAGES: FirstPages = {
  '/login': () => [import('./auth/login.page')],
  '/patient': () => [patientArea(), import('./patient/patient-home.page')],
  '/family': () => [familyArea(), import('./family/family-home.page')],
  '/staff': () => [staffArea(), import('./staff/staff-home.page')],
  '/staff/plans': () => [staffArea(), import('./staff/caseload.page')],
};

/**
 * Starts loading the opened page's code with the app itself, before the app has started and the
 * router asked who is signed in: on a phone's network each of those waits is a round trip the
 * page's code would otherwise come after. The router asks for the same imports later and gets
 * them at once; a failed download is the router's to report then.
 */
export function startLoadingFirstPage(address: string, pages: FirstPages = FIRST_PAGES): void {
  const path = address.split(/[?#]/)[0];
  if (!Object.hasOwn(pages, path)) return;
  for (const load of pages[path]()) void load.catch(() => undefined);
}
