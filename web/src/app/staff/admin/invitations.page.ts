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
import { InvitationFieldsFragment, InvitationsApi } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../../shared/api-action';

type Invitation = InvitationFieldsFragment;

/** A page of the list: the API's largest. */
const PAGE = 50;

/**
 * `/staff/invitations`: the program's invitations, newest first. Staff withdraw one nobody has
 * used yet, and its link stops working; one to a place on a plan is withdrawn from the plan.
 */
@Component({
  selector: 'hw-invitations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="admin-invitations">
      <a mat-button routerLink="/staff">{{ t('common.back') }}</a>
      <h1>{{ t('admin.invitations.title') }}</h1>
      <p>{{ t('admin.invitations.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (invitations().length === 0) {
        <p class="muted">{{ t('admin.invitations.none') }}</p>
      }
      @if (done()) {
        <p class="notice" role="status" data-testid="admin-invitations-done">{{ done() }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert" data-testid="admin-invitations-error">
          {{ action.error() }}
        </p>
      }
      <ul class="cards">
        @for (invitation of invitations(); track invitation.id) {
          <li>
            <mat-card
              appearance="outlined"
              data-testid="admin-invitation"
              [attr.data-email]="invitation.email"
            >
              <mat-card-content class="stack">
                <div class="head">
                  <h2>{{ invitation.displayName || invitation.email }}</h2>
                  <span class="status" data-testid="admin-invitation-status">{{
                    t('status.' + invitation.status)
                  }}</span>
                </div>
                <p class="muted">{{ invitation.email }} · {{ t('roles.' + invitation.role) }}</p>
                <p class="muted">
                  @if (invitation.forPlan) {
                    {{ t('admin.invitations.forPlan') }} ·
                  }
                  @if (invitation.invitedByName) {
                    {{ t('staff.invitedBy', { name: invitation.invitedByName }) }}
                  } @else {
                    {{ t('admin.invitations.firstAdmin') }}
                  }
                </p>
                @if (invitation.status === 'PENDING') {
                  <p class="muted">
                    {{ t('staff.expires', { date: day(invitation.expiresAt) }) }}
                  </p>
                  @if (!invitation.forPlan) {
                    @if (confirming() === invitation.id) {
                      <div class="confirm">
                        <p>
                          {{ t('admin.invitations.confirmWithdraw', { email: invitation.email }) }}
                        </p>
                        <div class="actions">
                          <button
                            mat-flat-button
                            type="button"
                            data-testid="admin-invitation-confirm"
                            [disabled]="action.busy()"
                            (click)="withdraw(invitation)"
                          >
                            {{ t('admin.invitations.confirm') }}
                          </button>
                          <button
                            mat-button
                            type="button"
                            data-testid="admin-invitation-keep"
                            (click)="confirming.set(null)"
                          >
                            {{ t('admin.invitations.keep') }}
                          </button>
                        </div>
                      </div>
                    } @else {
                      <div class="actions">
                        <button
                          mat-stroked-button
                          type="button"
                          data-testid="admin-invitation-withdraw"
                          [disabled]="action.busy()"
                          (click)="confirming.set(invitation.id)"
                        >
                          {{ t('admin.invitations.withdraw') }}
                        </button>
                      </div>
                    }
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
          data-testid="admin-invitations-more"
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
      overflow-wrap: anywhere;
    }
    .cards p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .status {
      font: var(--mat-sys-label-large);
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
export class InvitationsPage implements OnInit {
  private readonly api = inject(InvitationsApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly invitations = signal<Invitation[]>([]);
  protected readonly loaded = signal(false);
  /** Where the next page starts; null when there is none. */
  protected readonly cursor = signal<string | null>(null);
  protected readonly loadError = signal('');
  /** The invitation whose withdrawal waits for a second "yes". */
  protected readonly confirming = signal<string | null>(null);
  protected readonly done = signal('');
  protected readonly action = new ApiAction();
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
    this.invitations.update((list) => [...list, ...(page?.nodes ?? [])]);
    this.cursor.set(page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
  }

  protected async more(): Promise<void> {
    await this.action.run(() => this.loadMore());
  }

  protected day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  protected async withdraw(invitation: Invitation): Promise<void> {
    const changed = await this.action.run(() => this.api.revoke(invitation.id));
    this.confirming.set(null);
    if (!changed) return;
    this.invitations.update((list) => list.map((i) => (i.id === changed.id ? changed : i)));
    this.done.set(
      this.transloco.translate('admin.invitations.withdrawn', { email: changed.email }),
    );
  }
}
