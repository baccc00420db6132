import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { AgreementApi, Expectation, ExpectationDecision } from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { ApiAction } from '../api-action';
import { AgreementLabels, AgreementPhase, firstName, ymd } from './agreement-labels';

type Panel = 'change' | 'revise' | 'comment' | null;

/** Words to translate in the template, so they follow the language once it has loaded. */
interface Line {
  key: string;
  params: Record<string, unknown>;
}

/** One line of an expectation's history: a version written, or an answer or comment on one. */
interface HistoryLine {
  key: string;
  at: string;
  heading: Line;
  text: string | null;
  suggested: string | null;
}

/**
 * One expectation: who asks what of whom, where it stands in kind words, its history, and what
 * the reader can do — a party accepts, asks for a change, rewords it or suggests setting it aside;
 * staff add a comment and suggested wording, which decide nothing.
 */
@Component({
  selector: 'hw-expectation-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    CommunicationHintsComponent,
  ],
  template: `
    <article
      *transloco="let t"
      class="card"
      [id]="'expectation-' + expectation().id"
      tabindex="-1"
      data-testid="expectation"
      [attr.data-status]="expectation().status"
      [attr.aria-labelledby]="'expectation-title-' + expectation().id"
    >
      <div class="top">
        <span class="chip">{{ t('agreement.category.' + expectation().category) }}</span>
        <span
          class="status"
          [class.agreed]="expectation().status === 'AGREED'"
          [class.mine]="waitingForMe()"
          data-testid="expectation-status"
        >
          {{ t(status().key, status().params) }}
        </span>
      </div>
      <h3 [id]="'expectation-title-' + expectation().id">{{ t(who().key, who().params) }}</h3>
      <p class="words" data-testid="expectation-text">{{ inForce() }}</p>
      @if (newWording(); as wording) {
        <div class="proposal" data-testid="expectation-new-wording">
          <p class="label">
            {{ t('agreement.expectations.newWording', { version: expectation().currentVersion }) }}
          </p>
          <p class="words">{{ wording }}</p>
        </div>
      }
      @if (discussion(); as line) {
        <p class="discussion" data-testid="expectation-discussion">
          {{ t(line.key, line.params) }}
        </p>
      }
      <p class="meta muted">
        {{ labels.phase(expectation().appliesFromPhase, phases()) }}
        @if (expectation().reviewOn; as reviewOn) {
          · {{ t('agreement.expectations.reviewOn', { date: labels.dateOnly(reviewOn) }) }}
        }
        · {{ t('agreement.expectations.version', { version: expectation().currentVersion }) }}
      </p>

      @for (note of notes(); track $index) {
        <p class="note" data-testid="expectation-note">{{ t(note.key, note.params) }}</p>
      }
      @if (suggestion(); as suggested) {
        <div class="suggestion" data-testid="expectation-suggestion">
          <p>
            <strong>{{
              t('agreement.expectations.counselorSuggests', { name: suggested.authorName })
            }}</strong>
            {{ suggested.suggestedText }}
          </p>
          @if (canAct()) {
            <button mat-button type="button" (click)="openRevise(suggested.suggestedText)">
              {{ t('agreement.expectations.useSuggestion') }}
            </button>
          }
        </div>
      }

      @if (done(); as done) {
        <p class="done" role="status">{{ t(done.key, done.params) }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert" data-testid="expectation-error">{{ action.error() }}</p>
      }

      @if (mode() === 'member' && canAct()) {
        @if (panel() === 'change') {
          <form class="panel" [formGroup]="changeForm" (ngSubmit)="askChange()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('agreement.expectations.comment') }}</mat-label>
              <textarea
                matInput
                formControlName="comment"
                rows="3"
                data-testid="expectation-comment"
              ></textarea>
              <mat-hint>{{
                t('agreement.expectations.commentHint', { name: otherFirstName() })
              }}</mat-hint>
            </mat-form-field>
            @if (labels.hints(); as hintLabels) {
              <hw-communication-hints
                [text]="changeText()"
                [language]="labels.language()"
                [labels]="hintLabels"
                testId="expectation-comment-hints"
              />
            }
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="action.busy()"
                data-testid="expectation-send-change"
              >
                {{ t('agreement.expectations.sendChange') }}
              </button>
              <button mat-button type="button" (click)="close()">
                {{ t('agreement.cancel') }}
              </button>
            </div>
          </form>
        } @else if (panel() === 'revise') {
          <form class="panel" [formGroup]="reviseForm" (ngSubmit)="revise()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('agreement.expectations.newText') }}</mat-label>
              <textarea
                matInput
                formControlName="text"
                rows="3"
                data-testid="expectation-revise-text"
              ></textarea>
            </mat-form-field>
            @if (labels.hints(); as hintLabels) {
              <hw-communication-hints
                [text]="reviseText()"
                [language]="labels.language()"
                [labels]="hintLabels"
                testId="expectation-revise-hints"
              />
            }
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('agreement.expectations.newReviewOn') }}</mat-label>
              <input
                matInput
                type="date"
                formControlName="reviewOn"
                [min]="tomorrow"
                data-testid="expectation-revise-review"
              />
            </mat-form-field>
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="action.busy()"
                data-testid="expectation-save-revision"
              >
                {{ t('agreement.expectations.saveRevision') }}
              </button>
              <button mat-button type="button" (click)="close()">
                {{ t('agreement.cancel') }}
              </button>
            </div>
          </form>
        } @else {
          <div class="actions">
            @if (canAccept()) {
              <button
                mat-flat-button
                type="button"
                [disabled]="action.busy()"
                data-testid="expectation-accept"
                (click)="answer('ACCEPT')"
              >
                {{ t(acceptLabel()) }}
              </button>
            }
            <button
              mat-stroked-button
              type="button"
              [disabled]="action.busy()"
              data-testid="expectation-ask-change"
              (click)="open('change')"
            >
              {{ t('agreement.expectations.askChange') }}
            </button>
            <button
              mat-stroked-button
              type="button"
              [disabled]="action.busy()"
              data-testid="expectation-revise"
              (click)="openRevise(expectation().text)"
            >
              {{ t('agreement.expectations.revise') }}
            </button>
            @if (!me()?.wantsToRetire) {
              <button
                mat-button
                type="button"
                [disabled]="action.busy()"
                data-testid="expectation-retire"
                (click)="answer('RETIRE')"
              >
                {{
                  other()?.wantsToRetire
                    ? t('agreement.expectations.agreeRetire')
                    : t('agreement.expectations.retire')
                }}
              </button>
            }
          </div>
        }
      }

      @if (mode() === 'staff' && expectation().status !== 'RETIRED') {
        @if (panel() === 'comment') {
          <form class="panel" [formGroup]="commentForm" (ngSubmit)="comment()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('agreement.staffComment.comment') }}</mat-label>
              <textarea
                matInput
                formControlName="comment"
                rows="3"
                data-testid="staff-comment"
              ></textarea>
            </mat-form-field>
            @if (labels.hints(); as hintLabels) {
              <hw-communication-hints
                [text]="staffCommentText()"
                [language]="labels.language()"
                [labels]="hintLabels"
                testId="staff-comment-hints"
              />
            }
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('agreement.staffComment.suggested') }}</mat-label>
              <textarea
                matInput
                formControlName="suggestedText"
                rows="2"
                data-testid="staff-suggested"
              ></textarea>
              <mat-hint>{{ t('agreement.staffComment.suggestedHint') }}</mat-hint>
            </mat-form-field>
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                [disabled]="action.busy()"
                data-testid="staff-comment-submit"
              >
                {{ t('agreement.staffComment.submit') }}
              </button>
              <button mat-button type="button" (click)="close()">
                {{ t('agreement.cancel') }}
              </button>
            </div>
          </form>
        } @else {
          <div class="actions">
            <button
              mat-stroked-button
              type="button"
              data-testid="staff-comment-open"
              (click)="open('comment')"
            >
              {{ t('agreement.staffComment.open') }}
            </button>
          </div>
        }
      }

      <details class="history" data-testid="expectation-history">
        <summary>{{ t('agreement.expectations.history', { count: history().length }) }}</summary>
        <ol>
          @for (line of history(); track line.key) {
            <li>
              <span class="what">{{ t(line.heading.key, line.heading.params) }}</span>
              <span class="muted">{{ labels.when(line.at) }}</span>
              @if (line.text) {
                <span class="quote">{{ line.text }}</span>
              }
              @if (line.suggested) {
                <span class="quote">{{
                  t('agreement.expectations.suggested', { text: line.suggested })
                }}</span>
              }
            </li>
          }
        </ol>
      </details>
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    .card {
      display: grid;
      gap: 8px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      scroll-margin-top: 96px;
    }
    .card:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 8px;
      align-items: center;
      justify-content: space-between;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font-size: 0.8125rem;
    }
    .status {
      font-weight: 500;
      font-size: 0.875rem;
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container);
    }
    .status.agreed {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .status.agreed::before {
      content: '✓ ';
    }
    .status.mine {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    p {
      margin: 0;
    }
    .words {
      font: var(--mat-sys-body-large);
    }
    .meta {
      font-size: 0.875rem;
    }
    .proposal {
      border-left: 4px solid var(--mat-sys-tertiary);
      padding: 2px 10px;
      display: grid;
      gap: 2px;
    }
    .proposal .label {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .discussion {
      font-size: 0.875rem;
    }
    .note {
      background: var(--mat-sys-surface-container);
      padding: 6px 10px;
      border-radius: 8px;
    }
    .suggestion {
      border-left: 4px solid var(--mat-sys-primary);
      padding: 4px 10px;
      display: grid;
      gap: 4px;
      justify-items: start;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 6px 10px;
      border-radius: 8px;
    }
    .panel {
      display: grid;
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    @media (max-width: 480px) {
      .actions > button {
        flex: 1 1 auto;
      }
    }
    .history summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      padding: 4px 0;
    }
    .history ol {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .history li {
      display: grid;
      gap: 2px;
      padding-left: 10px;
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .history .what {
      font-weight: 500;
    }
    .history .quote {
      font-style: italic;
    }
  `,
})
export class ExpectationCardComponent {
  readonly expectation = input.required<Expectation>();
  /** A party (patient or family) takes part; staff read and comment. */
  readonly mode = input<'member' | 'staff'>('member');
  readonly phases = input<readonly AgreementPhase[] | null>(null);
  /** Something changed: the agreement (and perhaps the contract) should be read again. */
  readonly changed = output<void>();

