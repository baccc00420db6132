import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { PeopleApi, Person } from '@homeward/web-data-access';
import { SessionStore } from '../../core/session.store';
import { ApiAction, ApiErrors } from '../../shared/api-action';

/** A page of the list: the API's largest. */
const PAGE = 50;

/**
 * `/staff/people`: everyone in the program. An admin pauses someone's access (they are signed
 * out at once and cannot sign in; nothing of theirs is deleted) and restores it; counselors see
 * the list only. Nobody pauses their own access.
 */
@Component({
  selector: 'hw-people-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="admin-people">
      <a mat-button routerLink="/staff">{{ t('common.back') }}</a>
      <h1>{{ t('admin.people.title') }}</h1>
      <p>{{ t('admin.people.intro', { organization: session.me()?.organization?.name }) }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (people().length === 0) {
        <p class="muted">{{ t('admin.people.none') }}</p>
      }
      @if (done()) {
        <p class="notice" role="status" data-testid="admin-people-done">{{ done() }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert" data-testid="admin-people-error">{{ action.error() }}</p>
      }
      <ul class="cards">
        @for (person of people(); track person.id) {
          <li>
            <mat-card
              appearance="outlined"
              data-testid="admin-person"
              [attr.data-email]="person.email"
            >
              <mat-card-content class="stack">
                <div class="head">
                  <h2>{{ person.displayName }}</h2>
                  <span
                    class="status"
                    [class.paused]="person.status === 'DISABLED'"
                    data-testid="admin-person-status"
                    >{{ t('status.' + person.status) }}</span
                  >
                </div>
                <p class="muted">
                  {{ person.email }} · {{ t('roles.' + person.role) }} ·
                  {{ t('admin.people.joined', { date: day(person.joinedAt) }) }}
                </p>
                @if (isSelf(person)) {
                  <p class="muted">{{ t('admin.people.you') }}</p>
                } @else if (isAdmin()) {
                  @if (confirming() === person.id) {
                    <div class="confirm" role="group" [attr.aria-label]="t('admin.people.pause')">
                      <p>{{ t('admin.people.confirmPause', { name: person.displayName }) }}</p>
                      <div class="actions">
                        <button
                          mat-flat-button
                          type="button"
                          data-testid="admin-person-confirm-pause"
                          [disabled]="action.busy()"
                          (click)="pause(person)"
                        >
                          {{ t('admin.people.confirm') }}
                        </button>
                        <button
                          mat-button
                          type="button"
                          data-testid="admin-person-keep"
                          (click)="confirming.set(null)"
                        >
                          {{ t('admin.people.keep') }}
                        </button>
                      </div>
                    </div>
                  } @else if (person.status === 'ACTIVE') {
                    <div class="actions">
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="admin-person-pause"
                        [disabled]="action.busy()"
                        (click)="confirming.set(person.id)"
                      >
                        {{ t('admin.people.pause') }}
                      </button>
                    </div>
                  } @else {
                    <div class="actions">
                      <button
                        mat-stroked-button
                        type="button"
                        data-testid="admin-person-restore"
                        [disabled]="action.busy()"
                        (click)="restore(person)"
                      >
                        {{ t('admin.people.restore') }}
                      </button>
                    </div>
                  }
                }
              </mat-card-content>
            </mat-card>
          </li>
        }
      </ul>
      @if (cursor()) {
        <button
          mat-stroked-button
          type="button"
          class="more"
          data-testid="admin-people-more"
          [disabled]="action.busy()"
          (click)="more()"
        >
          {{ t('admin.more') }}
        </button>
      }
    </section>
  `,
  styles: `
    section {
      max-width: 720px;
      margin: 0 auto;
    }
    .cards {
      list-style: none;
      padding: 0;
      margin: 16px 0 0;
      display: grid;
      gap: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 4px 12px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .cards p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .status {
      font: var(--mat-sys-label-large);
    }
    .status.paused {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .confirm {
      display: grid;
      gap: 8px;
    }
    .more {
      margin-top: 12px;
    }
  `,
})
export class PeoplePage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(PeopleApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly people = signal<Person[]>([]);
  protected readonly loaded = signal(false);
  /** Where the next page starts; null when there is none. */
  protected readonly cursor = signal<string | null>(null);
  protected readonly loadError = signal('');
  /** The person whose pause waits for a second "yes". */
  protected readonly confirming = signal<string | null>(null);
  /** What the last change did, in words (announced to screen readers). */
  protected readonly done = signal('');
  protected readonly action = new ApiAction();
  protected readonly isAdmin = computed(() => this.session.me()?.role === 'ADMIN');
  private readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium' }),
  );

  async ngOnInit(): Promise<void> {
    try {
      await this.loadMore();
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  /** The next page (a program may have hundreds); "Show more" asks for it. */
  protected async loadMore(): Promise<void> {
    const after = this.cursor() ?? undefined;
    const page = await this.api.list(PAGE, after);
    this.people.update((list) => [...list, ...(page?.nodes ?? [])]);
    this.cursor.set(page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
  }

  protected async more(): Promise<void> {
    await this.action.run(() => this.loadMore());
  }

  protected day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  protected isSelf(person: Person): boolean {
    return person.email === this.session.me()?.email;
  }

  protected async pause(person: Person): Promise<void> {
    const changed = await this.action.run(() => this.api.disable(person.id));
    this.confirming.set(null);
    if (changed) this.show(changed, 'admin.people.paused');
  }

  protected async restore(person: Person): Promise<void> {
    const changed = await this.action.run(() => this.api.enable(person.id));
    if (changed) this.show(changed, 'admin.people.restored');
  }

  private show(changed: Person, words: string): void {
    this.people.update((list) => list.map((p) => (p.id === changed.id ? changed : p)));
    this.done.set(this.transloco.translate(words, { name: changed.displayName }));
  }
}
