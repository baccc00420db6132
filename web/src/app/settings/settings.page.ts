import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  EmailGroup,
  LANGUAGES,
  Language,
  Reason,
  Role,
  describeReason,
  isStaff,
} from '@homeward/domain';
import {
  NotificationSettings,
  NotificationSettingsInput,
  NotificationsApi,
} from '@homeward/web-data-access';
import { SessionStore } from '../core/session.store';
import { ApiAction, ApiErrors, catalogLanguage } from '../shared/api-action';

/** The time a person picks when they turn a reminder or the daily email on. */
const DEFAULT_REMINDER = '19:00';

/** Every IANA zone this browser knows, with the person's own first kept even if it does not. */
export function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return current && !known.includes(current) ? [current, ...known] : known;
}

/** An `<input type="time">` value as the API's HH:MM, or null when empty. */
function clock(value: string): string | null {
  return value ? value.slice(0, 5) : null;
}

/**
 * `/settings`: how each person is reached outside the app (which kinds of updates by email, one
 * daily email instead, quiet hours, the check-in reminder, a pause for everything), the time
 * zone all those times are in, and the language of the app and of their mail. Open to every role; each sees only what can reach them.
 */
@Component({
  selector: 'hw-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="settings">
      <h1>{{ t('settings.title') }}</h1>
      <p class="notice discreet" data-testid="settings-discreet">{{ t('settings.discreet') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!settings()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <form class="stack" [formGroup]="form" (ngSubmit)="save()" novalidate>
          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <fieldset formGroupName="groups" data-testid="settings-groups">
                <legend>
                  <h2>{{ t('settings.email.title') }}</h2>
                </legend>
                <p class="muted">{{ t('settings.email.intro') }}</p>
                @for (group of available(); track group) {
                  <mat-checkbox
                    [formControlName]="group"
                    [attr.data-testid]="'settings-group-' + group"
                    >{{ t('settings.group.' + group) }}</mat-checkbox
                  >
                }
              </fieldset>
              <h3>{{ t('settings.digest.title') }}</h3>
              <mat-checkbox formControlName="digest" data-testid="settings-digest">{{
                t('settings.digest.label')
              }}</mat-checkbox>
              @if (form.controls.digest.value) {
                <mat-form-field appearance="outline" subscriptSizing="dynamic" class="time">
                  <mat-label>{{ t('settings.digest.time') }}</mat-label>
                  <input
                    matInput
                    type="time"
                    formControlName="digestTime"
                    data-testid="settings-digest-time"
                  />
                </mat-form-field>
              }
              @if (staff()) {
                <mat-checkbox formControlName="caseloadDigest" data-testid="settings-caseload">{{
                  t('settings.caseload')
                }}</mat-checkbox>
              }
            </mat-card-content>
          </mat-card>

          <mat-card appearance="outlined">
            <mat-card-content>
              <fieldset class="stack" data-testid="settings-quiet">
                <legend>
                  <h2>{{ t('settings.quiet.title') }}</h2>
                </legend>
                <p id="quiet-explained">{{ t('settings.quiet.explained') }}</p>
                <div class="times">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="time">
                    <mat-label>{{ t('settings.quiet.from') }}</mat-label>
                    <input
                      matInput
                      type="time"
                      formControlName="quietFrom"
                      aria-describedby="quiet-explained"
                      data-testid="settings-quiet-from"
                    />
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="time">
                    <mat-label>{{ t('settings.quiet.until') }}</mat-label>
                    <input
                      matInput
                      type="time"
                      formControlName="quietUntil"
                      aria-describedby="quiet-explained"
                      data-testid="settings-quiet-until"
                    />
                  </mat-form-field>
                </div>
                <p class="muted">{{ t('settings.quiet.none') }}</p>
              </fieldset>
            </mat-card-content>
          </mat-card>

          @if (!staff()) {
            <mat-card appearance="outlined">
              <mat-card-content class="stack" data-testid="settings-reminder">
                <h2>{{ t('settings.reminder.title') }}</h2>
                <mat-checkbox
                  formControlName="reminderOn"
                  data-testid="settings-reminder-on"
                  (change)="reminderToggled($event.checked)"
                  >{{ t('settings.reminder.label') }}</mat-checkbox
                >
                @if (form.controls.reminderOn.value) {
                  <mat-form-field appearance="outline" subscriptSizing="dynamic" class="time">
                    <mat-label>{{ t('settings.reminder.time') }}</mat-label>
                    <input
                      matInput
                      type="time"
                      formControlName="reminderAt"
                      data-testid="settings-reminder-time"
                    />
                  </mat-form-field>
                }
              </mat-card-content>
            </mat-card>
          }

          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <h2>{{ t('settings.language.title') }}</h2>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('settings.language.label') }}</mat-label>
                <select matNativeControl formControlName="language" data-testid="settings-language">
                  @for (language of languages; track language) {
                    <option [value]="language" [attr.lang]="language.toLowerCase()">
                      {{ t('language.' + language) }}
                    </option>
                  }
                </select>
                <mat-hint>{{ t('settings.language.hint') }}</mat-hint>
              </mat-form-field>
            </mat-card-content>
          </mat-card>

          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <h2>{{ t('settings.zone.title') }}</h2>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('settings.zone.label') }}</mat-label>
                <select matNativeControl formControlName="timeZone" data-testid="settings-zone">
                  @for (zone of zones(); track zone) {
                    <option [value]="zone">{{ zone.replaceAll('_', ' ') }}</option>
                  }
                </select>
                <mat-hint>{{ t('settings.zone.hint') }}</mat-hint>
              </mat-form-field>
            </mat-card-content>
          </mat-card>

          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <h2>{{ t('settings.pause.title') }}</h2>
              <mat-checkbox formControlName="allPaused" data-testid="settings-pause">{{
                t('settings.pause.label')
              }}</mat-checkbox>
              <p class="muted">{{ t('settings.pause.hint') }}</p>
            </mat-card-content>
          </mat-card>

          @if (action.error()) {
            <p class="error" role="alert" data-testid="settings-error">{{ action.error() }}</p>
          }
          @if (saved()) {
            <p class="notice" role="status" data-testid="settings-saved">
              {{ t('settings.saved') }}
            </p>
          }
          <div>
            <button
              mat-flat-button
              type="submit"
              data-testid="settings-save"
              [disabled]="action.busy()"
            >
              {{ t('settings.save') }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    section {
      max-width: 640px;
      margin: 0 auto;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    legend {
      padding: 0;
    }
    h2 {
      margin: 0 0 4px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 12px 0 0;
    }
    p {
      margin: 0;
    }
    .discreet {
      margin-bottom: 16px;
    }
    .times {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .time {
      width: 140px;
    }
  `,
})
export class SettingsPage implements OnInit {
  private readonly api = inject(NotificationsApi);
  private readonly errors = inject(ApiErrors);
  private readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly settings = signal<NotificationSettings | null>(null);
  protected readonly loadError = signal('');
  protected readonly saved = signal(false);
  protected readonly action = new ApiAction();

  protected readonly staff = computed(() => {
    const me = this.session.me();
    return !!me && isStaff(me.role as Role);
  });
  /** Only the kinds of updates that can reach this person at all. */
  protected readonly available = computed(() => this.settings()?.availableGroups ?? []);
  protected readonly zones = computed(() => timeZones(this.settings()?.timeZone ?? ''));
  protected readonly languages = LANGUAGES;

  protected readonly form = this.fb.group({
    groups: this.fb.group<Record<EmailGroup, boolean>>({
      WAITING: false,
      VISITS: false,
      REMINDERS: false,
      SHARED: false,
      CASELOAD: false,
    }),
    digest: false,
    digestTime: '',
    quietFrom: '',
    quietUntil: '',
    reminderOn: false,
    reminderAt: '',
    caseloadDigest: false,
    allPaused: false,
    timeZone: '',
    language: 'EN' as Language,
  });

  constructor() {
    // A confirmation speaks of what was saved: any change after it makes it untrue.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.saved.set(false));
  }

  async ngOnInit(): Promise<void> {
    try {
      const settings = await this.api.settings();
      if (settings) this.show(settings);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  /** Turning the reminder on offers an evening time to start from. */
  protected reminderToggled(on: boolean): void {
    if (on && !this.form.controls.reminderAt.value)
      this.form.controls.reminderAt.setValue(DEFAULT_REMINDER);
  }

  async save(): Promise<void> {
    const before = this.settings();
    if (!before) return;
    const value = this.form.getRawValue();
    const problem = this.problem();
    if (problem) {
      this.saved.set(false);
      this.action.error.set(
        describeReason(problem, {}, catalogLanguage(this.transloco.getActiveLang())),
      );
      return;
    }
    const input: NotificationSettingsInput = {
      emailGroups: before.availableGroups.filter((g) => value.groups[g]),
      digest: value.digest,
      digestTime: clock(value.digestTime) ?? before.digestTime,
      quietFrom: clock(value.quietFrom),
      quietUntil: clock(value.quietUntil),
      checkInReminderAt: !this.staff() && value.reminderOn ? clock(value.reminderAt) : null,
      caseloadDigest: this.staff() && value.caseloadDigest,
      allPaused: value.allPaused,
    };
    const after = await this.action.run(async () => {
      // The zone first: the settings' answer then speaks of the times in the zone just chosen.
      if (value.timeZone !== before.timeZone) await this.api.setTimeZone(value.timeZone);
      const saved = await this.api.updateSettings(input);
      // The language last: the page (and the confirmation) then speak it, the form kept as saved.
      if (value.language !== (this.session.me()?.language ?? 'EN')) {
        await this.session.chooseLanguage(value.language === 'ES' ? 'es' : 'en', {
          reopen: false,
        });
      }
      return saved;
    });
    if (after) {
      this.show(after);
      this.saved.set(true);
    }
  }

  /** What the API would refuse, caught here first with the API's own words. */
  private problem(): Reason | null {
    const value = this.form.getRawValue();
    if (!value.quietFrom !== !value.quietUntil) return 'INPUT_QUIET_HOURS';
    if (value.digest && !value.digestTime) return 'INPUT_CLOCK_TIME';
    if (!this.staff() && value.reminderOn && !value.reminderAt) return 'INPUT_CLOCK_TIME';
    return null;
  }

  private show(settings: NotificationSettings): void {
    this.settings.set(settings);
    this.form.reset(
      {
        groups: {
          WAITING: settings.emailGroups.includes('WAITING'),
          VISITS: settings.emailGroups.includes('VISITS'),
          REMINDERS: settings.emailGroups.includes('REMINDERS'),
          SHARED: settings.emailGroups.includes('SHARED'),
          CASELOAD: settings.emailGroups.includes('CASELOAD'),
        },
        digest: settings.digest,
        digestTime: settings.digestTime,
        quietFrom: settings.quietFrom ?? '',
        quietUntil: settings.quietUntil ?? '',
        reminderOn: settings.checkInReminderAt !== null,
        reminderAt: settings.checkInReminderAt ?? '',
        caseloadDigest: settings.caseloadDigest,
        allPaused: settings.allPaused,
        timeZone: settings.timeZone,
        language: (this.session.me()?.language ?? 'EN') as Language,
      },
      { emitEvent: false },
    );
  }
}
