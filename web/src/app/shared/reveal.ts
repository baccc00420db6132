import { DOCUMENT } from '@angular/common';
import { Injector, Signal, afterNextRender, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { of } from 'rxjs';

/**
 * Opens a page at the place a link pointed to (`#visit-…`, `#member-…`, `#check-in-…`) once the
 * page says it is ready: scrolled into view and focused (the target needs `tabindex="-1"`).
 * Call it in a constructor.
 */
export function revealFragment(ready: Signal<boolean>): void {
  const route = inject(ActivatedRoute, { optional: true });
  const document = inject(DOCUMENT);
  const injector = inject(Injector);
  const fragment = toSignal(route?.fragment ?? of(null), { initialValue: null });
  let revealed: string | null = null;
  effect(() => {
    const id = fragment();
    if (!id || !ready() || id === revealed) return;
    afterNextRender(
      () => {
        const element = document.getElementById(id);
        if (!element) return;
        revealed = id;
        element.focus({ preventScroll: true });
        element.scrollIntoView({ block: 'start' });
      },
      { injector },
    );
  });
}