  private readonly api = inject(AgreementApi);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly labels = inject(AgreementLabels);

  protected readonly panel = signal<Panel>(null);
  protected readonly action = new ApiAction();
  protected readonly done = signal<Line | null>(null);
  protected readonly tomorrow = ymd(new Date(Date.now() + 86_400_000));

  protected readonly changeForm = this.fb.group({ comment: [''] });
  protected readonly reviseForm = this.fb.group({ text: [''], reviewOn: [''] });
  protected readonly commentForm = this.fb.group({ comment: [''], suggestedText: [''] });
  protected readonly changeText = toSignal(this.changeForm.controls.comment.valueChanges, {
    initialValue: '',
  });
  protected readonly reviseText = toSignal(this.reviseForm.controls.text.valueChanges, {
    initialValue: '',
  });
  protected readonly staffCommentText = toSignal(this.commentForm.controls.comment.valueChanges, {
    initialValue: '',
  });

  protected readonly me = computed(
    () => this.expectation().parties.find((p) => p.member.isMe) ?? null,
  );
  protected readonly other = computed(
    () => this.expectation().parties.find((p) => !p.member.isMe) ?? null,
  );
  protected readonly otherFirstName = computed(() =>
    firstName(this.other()?.member.displayName ?? ''),
  );
  /** The reader is one of the two and it is still open. */
  protected readonly canAct = computed(
    () => this.mode() === 'member' && !!this.me() && this.expectation().status !== 'RETIRED',
  );
  protected readonly canAccept = computed(() => {
    const e = this.expectation();
    return e.status === 'PROPOSED'
      ? this.me()?.decision !== 'ACCEPT'
      : e.status === 'AGREED' && e.awaitingMyAnswer;
  });

