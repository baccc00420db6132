import { Injectable, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Language } from '@homeward/domain';
import { ApiError, apiError } from '@homeward/web-data-access';

/** The catalog's name for a screen language ('es' → 'ES'); English for anything else. */
export function catalogLanguage(lang: string): Language {
  return lang === 'es' ? 'ES' : 'EN';
}

/**
 * The one place where what the API answered becomes words for the person reading: the refusal's
 * reason in the screen's language, or "please try again" when the API could not be reached.
 */
@Injectable({ providedIn: 'root' })
export class ApiErrors {
  private readonly transloco = inject(TranslocoService);

  /** The error, its message (and blockers) worded in the active language. */
  read(caught: unknown): ApiError {
    return apiError(caught, catalogLanguage(this.transloco.getActiveLang()));
  }

  /** The sentence to show for it. */
  message(caught: unknown): string {
    return this.messageOf(this.read(caught));
  }

  /** The sentence for an error already read. */
  messageOf(problem: ApiError): string {
    return problem.message || this.transloco.translate('common.tryAgain');
  }
}

/**
 * A button's call to the API: busy while it runs (so it is not pressed twice), and when the API
 * refuses, the refusal in the reader's words. Create it in a field, where `inject` works.
 */
export class ApiAction {
  private readonly errors = inject(ApiErrors);
  readonly busy = signal(false);
  /** The refusal to show; a form may put its own "fill this in first" here too. */
  readonly error = signal('');

  /**
   * Runs `work`, clearing the last error first. When it throws, the error shows and `refused`
   * hears the details (its code, blockers, …); the answer is then `null`.
   */
  async run<T>(work: () => Promise<T>, refused?: (problem: ApiError) => void): Promise<T | null> {
    this.busy.set(true);
    this.error.set('');
    try {
      return await work();
    } catch (caught) {
      const problem = this.errors.read(caught);
      this.error.set(this.errors.messageOf(problem));
      refused?.(problem);
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
