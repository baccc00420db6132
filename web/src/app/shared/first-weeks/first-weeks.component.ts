import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { MAX_FIRST_WEEKS_WORDS } from '@homeward/domain';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { FirstWeeks, FirstWeeksApi, FirstWeeksTopicView } from '@homeward/web-data-access';
import { AgreementLabels } from '../agreement/agreement-labels';
import { SubmitRowComponent } from '../submit-row.component';
import { ApiAction, ApiErrors } from '../api-action';
import { concerns as onPlan, LiveUpdates } from '../live-updates';
import { RedisclosureNoticeComponent } from '../redisclosure-notice.component';
import { draftChanged, draftFor, HopeDraft } from './first-weeks-draft';

export type FirstWeeksArea = 'patient' | 'family' | 'staff';

/**
 * The first weeks at home, prepared (issue 15, DESIGN principle 8): topic by topic, my hope
 * beside those of the others who wrote theirs for me, and the counselor's suggestion, so that a
 * cautious welcome is expected rather than felt as a rebuke. Members write hopes and choose who
 * each is for; staff read everyone's and write a suggestion per topic.
 */
@Component({
  selector: 'hw-first-weeks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    SubmitRowComponent,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    CommunicationHintsComponent,
    RedisclosureNoticeComponent,
  ],
  template: `
    <div *transloco="let t" data-testid="first-weeks">
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!view()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (view(); as view) {
        <p class="intro">
          {{ area() === 'staff' ? t('firstWeeks.introStaff') : t('firstWeeks.intro') }}
        </p>
        @if (view.notice) {
          <hw-redisclosure-notice [notice]="view.notice" />
        }
        @if (!view.open) {
          <p class="muted" role="status">{{ t('firstWeeks.closed') }}</p>
        }
        @for (topic of view.topics; track topic.topic) {
          <mat-card
            appearance="outlined"
            class="topic"
            [attr.data-testid]="'first-weeks-' + topic.topic"
          >
            <mat-card-content>
              <h2>{{ topic.title }}</h2>
              <p class="muted prompt">{{ topic.prompt }}</p>

              @if (topic.suggestion; as suggestion) {
                <div class="suggestion" data-testid="first-weeks-suggestion">
                  <strong>{{ t('firstWeeks.suggests', { name: suggestion.writtenBy }) }}</strong>
                  <p>{{ suggestion.words }}</p>
                </div>
              }

              @if (view.mayHope) {
                <div class="mine">
                  <h3>{{ t('firstWeeks.mine') }}</h3>
                  @if (editing() === topic.topic) {
                    <form (ngSubmit)="saveHope(topic)" class="stack">
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-label>{{ t('firstWeeks.words') }}</mat-label>
                        <textarea
                          matInput
                          name="words"
                          rows="3"
                          [maxlength]="max"
                          [(ngModel)]="draft.words"
                          data-testid="first-weeks-words"
                        ></textarea>
                      </mat-form-field>
                      @if (labels.hints(); as hintLabels) {
                        <hw-communication-hints
                          [text]="draft.words"
                          [language]="labels.language()"
                          [labels]="hintLabels"
                          testId="first-weeks-hints"
                        />
                      }
                      @if (othersThan(view).length) {
                        <fieldset>
                          <legend>{{ t('firstWeeks.forWhom') }}</legend>
                          @for (person of othersThan(view); track person.memberId) {
                            <mat-checkbox
                              [checked]="draft.parties.has(person.memberId)"
                              (change)="toggle(person.memberId, $event.checked)"
                              [attr.data-testid]="'first-weeks-party-' + person.memberId"
                              >{{ person.name }}</mat-checkbox
                            >
                          }
                          <p class="muted small">{{ t('firstWeeks.forWhomHint') }}</p>
                        </fieldset>
                      }
                      <hw-submit-row
                        [action]="saving"
                        testId="first-weeks-save"
                        [blocked]="!changed(topic)"
                      >
                        {{ t('firstWeeks.save') }}
                        <button beside mat-button type="button" (click)="editing.set(null)">
                          {{ t('agreement.cancel') }}
                        </button>
                      </hw-submit-row>
                    </form>
                  } @else if (topic.mine; as mine) {
                    <p class="words" data-testid="first-weeks-mine">{{ mine.words }}</p>
                    <p class="muted small">
                      {{
                        mine.partyNames.length
                          ? t('firstWeeks.forNames', { names: labels.list(mine.partyNames) })
                          : t('firstWeeks.forNoOne')
                      }}
                    </p>
                    @if (mine.earlier.length) {
                      <details>
                        <summary>{{ t('firstWeeks.earlier', { n: mine.earlier.length }) }}</summary>
                        <ul>
                          @for (e of mine.earlier; track e.version) {
                            <li>{{ e.words || t('firstWeeks.leftEmpty') }}</li>
                          }
                        </ul>
                      </details>
                    }
                    @if (view.open) {
                      <div class="actions">
                        <button
                          mat-stroked-button
                          type="button"
                          (click)="edit(topic, view)"
                          data-testid="first-weeks-change"
                        >
                          {{ t('firstWeeks.change') }}
                        </button>
                        <button
                          mat-button
                          type="button"
                          (click)="leaveEmpty(topic)"
                          [disabled]="saving.busy()"
                        >
                          {{ t('firstWeeks.leaveEmpty') }}
                        </button>
                      </div>
                    }
                  } @else if (view.open) {
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="edit(topic, view)"
                      data-testid="first-weeks-write"
                    >
                      {{ t('firstWeeks.write') }}
                    </button>
                  }
                </div>
              }

              <div class="others">
                <h3>
                  {{ area() === 'staff' ? t('firstWeeks.everyone') : t('firstWeeks.others') }}
                </h3>
                @for (hope of topic.others; track hope.id) {
                  <div class="other" data-testid="first-weeks-other">
                    <strong>{{ t('firstWeeks.hopes', { name: hope.authorName }) }}</strong>
                    <p class="words">{{ hope.words }}</p>
                    @if (area() === 'staff') {
                      <p class="muted small">
                        {{
                          hope.partyNames.length
                            ? t('firstWeeks.forNames', { names: labels.list(hope.partyNames) })
                            : t('firstWeeks.forNoOne')
                        }}
                      </p>
                    }
                  </div>
                } @empty {
                  <p class="muted">
                    {{
                      area() === 'staff' ? t('firstWeeks.noneYetStaff') : t('firstWeeks.noneYet')
                    }}
                  </p>
                }
              </div>

              @if (view.maySuggest && view.open) {
                <form (ngSubmit)="suggest(topic)" class="stack suggest">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('firstWeeks.suggestion') }}</mat-label>
                    <textarea
                      matInput
                      rows="2"
                      [name]="'suggestion-' + topic.topic"
                      [maxlength]="max"
                      [(ngModel)]="suggestions[topic.topic]"
                      [attr.data-testid]="'first-weeks-suggestion-' + topic.topic"
                    ></textarea>
                    <mat-hint>{{ t('firstWeeks.suggestionHint') }}</mat-hint>
                  </mat-form-field>
                  @if (suggesting.error() && suggestingTopic() === topic.topic) {
                    <p class="error" role="alert">{{ suggesting.error() }}</p>
                  }
                  <div class="actions">
                    <button
                      mat-stroked-button
                      type="submit"
                      [disabled]="suggesting.busy()"
                      [attr.data-testid]="'first-weeks-suggest-' + topic.topic"
                    >
                      {{ t('firstWeeks.suggest') }}
                    </button>
                  </div>
                </form>
              }
            </mat-card-content>
          </mat-card>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .topic {
      margin: 12px 0;
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.25rem;
    }
    h3 {
      margin: 12px 0 4px;
      font-size: 1rem;
    }
    .prompt {
      margin-top: 0;
    }
    .suggestion {
      border-left: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 4px;
    }
    .suggestion p,
    .other p.words {
      margin: 4px 0 0;
    }
    .words {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .other {
      padding: 6px 0;
    }
    .stack {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
    }
    legend {
      padding: 0;
      margin-bottom: 4px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .suggest {
      margin-top: 12px;
    }
    .small {
      font-size: 0.875rem;
    }
  `,
})
export class FirstWeeksComponent {
  readonly planId = input.required<string>();
  readonly area = input.required<FirstWeeksArea>();
  private readonly api = inject(FirstWeeksApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(AgreementLabels);
  protected readonly view = signal<FirstWeeks | null>(null);
  protected readonly loadError = signal('');
  protected readonly editing = signal<string | null>(null);
  protected readonly suggestingTopic = signal<string | null>(null);
  protected readonly saving = new ApiAction();
  protected readonly suggesting = new ApiAction();
  protected readonly max = MAX_FIRST_WEEKS_WORDS;
  protected draft: HopeDraft = { words: '', parties: new Set() };
  protected suggestions: Record<string, string> = {};

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    // Hopes and suggestions are part of the agreement: its live topic tells this page to read again.
    inject(LiveUpdates)
      .on('agreement', 'plan')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((update) => {
        if (onPlan(update, this.planId()) && this.editing() === null) void this.load(this.planId());
      });
  }