  /** A newer wording than the agreed one is being talked over: the agreed one stays in force until both accept. */
  protected readonly reworded = computed(() => {
    const e = this.expectation();
    return (
      e.status === 'AGREED' && e.agreedVersion !== null && e.agreedVersion !== e.currentVersion
    );
  });
  /** The words in force: the agreed ones while a newer wording is talked over, otherwise the current ones. */
  protected readonly inForce = computed(() => {
    const e = this.expectation();
    return this.reworded()
      ? (e.versions.find((v) => v.version === e.agreedVersion)?.text ?? e.text)
      : e.text;
  });
  protected readonly newWording = computed(() =>
    this.reworded() ? this.expectation().text : null,
  );
  /** Agreed, and something is being talked over: who it waits for, in kind words. */
  protected readonly discussion = computed<Line | null>(() => {
    const e = this.expectation();
    if (!e.changeUnderDiscussion) return null;
    if (!this.reworded()) return { key: 'agreement.expectations.discussion.change', params: {} };
    const pending = e.parties.filter((p) => p.decision !== 'ACCEPT');
    return pending.some((p) => p.member.isMe)
      ? { key: 'agreement.expectations.discussion.waitingForYou', params: {} }
      : {
          key: 'agreement.expectations.discussion.waitingFor',
          params: { name: this.labels.list(pending.map((p) => firstName(p.member.displayName))) },
        };
  });
  protected readonly acceptLabel = computed(() =>
    this.reworded()
      ? 'agreement.expectations.acceptNewWording'
      : this.expectation().status === 'AGREED'
        ? 'agreement.expectations.stillAgreed'
        : 'agreement.expectations.accept',
  );

