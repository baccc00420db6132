import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  FAMILY_TRACK_KINDS,
  FAMILY_TRACK_SUGGESTIONS,
  FamilyTrackKind,
  FamilyTrackSuggestion,
} from '@homeward/domain';
import { FamilyTrackApi, FamilyTrackItem } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../../shared/api-action';

/**
 * `/staff/family-track`: the program's family track — education sessions, peer groups and skill
 * modules (title and text in English, and in Spanish when written; an https link). Admins add
 * and retire them; the usual peer groups are offered to start from.
 */
@Component({
  selector: 'hw-family-track-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    RouterLink,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t; currentLang as lang" data-testid="admin-family-track">
      <a mat-button routerLink="/staff">{{ t('common.back') }}</a>
      <h1>{{ t('familyTrack.adminTitle') }}</h1>
      <p>{{ t('familyTrack.adminIntro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      }
      @if (done()) {
        <p class="notice" role="status" data-testid="admin-family-track-done">{{ done() }}</p>
      }
      <h2>{{ t('familyTrack.offered') }}</h2>
      @if (items().length === 0) {
        <p class="muted">{{ t('familyTrack.noOffersStaff') }}</p>
      }
      <ul class="cards">
        @for (item of items(); track item.id) {
          <li>
            <mat-card appearance="outlined" data-testid="admin-family-track-item">
              <mat-card-content>
                <p class="kind">{{ t('familyTrack.kind.' + item.kind) }}</p>
                <h3>{{ item.titleEn }}</h3>
                @if (item.titleEs) {
                  <p lang="es" class="muted">{{ item.titleEs }}</p>
                }
                <p>{{ item.summaryEn }}</p>
                <p>
                  <a [href]="item.link" target="_blank" rel="noopener noreferrer">{{
                    item.link
                  }}</a>
                </p>
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="action.busy()"
                  (click)="retire(item)"
                  [attr.aria-label]="t('familyTrack.retireNamed', { title: item.titleEn })"
                >
                  {{ t('familyTrack.retire') }}
                </button>
              </mat-card-content>
            </mat-card>
          </li>
        }
      </ul>

      <h2>{{ t('familyTrack.addTitle') }}</h2>
      <p class="muted">{{ t('familyTrack.suggestionsIntro') }}</p>
      <div class="suggestions">
        @for (s of suggestions; track s.title) {
          <button
            mat-stroked-button
            type="button"
            (click)="start(s)"
            data-testid="family-track-suggestion"
          >
            <!-- In the reader's language: an English name on a Spanish page read as untranslated. -->
            {{ lang === 'es' && s.titleEs ? s.titleEs : s.title }}
          </button>
        }
      </div>
      <form
        class="form"
        [formGroup]="form"
        (ngSubmit)="save()"
        data-testid="family-track-form"
        novalidate
      >
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.kindLabel') }}</mat-label>
          <select matNativeControl formControlName="kind" data-testid="family-track-kind">
            @for (kind of kinds; track kind) {
              <option [value]="kind">{{ t('familyTrack.kind.' + kind) }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.titleEn') }}</mat-label>
          <input
            matInput
            formControlName="title"
            maxlength="120"
            data-testid="family-track-title"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.titleEs') }}</mat-label>
          <input
            matInput
            lang="es"
            formControlName="titleEs"
            maxlength="120"
            data-testid="family-track-title-es"
          />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.summaryEn') }}</mat-label>
          <textarea
            matInput
            formControlName="summary"
            rows="2"
            maxlength="500"
            data-testid="family-track-summary"
          ></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.summaryEs') }}</mat-label>
          <textarea
            matInput
            lang="es"
            formControlName="summaryEs"
            rows="2"
            maxlength="500"
            data-testid="family-track-summary-es"
          ></textarea>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('familyTrack.link') }}</mat-label>
          <input
            matInput
            type="url"
            formControlName="link"
            maxlength="500"
            data-testid="family-track-link"
          />
          <mat-hint>{{ t('familyTrack.linkHint') }}</mat-hint>
        </mat-form-field>
        @if (action.error()) {
          <p class="error" role="alert">{{ action.error() }}</p>
        }
        <div>
          <button
            mat-flat-button
            type="submit"
            [disabled]="action.busy()"
            data-testid="family-track-save"
          >
            {{ t('familyTrack.add') }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .cards {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .kind {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    h3 {
      margin: 4px 0;
    }
    .suggestions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 12px;
    }
    .form {
      display: grid;
      gap: 12px;
      max-width: 560px;
    }
  `,
})
export class FamilyTrackAdminPage implements OnInit {
  private readonly api = inject(FamilyTrackApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly action = new ApiAction();
  protected readonly items = signal<FamilyTrackItem[]>([]);
  protected readonly loadError = signal('');
  protected readonly done = signal('');
  protected readonly kinds = FAMILY_TRACK_KINDS;
  protected readonly suggestions = FAMILY_TRACK_SUGGESTIONS;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: 'SKILL_MODULE' as FamilyTrackKind,
    title: '',
    titleEs: '',
    summary: '',
    summaryEs: '',
    link: 'https://',
  });

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  protected start(suggestion: FamilyTrackSuggestion): void {
    this.form.setValue({
      kind: suggestion.kind,
      title: suggestion.title,
      titleEs: suggestion.titleEs,
      summary: suggestion.summary,
      summaryEs: suggestion.summaryEs,
      link: suggestion.link,
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const saved = await this.action.run(() =>
      this.api.define({
        ...value,
        titleEs: value.titleEs || null,
        summaryEs: value.summaryEs || null,
      }),
    );
    if (saved) {
      this.done.set(this.transloco.translate('familyTrack.added', { title: saved.titleEn }));
      this.form.reset();
      await this.load();
    }
  }

  protected async retire(item: FamilyTrackItem): Promise<void> {
    const ok = await this.action.run(async () => {
      await this.api.retire(item.id);
      return true;
    });
    if (ok) {
      this.done.set(this.transloco.translate('familyTrack.retired', { title: item.titleEn }));
      await this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await this.api.catalogue());
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
