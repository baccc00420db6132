import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { CopyLinkComponent } from '@homeward/web-ui';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { invitableRoles, Role } from '@homeward/domain';
import {
  InvitationFieldsFragment,
  InvitationsApi,
  PeopleApi,
  Person,
} from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { SessionStore } from '../core/session.store';
import { WaitingListComponent } from '../shared/agreement/waiting-list.component';
import { ConcernQueueComponent } from '../shared/concerns/concern-queue.component';

@Component({
  selector: 'hw-staff-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CopyLinkComponent,
    ReactiveFormsModule,
    MatCardModule,
    MatListModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    WaitingListComponent,
    ConcernQueueComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="staff-home">
      <h1 data-testid="greeting">{{ t('staff.greeting', { name: session.me()?.displayName }) }}</h1>
      <nav class="links" [attr.aria-label]="t('staff.title')">
        <a mat-flat-button routerLink="/staff/plans" data-testid="open-caseload">{{
          t('caseload.open')
        }}</a>
        @if (isAdmin()) {
          <a mat-stroked-button routerLink="/staff/template" data-testid="open-template">{{
            t('template.open')
          }}</a>
        }
        <a mat-stroked-button routerLink="/staff/people" data-testid="open-people">{{
          t('admin.nav.people')
        }}</a>
        <a mat-stroked-button routerLink="/staff/invitations" data-testid="open-invitations">{{
          t('admin.nav.invitations')
        }}</a>
        @if (isAdmin()) {
          <a mat-stroked-button routerLink="/staff/audit" data-testid="open-audit">{{
            t('admin.nav.audit')
          }}</a>
          <a mat-stroked-button routerLink="/staff/program" data-testid="open-program">{{
            t('program.nav')
          }}</a>
        }
        @if (isAdmin()) {
          <a mat-stroked-button routerLink="/staff/family-track" data-testid="open-family-track">{{
            t('familyTrack.adminOpen')
          }}</a>
        }
      </nav>

      <hw-concern-queue />
      <hw-waiting-list area="staff" />

      <mat-card appearance="outlined">
        <mat-card-content>
          <h2>{{ t('staff.invite.title') }}</h2>
          <form class="invite" [formGroup]="form" (ngSubmit)="invite()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('staff.invite.email') }}</mat-label>
              <input
                matInput
                type="email"
                formControlName="email"
                data-testid="invite-email"
                required
              />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('staff.invite.role') }}</mat-label>
              <mat-select formControlName="role" data-testid="invite-role" required>
                @for (role of roles(); track role) {
                  <mat-option [value]="role">{{ t('roles.' + role) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('staff.invite.name') }}</mat-label>
              <input matInput formControlName="displayName" data-testid="invite-name" />
            </mat-form-field>
            <button
              mat-flat-button
              type="submit"
              data-testid="invite-submit"
              [disabled]="action.busy()"
            >
              {{ t('staff.invite.submit') }}
            </button>
          </form>
          @if (action.error()) {
            <p class="error" role="alert" data-testid="invite-error">{{ action.error() }}</p>
          }
          @if (created(); as link) {
            <div class="notice" role="status">
              <p>{{ t('staff.invite.linkIntro', { email: link.email }) }}</p>
              <hw-copy-link
                [url]="link.url"
                testId="invite-link"
                [labels]="{
                  copy: t('staff.invite.copy'),
                  copied: t('staff.invite.copied'),
                  copyByHand: t('staff.invite.copyByHand'),
                }"
              />
            </div>
          }
        </mat-card-content>
      </mat-card>

      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      }
      <h2>{{ t('staff.invitations') }}</h2>
      @if (loaded() && invitations().length === 0) {
        <p class="muted">{{ t('staff.noInvitations') }}</p>
      } @else {
        <mat-list>
          @for (invitation of invitations(); track invitation.id) {
            <mat-list-item data-testid="invitation-row">
              <span matListItemTitle
                >{{ invitation.displayName || invitation.email }} ·
                {{ t('roles.' + invitation.role) }}</span
              >
              <span matListItemLine
                >{{ invitation.email }} · {{ t('status.' + invitation.status) }}</span
              >
              <span matListItemLine class="muted">{{
                t('staff.expires', { date: day(invitation.expiresAt) })
              }}</span>
            </mat-list-item>
          }
        </mat-list>
      }

      <h2>{{ t('staff.people', { organization: session.me()?.organization?.name }) }}</h2>
      @if (loaded() && people().length === 0) {
        <p class="muted">{{ t('staff.noPeople') }}</p>
      }
      <mat-list>
        @for (person of people(); track person.id) {
          <mat-list-item data-testid="person-row">
            <span matListItemTitle>{{ person.displayName }}</span>
            <span matListItemLine
              >{{ person.email }} · {{ t('roles.' + person.role) }} ·
              {{ t('status.' + person.status) }}</span
            >
          </mat-list-item>
        }
      </mat-list>
    </section>
  `,
  styles: `
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .invite {
      display: grid;
      gap: 4px 12px;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      align-items: start;
    }
    .invite button {
      align-self: center;
    }
  `,
})
export class StaffHomePage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrors);
  private readonly peopleApi = inject(PeopleApi);
  private readonly invitationsApi = inject(InvitationsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly people = signal<Person[]>([]);
  protected readonly invitations = signal<InvitationFieldsFragment[]>([]);
  protected readonly roles = computed(() =>
    invitableRoles((this.session.me()?.role ?? 'FAMILY') as Role),
  );
  protected readonly isAdmin = computed(() => this.session.me()?.role === 'ADMIN');
  protected readonly action = new ApiAction();
  protected readonly created = signal<{ email: string; url: string } | null>(null);
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium' }),
  );
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    role: ['FAMILY' as Role, Validators.required],
    displayName: [''],
  });

  async ngOnInit(): Promise<void> {
    try {
      await this.refresh();
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  protected day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  async invite(): Promise<void> {
    if (this.form.invalid) {
      this.action.error.set(this.transloco.translate('staff.invite.emailNeeded'));
      return;
    }
    const { email, role, displayName } = this.form.getRawValue();
    await this.action.run(async () => {
      const result = await this.invitationsApi.create({
        email,
        role,
        ...(displayName.trim() ? { displayName } : {}),
      });
      if (result) this.created.set({ email: result.invitation.email, url: result.acceptUrl });
      // resetForm also clears the submitted state, so the empty form shows no errors.
      this.formDirective()?.resetForm({ email: '', role: 'FAMILY', displayName: '' });
      await this.refresh();
    });
  }

  private async refresh(): Promise<void> {
    const [people, invitations] = await Promise.all([
      this.peopleApi.list(),
      this.invitationsApi.list(),
    ]);
    this.people.set(people?.nodes ?? []);
    this.invitations.set(invitations?.nodes ?? []);
    this.loaded.set(true);
  }
}