  /** "You ask of Maria", "Maria asks of you", or "Pat asks of Maria". */
  protected readonly who = computed<Line>(() => {
    const { from, to } = this.expectation();
    if (from.isMe)
      return { key: 'agreement.expectations.youAsk', params: { name: to.displayName } };
    if (to.isMe)
      return { key: 'agreement.expectations.asksOfYou', params: { name: from.displayName } };
    return {
      key: 'agreement.expectations.asks',
      params: { from: from.displayName, to: to.displayName },
    };
  });

  /** Where it stands, in kind words: never a bare status. */
  protected readonly status = computed<Line>(() => {
    const e = this.expectation();
    const pending = e.parties.filter((p) => p.decision !== 'ACCEPT');
    const key =
      e.status === 'RETIRED'
        ? 'retired'
        : e.status === 'AGREED'
          ? e.dueForReview
            ? 'dueForReview'
            : 'agreed'
          : pending.some((p) => p.member.isMe)
            ? 'waitingForYou'
            : 'waitingFor';
    return {
      key: `agreement.expectations.status.${key}`,
      params: { name: this.labels.list(pending.map((p) => firstName(p.member.displayName))) },
    };
  });
  protected readonly waitingForMe = computed(() => this.status().key.endsWith('waitingForYou'));

  /** A change someone is still asking for, and a wish to set it aside, on the current version. */
  protected readonly notes = computed<Line[]>(() => {
    const e = this.expectation();
    const notes: Line[] = [];
    for (const party of e.parties) {
      const name = firstName(party.member.displayName);
      if (party.decision === 'REQUEST_CHANGE') {
        const asked = e.answers.filter(
          (a) => a.version === e.currentVersion && a.decision === 'REQUEST_CHANGE' && !a.fromStaff,
        );
        const comment =
          (asked.filter((a) => a.authorName === party.member.displayName).at(-1) ?? asked.at(-1))
            ?.comment ?? '';
        notes.push(
          party.member.isMe
            ? { key: 'agreement.expectations.changeAskedByYou', params: { comment } }
            : { key: 'agreement.expectations.changeAsked', params: { name, comment } },
        );
      }
      if (party.wantsToRetire && e.status !== 'RETIRED') {
        notes.push(
          party.member.isMe
            ? { key: 'agreement.expectations.youWantToRetire', params: {} }
            : { key: 'agreement.expectations.wantsToRetire', params: { name } },
        );
      }
    }
    return notes;
  });

