import { Injectable } from '@angular/core';
import { Translation, TranslocoLoader } from '@jsverse/transloco';

/**
 * Loads /i18n/<lang>.json, served with the app. A plain fetch, not HttpClient: index.html
 * preloads English, and the browser hands a preloaded download only to a request like its own
 * (HttpClient adds an Accept header, and the words would come a second time).
 */
@Injectable({ providedIn: 'root' })
export class TranslationLoader implements TranslocoLoader {
  async getTranslation(lang: string): Promise<Translation> {
    const response = await fetch(`/i18n/${lang}.json`);
    if (!response.ok) throw new Error(`/i18n/${lang}.json answered ${response.status}`);
    return (await response.json()) as Translation;
  }
}
