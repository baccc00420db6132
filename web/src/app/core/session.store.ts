import { DOCUMENT } from '@angular/common';
import { Injectable, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { homeAreaFor, Role } from '@homeward/domain';
import { Language, MeFieldsFragment, SessionApi } from '@homeward/web-data-access';

const LANGUAGE_KEY = 'homeward.language';

/** Where staff turn on two-step sign-in (and make new recovery codes). */
export const TWO_STEP_PAGE = '/account/two-step';

/** Where a person with several memberships chooses where they are. */
export const CHOOSE_PLACE_PAGE = '/choose';

/** Who is signed in, kept as a signal; the session itself lives in an HttpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private loading: Promise<MeFieldsFragment | null> | null = null;
  /** Set while moving to another membership: the old session ending then is expected, not news. */
  private switching = false;

  readonly me = signal<MeFieldsFragment | null>(null);
  /** The API has answered who is signed in (nobody counts): until then `me` is not news. */
  readonly known = signal(false);

  constructor() {
    // Before sign-in, the language chosen on this device: only the language, nothing personal
    // and never a token (the session is an HttpOnly cookie).
    const saved = this.storage()?.getItem(LANGUAGE_KEY);
    this.applyLanguage(saved === 'es' ? 'es' : 'en');
  }

  /** Asks the API once per page load who is signed in. */
  ensureLoaded(): Promise<MeFieldsFragment | null> {
    // Not signed in, or the API unreachable: nobody, as far as this page knows.
    this.loading ??= this.api.me().then(
      (me) => this.signedIn(me),
      () => this.signedIn(null),
    );
    return this.loading;
  }

  signedIn(me: MeFieldsFragment | null): MeFieldsFragment | null {
    this.me.set(me);
    this.known.set(true);
    this.loading = Promise.resolve(me);
    if (me) this.applyLanguage(me.language === 'ES' ? 'es' : 'en');
    return me;
  }

  /** The API ended the session (idle, expired, signed out elsewhere): back to sign-in, kindly. */
  ended(): void {
    // Signed out here already, or moving to another membership: the old session's end is not news.
    if (!this.me() || this.switching) return;
    this.signedIn(null);
    void this.router.navigate(['/login'], { queryParams: { expired: 1 } });
  }

  async signOut(): Promise<void> {
    // Signed out here first, so the live socket the API closes at sign-out reads as expected.
    this.signedIn(null);
    try {
      await this.api.logout();
    } finally {
      await this.router.navigate(['/login']);
    }
  }

  /** Whether the person holds more than one membership, and so chooses where they are. */
  hasSeveralPlaces(me: MeFieldsFragment | null = this.me()): boolean {
    return (me?.memberships.length ?? 0) > 1;
  }

  /**
   * Moves to another of the person's memberships. The API starts a new session in it and ends
   * this one; the page then loads afresh at the new place, so nothing the other membership was
   * shown (cached answers, the live socket) stays in this tab.
   */
  async chooseMembership(membershipId: string): Promise<void> {
    this.switching = true;
    try {
      const me = await this.api.chooseMembership(membershipId);
      if (!me) return;
      const target = me.totpEnrollmentRequired ? TWO_STEP_PAGE : `/${homeAreaFor(me.role as Role)}`;
      this.document.location.assign(target);
    } catch (error) {
      this.switching = false;
      throw error;
    }
  }

  /**
   * Switches at once; once signed in, also keeps the choice on the account. `reopen: false` is
   * for a page that shows nothing the server wrote and keeps its own state (the settings form).
   */
  async chooseLanguage(lang: 'en' | 'es', { reopen = true } = {}): Promise<void> {
    this.applyLanguage(lang);
    if (!this.me()) return;
    try {
      const me = await this.api.setLanguage(lang.toUpperCase() as Language);
      if (me) this.me.set(me);
      if (!reopen) return;
      // What the server writes for people (phase names, notices) is asked for again, in the new
      // language: the page is opened afresh where it is (its own address, nothing else kept).
      const here = this.router.url;
      await this.router.navigateByUrl('/reopening', { skipLocationChange: true });
      await this.router.navigateByUrl(here, { replaceUrl: true });
    } catch {
      // The page already speaks the chosen language; the account keeps the old one until next time.
    }
  }

  private applyLanguage(lang: 'en' | 'es'): void {
    // Asked for now, beside the first screen's scripts and questions, not after the page is chosen.
    this.transloco.load(lang).subscribe({ error: () => undefined });
    this.transloco.setActiveLang(lang);
    this.document.documentElement.lang = lang;
    this.storage()?.setItem(LANGUAGE_KEY, lang);
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.localStorage ?? null;
    } catch {
      return null; // storage blocked (private mode): the language simply is not remembered
    }
  }
}
