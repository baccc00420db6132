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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeReason, isReason } from '@homeward/domain';
import {
  AgreementApi,
  AgreementMember,
  MessagesApi,
  MessageThread,
  MessageThreadSummary,
  SubmissionKey,
} from '@homeward/web-data-access';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import { AgreementLabels } from '../agreement/agreement-labels';
import { ApiAction, ApiErrors } from '../api-action';
import { SubmitRowComponent } from '../submit-row.component';
import { concerns, LiveUpdates } from '../live-updates';

/**
 * Messages on a phone: the threads, one thread, and writing with the safe-communication hint
 * (only the writer sees it; it never blocks and is never sent). A sent message is kept as sent.
 */
@Component({
  selector: 'hw-messages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    CommunicationHintsComponent,
    SubmitRowComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="messages">
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (open(); as thread) {
        <button mat-button type="button" (click)="close()" data-testid="all-threads">
          ← {{ t('messages.allThreads') }}
        </button>
        <h2 data-testid="thread-title">{{ namesOf(thread.participants, t('messages.you')) }}</h2>
        @if (!thread.joined) {
          <p class="muted">{{ t('messages.staffReading') }}</p>
          <button mat-flat-button type="button" (click)="join()" data-testid="join-thread">
            {{ t('messages.join') }}
          </button>
        }
        <ol class="messages" data-testid="thread-messages">
          @for (m of thread.messages; track m.id) {
            <li [class.mine]="m.mine" data-testid="message">
              <span class="author">{{ m.mine ? t('messages.you') : m.authorName }}</span>
              <p class="body" data-testid="message-text">{{ m.body }}</p>
              <span class="meta"
                >{{ when(m.sentAt) }}
                @if (m.mine && m.seenBy.length) {
                  ·
                  <span data-testid="seen-by">{{
                    t('messages.seenBy', { names: seenNames(m.seenBy) })
                  }}</span>
                }
              </span>
            </li>
          } @empty {
            <li class="muted">{{ t('messages.noneYet') }}</li>
          }
        </ol>
        @if (thread.canWrite) {
          <ng-container [ngTemplateOutlet]="compose" [ngTemplateOutletContext]="{ $implicit: t }" />
        } @else if (thread.cannotWriteReason) {
          <p class="muted" data-testid="cannot-write">
            {{ reasonWords(thread.cannotWriteReason) }}
          </p>
        }
      } @else {
        <h2>{{ t('messages.threads') }}</h2>
        <ul class="threads" data-testid="threads">
          @for (thread of threads(); track thread.id) {
            <li>
              <button type="button" class="thread" (click)="select(thread.id)" data-testid="thread">
                <span class="who">{{ namesOf(thread.participants, t('messages.you')) }}</span>
                @if (thread.unseenCount) {
                  <span class="unseen" data-testid="unseen">{{
                    t('messages.unseen', { count: thread.unseenCount })
                  }}</span>
                }
                <span class="last">{{ thread.lastMessage ?? '' }}</span>
              </button>
            </li>
          } @empty {
            <li class="muted">{{ t('messages.noThreads') }}</li>
          }
        </ul>
        <h2>{{ t('messages.new') }}</h2>
        <fieldset class="to">
          <legend>{{ t('messages.to') }}</legend>
          @for (person of people(); track person.id) {
            <mat-checkbox
              [checked]="chosen().includes(person.id)"
              (change)="toggle(person.id)"
              [attr.data-testid]="'to-' + person.id"
              >{{ person.displayName }}</mat-checkbox
            >
          }
          @if (mode() === 'member' && chosen().length === 0) {
            <p class="muted" data-testid="to-care-team">{{ t('messages.toCareTeam') }}</p>
          }
        </fieldset>
        <ng-container [ngTemplateOutlet]="compose" [ngTemplateOutletContext]="{ $implicit: t }" />
      }

      <ng-template #compose let-t>
        <form (ngSubmit)="send()" class="compose">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('messages.write') }}</mat-label>
            <textarea
              matInput
              rows="3"
              name="body"
              [ngModel]="body()"
              (ngModelChange)="body.set($event)"
              data-testid="message-body"
            ></textarea>
          </mat-form-field>
          @if (labels.hints(); as hintLabels) {
            <hw-communication-hints
              [text]="body()"
              [language]="labels.language()"
              [labels]="hintLabels"
              testId="message-hints"
            />
          }
          <hw-submit-row
            [action]="action"
            testId="send-message"
            errorTestId="message-error"
            [blocked]="!body().trim()"
          >
            {{ t('messages.send') }}
          </hw-submit-row>
          <p class="muted small">{{ t('messages.keptAsSent') }}</p>
        </form>
      </ng-template>
    </section>
  `,
  styles: `
    :host {
      display: block;
      max-width: 640px;
    }
    .threads {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    .thread {
      display: grid;
      width: 100%;
      text-align: left;
      gap: 2px;
      padding: 12px;
      margin-bottom: 8px;
      border: 1px solid var(--mat-sys-outline-variant, #ccc);
      border-radius: 12px;
      background: none;
      font: inherit;
      cursor: pointer;
    }
    .who {
      font-weight: 600;
    }
    .last {
      color: var(--mat-sys-on-surface-variant, #555);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .messages {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .messages li {
      max-width: 85%;
      padding: 8px 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .messages li.mine {
      justify-self: end;
      background: var(--mat-sys-secondary-container);
    }
    .author,
    .meta {
      font-size: 0.8rem;
      color: var(--mat-sys-on-surface-variant, #555);
    }
    .body {
      margin: 2px 0;
      white-space: pre-wrap;
    }
    .to {
      border: none;
      padding: 0;
      display: grid;
    }
    .compose {
      display: grid;
      gap: 8px;
    }
    .small {
      font-size: 0.8rem;
    }
  `,
})
export class MessagesComponent {
  readonly planId = input.required<string>();
  /** member: the patient or a family member; staff: reads every thread and joins one to write. */
  readonly mode = input<'member' | 'staff'>('member');
  private readonly api = inject(MessagesApi);
  private readonly agreement = inject(AgreementApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(AgreementLabels);
  protected readonly action = new ApiAction();
  private readonly key = new SubmissionKey();

  protected readonly threads = signal<MessageThreadSummary[]>([]);
  protected readonly open = signal<MessageThread | null>(null);
  protected readonly members = signal<AgreementMember[]>([]);
  protected readonly chosen = signal<string[]>([]);
  protected readonly body = signal('');
  protected readonly error = signal('');
  protected readonly people = computed(() =>
    this.members().filter((m) => !m.isMe && m.status === 'ACTIVE' && m.kind !== 'STAFF'),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    // A message from someone else shows without a reload (the update names no words).
    inject(LiveUpdates)
      .on('messages')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.planId())) void this.refresh();
      });
  }

  private async load(planId: string): Promise<void> {
    try {
      const [threads, agreement] = await Promise.all([
        this.api.threads(planId),
        this.agreement.agreement(planId),
      ]);
      this.threads.set(threads);
      this.members.set(agreement?.members ?? []);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }

  private async refresh(): Promise<void> {
    const open = this.open();
    if (open) this.open.set(await this.api.markSeen(open.id));
    else this.threads.set(await this.api.threads(this.planId()));
  }

  protected async select(id: string): Promise<void> {
    this.body.set('');
    this.action.error.set('');
    const thread = await this.action.run(() => this.api.markSeen(id));
    if (thread) this.open.set(thread);
  }

  protected close(): void {
    this.open.set(null);
    this.body.set('');
    void this.load(this.planId());
  }

  protected toggle(memberId: string): void {
    this.chosen.update((ids) =>
      ids.includes(memberId) ? ids.filter((id) => id !== memberId) : [...ids, memberId],
    );
  }

  protected async join(): Promise<void> {
    const open = this.open();
    if (!open) return;
    const thread = await this.action.run(() => this.api.join(open.id));
    if (thread) this.open.set(thread);
  }

  protected async send(): Promise<void> {
    const body = this.body().trim();
    if (!body) return;
    const open = this.open();
    const thread = await this.action.run(() =>
      open
        ? this.api.send(open.id, body, this.key)
        : this.api.start(this.planId(), this.chosen(), body, this.key),
    );
    if (!thread) return;
    this.body.set('');
    this.chosen.set([]);
    this.open.set(thread);
  }

  /** "You and Maria Rivera", "Tú y Pat Rivera": you first (so Spanish never reads "…, Tú"). */
  protected namesOf(participants: { name: string; isMe: boolean }[], you: string): string {
    const ordered = [...participants.filter((p) => p.isMe), ...participants.filter((p) => !p.isMe)];
    return this.labels.list(ordered.map((p) => (p.isMe ? you : p.name)));
  }

  protected seenNames(seen: { name: string }[]): string {
    return seen.map((s) => s.name).join(', ');
  }

  protected when(at: string): string {
    return this.labels.when(at);
  }

  protected reasonWords(reason: string): string {
    return isReason(reason) ? describeReason(reason, {}, this.labels.language()) : '';
  }
}
