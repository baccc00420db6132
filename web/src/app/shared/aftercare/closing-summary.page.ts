import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { FormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AftercareApi, ClosingSummary } from '@homeward/web-data-access';
import { map } from 'rxjs';
import { ApiAction, ApiErrors } from '../api-action';
import { TrackLabels } from '../track-record/track-labels';

type Area = 'patient' | 'family' | 'staff';

/**
 * The closing summary of a completed plan: what was built together, in kind words, as the reader
 * may see it (the API decides: a family member within consent and what concerns them, with the
 * §2.32 notice). `/patient/closing-summary/:planId`, `/family/closing-summary/:planId`,
 * `/staff/plans/:id/closing-summary`.
 */
@Component({
  selector: 'hw-closing-summary-page',
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
    <section *transloco="let t" data-testid="closing-summary">
      <a mat-button [routerLink]="back()" class="back">← {{ t('aftercare.summary.back') }}</a>
      <h1>{{ t('aftercare.summary.title') }}</h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (summary(); as s) {
        <p class="intro">{{ t('aftercare.summary.intro') }}</p>
        <mat-card appearance="outlined" class="words" data-testid="closing-words">
          <mat-card-content>
            <h2>{{ t('aftercare.summary.wordsTitle', { name: s.counselorName }) }}</h2>
            <p class="quote">{{ s.closingWords }}</p>
          </mat-card-content>
        </mat-card>

        @if (s.phases; as phases) {
          <h2>{{ t('aftercare.summary.phases') }}</h2>
          <ol class="phases" data-testid="closing-phases">
            @for (phase of phases; track $index) {
              <li>{{ phase }}</li>
            }
          </ol>
        }
        @if (s.milestones.length) {
          <h2>{{ t('aftercare.summary.milestones') }}</h2>
          <ul data-testid="closing-milestones">
            @for (m of s.milestones; track $index) {
              <li>{{ m }}</li>
            }
          </ul>
        }
        @if (s.expectations.length) {
          <h2>{{ t('aftercare.summary.expectations') }}</h2>
          <ul data-testid="closing-expectations">
            @for (e of s.expectations; track $index) {
              <li>{{ e }}</li>
            }
          </ul>
        }
        @if (s.boundaries.length) {
          <h2>{{ t('aftercare.summary.boundaries') }}</h2>
          <ul data-testid="closing-boundaries">
            @for (b of s.boundaries; track $index) {
              <li>{{ b }}</li>
            }
          </ul>
        }
        @if (s.visitsWentWell.length) {
          <h2>{{ t('aftercare.summary.visits') }}</h2>
          <ul data-testid="closing-visits">
            @for (v of s.visitsWentWell; track $index) {
              <li>{{ labels.day(v.day) }} — {{ t('visit.one.' + v.contactType) }}</li>
            }
          </ul>
        }
        @if (s.familyTrackMarks) {
          <p data-testid="closing-family-track">
            {{ t('aftercare.summary.familyTrack', { count: s.familyTrackMarks }) }}
          </p>
        }
        <p class="together">{{ t('aftercare.summary.together') }}</p>
        @if (area() === 'staff') {
          <form class="revise" (ngSubmit)="revise(s.planId)" data-testid="revise-words-form">
            <h2>{{ t('aftercare.summary.reviseTitle') }}</h2>
            <p class="muted">
              {{ t('aftercare.summary.reviseIntro', { version: s.closingWordsVersion }) }}
            </p>
            @if (action.error()) {
              <p class="error" role="alert">{{ action.error() }}</p>
            }
            <mat-form-field appearance="outline" class="words" subscriptSizing="dynamic">
              <mat-label>{{ t('aftercare.complete.words') }}</mat-label>
              <textarea
                matInput
                rows="4"
                maxlength="4000"
                name="words"
                [(ngModel)]="words"
                data-testid="revise-words-input"
              ></textarea>
            </mat-form-field>
            <button
              mat-stroked-button
              type="submit"
              [disabled]="action.busy() || !words.trim()"
              data-testid="revise-words"
            >
              {{ t('aftercare.summary.revise') }}
            </button>
          </form>
        }
        @if (s.redisclosureNotice) {
          <div class="confidential" role="note" data-testid="redisclosure-notice">
            {{ s.redisclosureNotice }}
          </div>
        }
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    .words {
      margin: 12px 0 20px;
    }
    .quote {
      white-space: pre-line;
      font-size: 1.05rem;
      line-height: 1.5;
    }
    ul,
    ol {
      padding-left: 20px;
    }
    li {
      margin: 4px 0;
      overflow-wrap: anywhere;
    }
    .together {
      margin-top: 20px;
      font-style: italic;
    }
    .revise {
      margin-top: 24px;
    }
    .words {
      width: 100%;
      margin-bottom: 8px;
    }
    .confidential {
      margin-top: 24px;
      font-size: 0.85rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
      padding-top: 12px;
    }
  `,
})
export class ClosingSummaryPage {
  /** The plan: `:planId` on member routes, `:id` on staff ones. */
  readonly planId = input<string>();
  readonly id = input<string>();
  private readonly route = inject(ActivatedRoute);
  private readonly api = inject(AftercareApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(TrackLabels);
  protected readonly area = toSignal(
    this.route.data.pipe(map((d) => (d['area'] as Area | undefined) ?? 'patient')),
    { initialValue: 'patient' as Area },
  );
  private readonly plan = computed(() => this.planId() ?? this.id() ?? '');
  protected readonly back = computed(() => {
    const area = this.area();
    return area === 'staff' ? `/staff/plans/${this.plan()}` : `/${area}`;
  });
  protected readonly summary = signal<ClosingSummary | null>(null);
  protected readonly loadError = signal('');
  protected readonly action = new ApiAction();
  protected words = '';

  constructor() {
    effect(() => {
      const planId = this.plan();
      if (planId) untracked(() => void this.load(planId));
    });
  }

  /** Staff: the closing words put right, as a new version (what everyone first read is kept). */
  protected async revise(planId: string): Promise<void> {
    const revised = await this.action.run(() =>
      this.api.reviseWords({ planId, closingWords: this.words }),
    );
    if (revised) {
      this.summary.set(revised);
      this.words = '';
    }
  }

  private async load(planId: string): Promise<void> {
    try {
      this.summary.set(await this.api.summary(planId));
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
