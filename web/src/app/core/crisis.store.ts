import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import {
  CrisisResource,
  crisisResourceHref,
  defaultCrisisResources,
  Language,
} from '@homeward/domain';
import { CrisisResourcesApi } from '@homeward/web-data-access';
import { SessionStore } from './session.store';

interface Loaded {
  userId: string;
  language: Language;
  resources: CrisisResource[];
}

/**
 * The program's crisis lines in the reader's language, for the crisis button on every page.
 * Until they have come (or when nobody is signed in) it answers the defaults in the page's
 * language, so the button never waits on the network.
 */
@Injectable({ providedIn: 'root' })
export class CrisisStore {
  private readonly session = inject(SessionStore);
  private readonly api = inject(CrisisResourcesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly loaded = signal<Loaded | null>(null);

  readonly resources = computed<readonly CrisisResource[]>(() => {
    const language: Language = this.activeLang() === 'es' ? 'ES' : 'EN';
    const me = this.session.me();
    const loaded = this.loaded();
    // The API answers in the account's language: shown once the page speaks it too.
    if (me && loaded && loaded.userId === me.id && loaded.language === language) {
      return loaded.resources;
    }
    return defaultCrisisResources(language);
  });

  /** The "I'm not safe" link beside gentle questions: the program's first line to call. */
  readonly firstCallHref = computed(() => {
    const lines = this.resources();
    const call = lines.find((line) => line.kind === 'CALL') ?? lines[0];
    return crisisResourceHref(call);
  });

  constructor() {
    effect(() => {
      const me = this.session.me();
      if (!me) return;
      const language = me.language as Language;
      untracked(() => void this.load(me.id, language));
    });
  }

  private async load(userId: string, language: Language): Promise<void> {
    const now = this.loaded();
    if (now && now.userId === userId && now.language === language) return;
    try {
      const resources = await this.api.list();
      // Only if it still is this person in this language (a sign-out or a switch may have come).
      const me = this.session.me();
      if (me?.id === userId && me.language === language && resources.length > 0) {
        this.loaded.set({ userId, language, resources });
      }
    } catch {
      // The defaults stay: a crisis line is never held back by a failed request.
    }
  }
}