  protected othersThan(view: FirstWeeks) {
    return view.people.filter((p) => !p.isMe);
  }

  protected edit(topic: FirstWeeksTopicView, view: FirstWeeks): void {
    this.saving.error.set('');
    this.draft = draftFor(topic, view.people);
    this.editing.set(topic.topic);
  }

  protected toggle(memberId: string, on: boolean): void {
    const parties = new Set(this.draft.parties);
    if (on) parties.add(memberId);
    else parties.delete(memberId);
    this.draft = { ...this.draft, parties };
  }

  protected changed(topic: FirstWeeksTopicView): boolean {
    return draftChanged(topic, this.draft);
  }

  protected async saveHope(topic: FirstWeeksTopicView): Promise<void> {
    const answer = await this.saving.run(() =>
      this.api.writeHope({
        planId: this.planId(),
        topic: topic.topic,
        words: this.draft.words,
        partyMemberIds: [...this.draft.parties],
      }),
    );
    if (!answer) return;
    this.view.set(answer);
    this.editing.set(null);
  }

  protected async leaveEmpty(topic: FirstWeeksTopicView): Promise<void> {
    const answer = await this.saving.run(() =>
      this.api.writeHope({
        planId: this.planId(),
        topic: topic.topic,
        words: '',
        // The people it was for who are still on the plan (someone who left cannot be named).
        partyMemberIds: [...draftFor(topic, this.view()?.people ?? []).parties],
      }),
    );
    if (answer) this.view.set(answer);
  }

  protected async suggest(topic: FirstWeeksTopicView): Promise<void> {
    this.suggestingTopic.set(topic.topic);
    const answer = await this.suggesting.run(() =>
      this.api.suggest({
        planId: this.planId(),
        topic: topic.topic,
        words: this.suggestions[topic.topic] ?? '',
      }),
    );
    if (answer) this.view.set(answer);
  }

  private async load(planId: string): Promise<void> {
    try {
      const view = await this.api.read(planId);
      this.view.set(view);
      // The counselor's box starts from the current suggestion, so a change edits it.
      for (const topic of view?.topics ?? [])
        if (this.suggestions[topic.topic] === undefined)
          this.suggestions[topic.topic] = topic.suggestion?.words ?? '';
      this.loadError.set('');
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
