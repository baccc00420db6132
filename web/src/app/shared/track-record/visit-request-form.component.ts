import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { CONTACT_TYPES, SUPERVISED_CONTACT_TYPES } from '@homeward/domain';
import { ContactType, PlanParticipant, Visit, VisitsApi } from '@homeward/web-data-access';
import { ymd } from '../agreement/agreement-labels';
import { ApiAction } from '../api-action';
import { SubmitRowComponent } from '../submit-row.component';
import { TrackLabels } from './track-labels';

/** A day and a time typed in this browser, as an instant. */
export function instant(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}/.test(time)) return null;
  const value = new Date(`${day}T${time}`);
  return Number.isNaN(value.getTime()) ? null : value.toISOString();
}

/**
 * Asking for a visit: a kind of contact the current phase allows, a day and times, a place, and who
 * takes part. The reader takes part themselves; a visit is between the patient and family. The API
 * checks the rules again and answers a refusal kindly, which is shown as it is.
 */
@Component({
  selector: 'hw-visit-request-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
    SubmitRowComponent,
  ],
  template: `
    <form
      *transloco="let t"
      class="request"
      [formGroup]="form"
      (ngSubmit)="submit()"
      data-testid="visit-request-form"
      aria-labelledby="visit-request-title"
    >
      <h3 id="visit-request-title">{{ t('track.visits.request.title') }}</h3>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('track.visits.request.type') }}</mat-label>
        <mat-select formControlName="contactType" data-testid="visit-type" required>
          @for (type of types(); track type) {
            <mat-option [value]="type">{{ t('plan.contactType.' + type) }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{
          contactTypes() ? t('track.visits.request.typeHint') : t('track.visits.request.typeAny')
        }}</mat-hint>
      </mat-form-field>
      @if (supervised()) {
        <p class="muted small">{{ t('track.visits.request.supervised') }}</p>
      }
      <div class="times">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('track.visits.request.date') }}</mat-label>
          <input matInput type="date" formControlName="day" data-testid="visit-date" required />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('track.visits.request.from') }}</mat-label>
          <input matInput type="time" formControlName="from" data-testid="visit-from" required />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('track.visits.request.until') }}</mat-label>
          <input matInput type="time" formControlName="until" data-testid="visit-until" required />
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ t('track.visits.request.place') }}</mat-label>
        <input
          matInput
          formControlName="place"
          maxlength="200"
          data-testid="visit-place"
          required
        />
        <mat-hint>{{ t('track.visits.request.placeHint') }}</mat-hint>
      </mat-form-field>
      <fieldset>
        <legend>{{ t('track.visits.request.with') }}</legend>
        <div class="people">
          @for (person of others(); track person.id) {
            <mat-checkbox
              [checked]="chosen().has(person.id)"
              (change)="toggle(person.id, $event.checked)"
              [attr.data-testid]="'visit-with-' + person.id"
              >{{ person.displayName }}</mat-checkbox
            >
          }
        </div>
      </fieldset>
      <hw-submit-row [action]="action" testId="visit-submit" errorTestId="visit-request-error">
        {{ t('track.visits.request.submit') }}
        <button beside mat-button type="button" (click)="cancelled.emit()">
          {{ t('track.visits.cancel') }}
        </button>
      </hw-submit-row>
    </form>
  `,
  styles: `
    .request {
      display: grid;
      gap: 10px;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    .times {
      display: grid;
      gap: 8px;
      grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      padding: 0;
      margin-bottom: 2px;
    }
    .people {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .small {
      font-size: 0.875rem;
      margin: -4px 0 0;
    }
  `,
})
export class VisitRequestFormComponent {
  readonly planId = input.required<string>();
  /** The kinds of contact the current phase allows; null when the reader may not see the phase (all are offered, the API decides). */
  readonly contactTypes = input<readonly ContactType[] | null>(null);
  /** The plan's members who can take part, the reader among them (`isMe`). */
  readonly participants = input.required<readonly PlanParticipant[]>();
  readonly requested = output<Visit>();
  readonly cancelled = output<void>();
  private readonly api = inject(VisitsApi);
  private readonly labels = inject(TrackLabels);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly action = new ApiAction();
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());
  protected readonly types = computed(() =>
    (this.contactTypes() ?? CONTACT_TYPES).filter((type) => type !== 'LETTER'),
  );
  protected readonly others = computed(() =>
    this.participants().filter(
      (p) => !p.isMe && p.status === 'ACTIVE' && (p.kind === 'PATIENT' || p.kind === 'FAMILY'),
    ),
  );

  protected readonly form = this.fb.group({
    contactType: this.fb.control<ContactType | ''>(''),
    day: [ymd(new Date(Date.now() + 86_400_000))],
    from: ['14:00'],
    until: ['15:00'],
    place: [''],
  });
  private readonly type = signal<ContactType | ''>('');
  protected readonly supervised = computed(() => {
    const type = this.type();
    return !!type && SUPERVISED_CONTACT_TYPES.includes(type);
  });

  constructor() {
    this.form.controls.contactType.valueChanges.subscribe((type) => this.type.set(type));
    // A family member asks with the patient: a visit is always between the patient and family.
    effect(() => {
      const me = this.participants().find((p) => p.isMe);
      const patient = this.others().find((p) => p.kind === 'PATIENT');
      untracked(() => {
        if (me?.kind === 'FAMILY' && patient)
          this.chosen.set(new Set([...this.chosen(), patient.id]));
      });
    });
  }

  protected toggle(id: string, checked: boolean): void {
    const next = new Set(this.chosen());
    if (checked) next.add(id);
    else next.delete(id);
    this.chosen.set(next);
  }

  async submit(): Promise<void> {
    const { contactType, day, from, until, place } = this.form.getRawValue();
    const startsAt = instant(day, from);
    const endsAt = instant(day, until);
    const me = this.participants().find((p) => p.isMe);
    if (!contactType || !startsAt || !endsAt || !place.trim() || this.chosen().size === 0) {
      this.action.error.set(this.labels.t('track.visits.request.allNeeded'));
      return;
    }
    const visit = await this.action.run(() =>
      this.api.request({
        planId: this.planId(),
        contactType,
        startsAt,
        endsAt,
        place: place.trim(),
        participantMemberIds: [...(me ? [me.id] : []), ...this.chosen()],
      }),
    );
    if (visit) this.requested.emit(visit);
  }
}
