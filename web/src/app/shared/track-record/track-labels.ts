import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';

/** The app's words and dates for the track record, following the active language. */
@Injectable({ providedIn: 'root' })
export class TrackLabels {
  private readonly transloco = inject(TranslocoService);
  readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  /** The track-record words once they have loaded for the active language: read it to follow a language switch. */
  readonly words = toSignal(
    this.transloco.selectTranslateObject<Record<string, unknown>>('track'),
    { initialValue: null },
  );
  // Formatters are made once per language: they are costly to make, and templates ask on every render.
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly rangeFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.lang(), {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        hour: 'numeric',
        minute: '2-digit',
      }),
  );

  private readonly listFormat = computed(
    () => new Intl.ListFormat(this.lang(), { style: 'long', type: 'conjunction' }),
  );
  private readonly numberFormat = computed(
    () => new Intl.NumberFormat(this.lang(), { maximumFractionDigits: 1 }),
  );

  t(key: string, params: Record<string, unknown> = {}): string {
    return this.transloco.translate(key, params);
  }

  /** A `YYYY-MM-DD` day (the plan's own) in the reader's language. */
  day(ymd: string): string {
    return this.dayFormat().format(new Date(`${ymd}T12:00:00Z`));
  }

  /** An instant, as a day and time. */
  when(iso: string): string {
    return this.timeFormat().format(new Date(iso));
  }

  /** "Tue, 3 Mar, 14:00 – 15:00". */
  range(startIso: string, endIso: string): string {
    return this.rangeFormat().formatRange(new Date(startIso), new Date(endIso));
  }

  /** "A, B and C" in the active language. */
  list(names: readonly string[]): string {
    return this.listFormat().format(names);
  }

  /** Short weekday names, Monday first. */
  weekdays(): string[] {
    const format = new Intl.DateTimeFormat(this.lang(), { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) =>
      format.format(new Date(Date.UTC(2024, 0, 1 + i, 12))),
    );
  }

  /** One decimal in the reader's language. */
  number(value: number): string {
    return this.numberFormat().format(value);
  }
}

/** The local day (YYYY-MM-DD) of an instant, in this browser's time zone. */
export function localYmd(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
