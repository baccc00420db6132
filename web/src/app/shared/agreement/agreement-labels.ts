import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '@homeward/domain';
import { CommunicationHintLabels } from '@homeward/web-ui';
import { catalogLanguage } from '../api-action';

/** A phase of the plan as the agreement names it: its place on the ladder and, when the reader may know it, its name. */
export interface AgreementPhase {
  position: number;
  name: string;
  current?: boolean;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** `YYYY-MM-DD` of a local date. */
export function ymd(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What the agreement screens share: the writer's language for hints, hint labels, dates in the active language. */
@Injectable({ providedIn: 'root' })
export class AgreementLabels {
  private readonly transloco = inject(TranslocoService);
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });

  /** The rule set for "saying it safely": the language the writer reads the app in. */
  readonly language = computed<Language>(() => catalogLanguage(this.activeLang()));
  readonly hints = toSignal(
    this.transloco.selectTranslateObject<CommunicationHintLabels>('agreement.hints'),
    { initialValue: null },
  );
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium' }),
  );
  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  when(iso: string): string {
    return this.timeFormat().format(new Date(iso));
  }

  /** A `YYYY-MM-DD` date as a local day. */
  dateOnly(value: string): string {
    const [y, m, d] = value.split('-').map(Number);
    return this.dayFormat().format(new Date(y, m - 1, d));
  }

  /** "A, B and C" in the active language. */
  list(names: readonly string[]): string {
    return new Intl.ListFormat(this.activeLang(), { style: 'long', type: 'conjunction' }).format(
      names,
    );
  }

  /** "From phase 2: Supervised visits", or just the number when the reader does not see the ladder. */
  phase(position: number, phases: readonly AgreementPhase[] | null): string {
    const name = phases?.find((p) => p.position === position)?.name;
    return name
      ? this.transloco.translate('agreement.phaseNamed', { position, name })
      : this.transloco.translate('agreement.phaseNumber', { position });
  }
}
