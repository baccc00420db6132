import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CRISIS_RESOURCE_KINDS,
  CrisisResource,
  crisisResourceHref,
  crisisResourceProblem,
  MAX_CRISIS_LABEL,
  MAX_CRISIS_RESOURCES,
} from '@homeward/domain';
import { ProgramApi, type ProgramSettings } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../../shared/api-action';

type Lang = 'EN' | 'ES';
const LANGS: Lang[] = ['EN', 'ES'];

/**
 * `/staff/program` (admins): the program's name, its time zone, and its crisis lines in English
 * and in Spanish, with a preview of the crisis panel as patients and families will see it.
 */
@Component({
  selector: 'hw-program-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="admin-program">
      <a mat-button routerLink="/staff">{{ t('common.back') }}</a>
      <h1>{{ t('program.title') }}</h1>
      <p>{{ t('program.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!settings()) {
        <p role="status">{{ t('common.loading') }}</p>
      } @else {
        <form (ngSubmit)="save()" novalidate>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('program.name') }}</mat-label>
            <input
              matInput
              name="name"
              data-testid="program-name"
              [(ngModel)]="name"
              maxlength="120"
            />
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('program.timeZone') }}</mat-label>
            <input
              matInput
              name="timeZone"
              data-testid="program-time-zone"
              [(ngModel)]="timeZone"
              maxlength="64"
            />
            <mat-hint>{{ t('program.timeZoneHint') }}</mat-hint>
          </mat-form-field>

          @for (lang of langs; track lang) {
            <fieldset [attr.data-testid]="'crisis-' + lang">
              <legend>{{ t('program.crisisIn.' + lang) }}</legend>
              <p class="hint">{{ t('program.crisisHint') }}</p>
              @for (line of lines()[lang]; track $index; let i = $index) {
                <div class="line" [attr.data-testid]="'crisis-' + lang + '-' + i">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('program.label') }}</mat-label>
                    <input
                      matInput
                      [name]="lang + 'label' + i"
                      [maxlength]="maxLabel"
                      [ngModel]="line.label"
                      (ngModelChange)="edit(lang, i, { label: $event })"
                      data-testid="crisis-label"
                    />
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('program.kind') }}</mat-label>
                    <select
                      matNativeControl
                      [name]="lang + 'kind' + i"
                      [ngModel]="line.kind"
                      (ngModelChange)="edit(lang, i, { kind: $event })"
                      data-testid="crisis-kind"
                    >
                      @for (kind of kinds; track kind) {
                        <option [value]="kind">{{ t('program.kinds.' + kind) }}</option>
                      }
                    </select>
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{
                      line.kind === 'CALL' || line.kind === 'TEXT'
                        ? t('program.phone')
                        : t('program.link')
                    }}</mat-label>
                    <input
                      matInput
                      [name]="lang + 'value' + i"
                      [ngModel]="line.value"
                      (ngModelChange)="edit(lang, i, { value: $event })"
                      data-testid="crisis-value"
                    />
                  </mat-form-field>
                  <div class="line-actions">
                    @if (problem(line); as field) {
                      <p class="error" data-testid="crisis-problem">
                        {{ t('program.problem.' + field) }}
                      </p>
                    }
                    <button
                      mat-button
                      type="button"
                      [attr.aria-label]="t('program.removeLine', { n: i + 1 })"
                      (click)="remove(lang, i)"
                    >
                      {{ t('program.remove') }}
                    </button>
                  </div>
                </div>
              } @empty {
                <p class="hint" data-testid="crisis-defaults-note">
                  {{ t('program.usingDefaults') }}
                </p>
              }
              <div class="actions">
                @if (lines()[lang].length < maxLines) {
                  <button
                    mat-stroked-button
                    type="button"
                    [attr.data-testid]="'crisis-add-' + lang"
                    (click)="add(lang)"
                  >
                    {{ t('program.addLine') }}
                  </button>
                }
                @if (lines()[lang].length === 0) {
                  <button mat-button type="button" (click)="startFromDefaults(lang)">
                    {{ t('program.startFromDefaults') }}
                  </button>
                }
              </div>
              <mat-card
                appearance="outlined"
                class="preview"
                [attr.data-testid]="'preview-' + lang"
              >
                <mat-card-content>
                  <h2>{{ t('program.preview') }}</h2>
                  <ul [attr.lang]="lang.toLowerCase()">
                    @for (line of shown(lang); track $index) {
                      <li>
                        <a mat-stroked-button [href]="href(line)" target="_blank" rel="noopener">{{
                          line.label
                        }}</a>
                      </li>
                    }
                  </ul>
                </mat-card-content>
              </mat-card>
            </fieldset>
          }

          @if (action.error()) {
            <p class="error" role="alert">{{ action.error() }}</p>
          }
          @if (saved()) {
            <p class="done" role="status" data-testid="program-saved">{{ t('program.saved') }}</p>
          }
          <button
            mat-flat-button
            type="submit"
            data-testid="program-save"
            [disabled]="action.busy()"
          >
            {{ t('program.save') }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    form {
      display: grid;
      gap: 16px;
      max-width: 760px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px 12px;
      margin: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-medium);
      padding: 0 4px;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .line {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
      gap: 8px;
      padding-bottom: 8px;
      margin-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .line-actions {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
    }
    .preview ul {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .preview h2 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    .preview a {
      width: 100%;
      justify-content: flex-start;
      height: auto;
      min-height: 40px;
      white-space: normal;
      /* A label on two lines (Spanish, at phone width) stays inside the outline. */
      padding-block: 8px;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class ProgramPage implements OnInit {
  private readonly api = inject(ProgramApi);
  private readonly errors = inject(ApiErrors);
  protected readonly action = new ApiAction();
  protected readonly langs = LANGS;
  protected readonly kinds = CRISIS_RESOURCE_KINDS;
  protected readonly maxLines = MAX_CRISIS_RESOURCES;
  protected readonly maxLabel = MAX_CRISIS_LABEL;
  protected readonly href = crisisResourceHref;
  protected readonly settings = signal<ProgramSettings | null>(null);
  protected readonly lines = signal<Record<Lang, CrisisResource[]>>({ EN: [], ES: [] });
  protected readonly saved = signal(false);
  protected readonly loadError = signal('');
  protected name = '';
  protected timeZone = '';

  async ngOnInit(): Promise<void> {
    try {
      const settings = await this.api.settings();
      if (settings) this.show(settings);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  /** What the crisis panel will show in this language: the lines as written, or the defaults. */
  protected shown(lang: Lang): CrisisResource[] {
    const own = this.lines()[lang].filter((l) => crisisResourceProblem(l) === null);
    if (own.length > 0) return own;
    const settings = this.settings();
    return (
      (lang === 'EN' ? settings?.defaultCrisisResourcesEn : settings?.defaultCrisisResourcesEs) ??
      []
    );
  }

  protected problem(line: CrisisResource): string | null {
    // Only once something is written: an empty new line is not a mistake yet.
    if (!line.label.trim() && !line.value.trim()) return null;
    return crisisResourceProblem(line);
  }

  protected edit(lang: Lang, index: number, change: Partial<CrisisResource>): void {
    this.saved.set(false);
    this.lines.update((all) => ({
      ...all,
      [lang]: all[lang].map((l, i) => (i === index ? { ...l, ...change } : l)),
    }));
  }

  protected add(lang: Lang): void {
    this.lines.update((all) => ({
      ...all,
      [lang]: [...all[lang], { label: '', kind: 'CALL', value: '' }],
    }));
  }

  protected remove(lang: Lang, index: number): void {
    this.lines.update((all) => ({ ...all, [lang]: all[lang].filter((_, i) => i !== index) }));
  }

  protected startFromDefaults(lang: Lang): void {
    this.lines.update((all) => ({ ...all, [lang]: this.shown(lang).map((l) => ({ ...l })) }));
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const strip = (l: CrisisResource) => ({ label: l.label, kind: l.kind, value: l.value });
    const settings = await this.action.run(() =>
      this.api.update({
        name: this.name,
        timeZone: this.timeZone,
        crisisResourcesEn: this.lines().EN.map(strip),
        crisisResourcesEs: this.lines().ES.map(strip),
      }),
    );
    if (settings) {
      this.show(settings);
      this.saved.set(true);
    }
  }

  private show(settings: ProgramSettings): void {
    this.settings.set(settings);
    this.name = settings.name;
    this.timeZone = settings.timeZone;
    this.lines.set({
      EN: settings.crisisResourcesEn.map((l) => ({ label: l.label, kind: l.kind, value: l.value })),
      ES: settings.crisisResourcesEs.map((l) => ({ label: l.label, kind: l.kind, value: l.value })),
    });
  }
}