  /** The counselor's latest suggested wording for the current version. */
  protected readonly suggestion = computed(() => {
    const e = this.expectation();
    if (e.status === 'RETIRED') return null;
    const latest = e.answers
      .filter((a) => a.fromStaff && a.version === e.currentVersion && a.suggestedText)
      .at(-1);
    return latest
      ? { authorName: latest.authorName, suggestedText: latest.suggestedText as string }
      : null;
  });

  /** Versions and answers, oldest first; a writer's own acceptance of their words goes without saying. */
  protected readonly history = computed<HistoryLine[]>(() => {
    const e = this.expectation();
    const versions = e.versions.map((v) => ({
      key: `v${v.version}`,
      at: v.createdAt,
      text: v.text,
      suggested: null,
      heading: {
        key: 'agreement.expectations.versionBy',
        params: { version: v.version, name: v.authorName },
      },
    }));
    const answers = e.answers
      .filter(
        (a) =>
          !(
            a.decision === 'ACCEPT' &&
            e.versions.some(
              (v) =>
                v.version === a.version &&
                v.authorName === a.authorName &&
                v.createdAt === a.createdAt,
            )
          ),
      )
      .map((a) => ({
        key: `a${a.id}`,
        at: a.createdAt,
        text: a.comment,
        suggested: a.suggestedText,
        heading: {
          key: a.fromStaff
            ? 'agreement.expectations.answer.staff'
            : `agreement.expectations.answer.${a.decision ?? 'ACCEPT'}`,
          params: { name: a.authorName, version: a.version },
        },
      }));
    return [...versions, ...answers].sort((a, b) => a.at.localeCompare(b.at));
  });

  protected open(panel: Panel): void {
    this.action.error.set('');
    this.done.set(null);
    this.changeForm.reset({ comment: '' });
    this.commentForm.reset({ comment: '', suggestedText: '' });
    this.panel.set(panel);
  }

  protected openRevise(text: string): void {
    this.open('revise');
    this.reviseForm.reset({ text, reviewOn: '' });
  }

  protected close(): void {
    this.panel.set(null);
    this.action.error.set('');
  }

  async answer(decision: ExpectationDecision, comment?: string): Promise<void> {
    const e = this.expectation();
    await this.run(
      () =>
        this.api.answer({
          expectationId: e.id,
          version: e.currentVersion,
          decision,
          ...(comment ? { comment } : {}),
        }),
      `agreement.expectations.answered.${decision}`,
    );
  }

  async askChange(): Promise<void> {
    const comment = this.changeForm.getRawValue().comment.trim();
    if (!comment) {
      this.action.error.set(
        this.transloco.translate('agreement.expectations.commentNeeded', {
          name: this.otherFirstName(),
        }),
      );
      return;
    }
    await this.answer('REQUEST_CHANGE', comment);
  }

  async revise(): Promise<void> {
    const { text, reviewOn } = this.reviseForm.getRawValue();
    if (!text.trim()) {
      this.action.error.set(this.transloco.translate('agreement.expectations.textNeeded'));
      return;
    }
    const e = this.expectation();
    await this.run(
      () =>
        this.api.revise({
          expectationId: e.id,
          version: e.currentVersion,
          text: text.trim(),
          ...(reviewOn ? { reviewOn } : {}),
        }),
      'agreement.expectations.revised',
    );
  }

  async comment(): Promise<void> {
    const { comment, suggestedText } = this.commentForm.getRawValue();
    if (!comment.trim()) {
      this.action.error.set(this.transloco.translate('agreement.staffComment.needed'));
      return;
    }
    await this.run(
      () =>
        this.api.comment({
          expectationId: this.expectation().id,
          comment: comment.trim(),
          ...(suggestedText.trim() ? { suggestedText: suggestedText.trim() } : {}),
        }),
      'agreement.staffComment.done',
    );
  }

  private async run(work: () => Promise<unknown>, doneKey: string): Promise<void> {
    this.done.set(null);
    await this.action.run(
      async () => {
        await work();
        this.panel.set(null);
        this.done.set({ key: doneKey, params: { name: this.otherFirstName() } });
        this.changed.emit();
      },
      (problem) => {
        // Someone else answered or reworded it meanwhile: show them the version as it is now.
        if (problem.code === 'CONFLICT') this.changed.emit();
      },
    );
  }
}
