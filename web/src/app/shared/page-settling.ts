import { afterNextRender, computed, Injectable, Injector, inject, signal } from '@angular/core';

/** However slow a part is, the page shows itself after this long (its parts then fill in). */
const LONGEST_WAIT_MS = 4_000;

/**
 * A home page whose parts read their own data (today's check-in, what waits on you, a proposal)
 * shows its body once they all have their first answer, in one frame, instead of each part
 * pushing the others down the screen as its answer comes: on a phone on a slow network that
 * jumping is what Lighthouse counts as layout shift. Provided by the page; parts find it when
 * they are on such a page.
 */
@Injectable()
export class PageSettling {
  private readonly injector = inject(Injector);
  private readonly pending = signal(0);
  /** The page's own data came and the parts it made with it have said what they wait for. */
  private readonly counted = signal(false);
  private readonly giveUp = signal(false);
  private shown = false;

  /** True once everything's first answer came (an error counts), and stays true. */
  readonly settled = computed(() => {
    if (!this.shown && ((this.counted() && this.pending() === 0) || this.giveUp()))
      this.shown = true;
    return this.shown;
  });

  /** A part's first load: the page waits for it. */
  track(load: Promise<unknown>): void {
    this.pending.update((count) => count + 1);
    void load.finally(() => this.pending.update((count) => count - 1));
  }

  /** The page's own data came; its parts are made in the coming render and tracked there. */
  pageLoaded(): void {
    if (this.counted()) return;
    afterNextRender(() => this.counted.set(true), { injector: this.injector });
    setTimeout(() => this.giveUp.set(true), LONGEST_WAIT_MS);
  }
}
