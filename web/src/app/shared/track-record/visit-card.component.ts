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
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { SUPERVISED_CONTACT_TYPES } from '@homeward/domain';
import { Visit, VisitOutcome, VisitsApi } from '@homeward/web-data-access';
import { ApiAction } from '../api-action';
import { TrackLabels } from './track-labels';

export interface SupervisorOption {
  /** A staff membership id. */
  id: string;
  label: string;
}

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Whether a visit is still ahead (asked for or approved) rather than behind (it took place, was cancelled or ended early). */
export function isUpcoming(visit: Pick<Visit, 'status'>): boolean {
  return visit.status === 'REQUESTED' || visit.status === 'APPROVED';
}

/**
 * One visit: what, when, where, who and where each person stands. Members confirm they are
 * willing or say "Not this time" (no reason asked), and leave a debrief afterwards; staff approve
 * it with who will be there, and record how it ended.
 */
@Component({
  selector: 'hw-visit-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  template: `
    <article
      *transloco="let t"
      class="visit"
      [id]="'visit-' + visit().id"
      tabindex="-1"
      data-testid="visit"
      [attr.data-status]="visit().status"
      [attr.aria-labelledby]="'visit-title-' + visit().id"
    >
      <div class="head">
        <h3 [id]="'visit-title-' + visit().id">{{ t('visit.one.' + visit().contactType) }}</h3>
        <span class="chip" [class.soft]="!upcoming()" data-testid="visit-status">{{
          t('track.visits.status.' + visit().status)
        }}</span>
      </div>
      <p class="when" data-testid="visit-when">
        {{ labels.range(visit().startsAt, visit().endsAt) }}
      </p>
      <p>{{ t('track.visits.place', { place: visit().place }) }}</p>
      @if (visit().supervisorName) {
        <p>{{ t('track.visits.supervisor', { name: visit().supervisorName }) }}</p>
      }
      @if (visit().closingNote) {
        <p class="muted">{{ t('track.visits.closingNote', { note: visit().closingNote }) }}</p>
      }
      <ul class="people" [attr.aria-label]="t('track.visits.who')">
        @for (p of visit().participants; track p.memberId) {
          <li data-testid="visit-participant" [attr.data-willingness]="p.willingness">
            <span class="name">{{
              p.isMe ? t('track.visits.you', { name: p.displayName }) : p.displayName
            }}</span>
            <span class="willing" [class.yes]="p.willingness === 'WILLING'">{{
              t('track.visits.willingness.' + p.willingness)
            }}</span>
          </li>
        }
      </ul>

      <p class="done" role="status" data-testid="visit-done">{{ done() ? t(done()!) : '' }}</p>
      @if (action.error()) {
        <p class="error" role="alert" data-testid="visit-error">{{ action.error() }}</p>
      }

      @if (mode() === 'member' && upcoming() && me(); as me) {
        @if (visit().awaitingMyAnswer) {
          <div class="actions">
            <button
              mat-flat-button
              type="button"
              data-testid="visit-willing"
              [disabled]="action.busy()"
              (click)="respond(true)"
            >
              {{ t('track.visits.willing') }}
            </button>
            <button
              mat-stroked-button
              type="button"
              data-testid="visit-opt-out"
              [disabled]="action.busy()"
              (click)="respond(false)"
            >
              {{ t('track.visits.optOut') }}
            </button>
          </div>
          <p class="muted small">{{ t('track.visits.optOutHint') }}</p>
        } @else if (me.willingness === 'WILLING') {
          <button
            mat-button
            type="button"
            data-testid="visit-change-opt-out"
            [disabled]="action.busy()"
            (click)="respond(false)"
          >
            {{ t('track.visits.changeToOptOut') }}
          </button>
        } @else if (me.willingness === 'OPTED_OUT') {
          <button
            mat-button
            type="button"
            data-testid="visit-change-willing"
            [disabled]="action.busy()"
            (click)="respond(true)"
          >
            {{ t('track.visits.changeToWilling') }}
          </button>
        }
      }

      @if (mode() === 'staff' && visit().status === 'REQUESTED') {
        <form class="inline-form" [formGroup]="approveForm" (ngSubmit)="approve()">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ t('track.visits.staff.supervisor') }}</mat-label>
            <mat-select formControlName="supervisorId" data-testid="visit-supervisor">
              @if (!supervised()) {
                <mat-option [value]="''">{{ t('track.visits.staff.none') }}</mat-option>
              }
              @for (option of supervisors(); track option.id) {
                <mat-option [value]="option.id">{{ option.label }}</mat-option>
              }
            </mat-select>
            @if (supervised()) {
              <mat-hint>{{ t('track.visits.staff.supervisorHint') }}</mat-hint>
            }
          </mat-form-field>
          <div class="actions">
            <button
              mat-flat-button
              type="submit"
              data-testid="visit-approve"
              [disabled]="action.busy()"
            >
              {{ t('track.visits.staff.approve') }}
            </button>
          </div>
        </form>
      }
      @if (mode() === 'staff' && upcoming()) {
        @if (closing()) {
          <form class="inline-form" [formGroup]="closeForm" (ngSubmit)="close()">
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.visits.staff.outcome') }}</mat-label>
              <mat-select formControlName="outcome" data-testid="visit-outcome">
                @for (outcome of outcomes(); track outcome) {
                  <mat-option [value]="outcome">{{
                    t('track.visits.staff.outcomeOption.' + outcome)
                  }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.visits.staff.note') }}</mat-label>
              <textarea
                matInput
                formControlName="note"
                rows="2"
                data-testid="visit-close-note"
              ></textarea>
            </mat-form-field>
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                data-testid="visit-close-save"
                [disabled]="action.busy()"
              >
                {{ t('track.visits.staff.save') }}
              </button>
              <button mat-button type="button" (click)="closing.set(false)">
                {{ t('track.visits.cancel') }}
              </button>
            </div>
          </form>
        } @else {
          <button
            mat-stroked-button
            type="button"
            data-testid="visit-close"
            (click)="startClosing()"
          >
            {{ t('track.visits.staff.close') }}
          </button>
        }
      }

      @if (visit().debriefs.length) {
        <div class="debriefs">
          <h4>{{ t('track.visits.debrief.list') }}</h4>
          <ul>
            @for (d of visit().debriefs; track $index) {
              <li data-testid="visit-debrief">
                <span class="name">{{
                  t(d.fromStaff ? 'track.visits.debrief.byStaff' : 'track.visits.debrief.by', {
                    name: d.authorName,
                    rating: t('track.rating.' + d.rating),
                  })
                }}</span>
                <span>{{
                  d.boundariesRespected
                    ? t('track.visits.debrief.respected')
                    : t('track.visits.debrief.notRespected')
                }}</span>
                @if (d.helped) {
                  <span>{{ t('track.visits.debrief.helpedLine', { text: d.helped }) }}</span>
                }
                @if (d.hard) {
                  <span>{{ t('track.visits.debrief.hardLine', { text: d.hard }) }}</span>
                }
              </li>
            }
          </ul>
        </div>
      }

      @if (visit().canDebrief) {
        @if (debriefing()) {
          <form
            class="inline-form debrief-form"
            [formGroup]="debriefForm"
            (ngSubmit)="debrief()"
            data-testid="debrief-form"
          >
            <h4>{{ t('track.visits.debrief.title') }}</h4>
            <fieldset>
              <legend>{{ t('track.visits.debrief.rating') }}</legend>
              <mat-radio-group formControlName="rating" class="choices">
                @for (rating of ratings; track rating) {
                  <mat-radio-button
                    [value]="rating"
                    [attr.data-testid]="'debrief-rating-' + rating"
                    >{{ t('track.rating.' + rating) }}</mat-radio-button
                  >
                }
              </mat-radio-group>
            </fieldset>
            <fieldset>
              <legend>{{ t('track.visits.debrief.boundaries') }}</legend>
              <mat-radio-group formControlName="boundariesRespected" class="choices">
                <mat-radio-button [value]="true" data-testid="debrief-boundaries-yes">{{
                  t('track.visits.debrief.yes')
                }}</mat-radio-button>
                <mat-radio-button [value]="false" data-testid="debrief-boundaries-no">{{
                  t('track.visits.debrief.no')
                }}</mat-radio-button>
              </mat-radio-group>
            </fieldset>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.visits.debrief.helped') }}</mat-label>
              <textarea
                matInput
                formControlName="helped"
                rows="2"
                data-testid="debrief-helped"
              ></textarea>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('track.visits.debrief.hard') }}</mat-label>
              <textarea
                matInput
                formControlName="hard"
                rows="2"
                data-testid="debrief-hard"
              ></textarea>
            </mat-form-field>
            <div class="actions">
              <button
                mat-flat-button
                type="submit"
                data-testid="debrief-submit"
                [disabled]="action.busy()"
              >
                {{ t('track.visits.debrief.submit') }}
              </button>
              <button mat-button type="button" (click)="debriefing.set(false)">
                {{ t('track.visits.cancel') }}
              </button>
            </div>
          </form>
        } @else {
          <button
            mat-flat-button
            type="button"
            data-testid="visit-debrief-open"
            (click)="startDebrief()"
          >
            {{ t('track.visits.debrief.open') }}
          </button>
        }
      }
    </article>
  `,
  styles: `
    .visit {
      display: grid;
      gap: 6px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
      scroll-margin-top: 96px;
    }
    .visit:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
      justify-content: space-between;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 4px 0;
    }
    p {
      margin: 0;
    }
    .when {
      font-weight: 500;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip.soft {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .people {
      list-style: none;
      margin: 4px 0;
      padding: 0;
      display: grid;
      gap: 2px;
    }
    .people li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
    }
    .people .name {
      font-weight: 500;
    }
    .willing {
      color: var(--mat-sys-on-surface-variant);
    }
    .willing.yes {
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .inline-form {
      display: grid;
      gap: 8px;
      margin-top: 4px;
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
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0 4px;
    }
    .debriefs ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .debriefs li {
      display: grid;
      gap: 2px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .debriefs .name {
      font-weight: 500;
    }
    .small {
      font-size: 0.875rem;
    }
    button {
      justify-self: start;
    }
    .done:empty {
      display: none;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
})
export class VisitCardComponent {
  readonly visit = input.required<Visit>();
  readonly mode = input<'member' | 'staff'>('member');
  /** Staff: who can be there, the primary counselor first. */
  readonly supervisors = input<readonly SupervisorOption[]>([]);
  /** Asks the list to read the visits again after a change. */
  readonly changed = output<Visit>();
  private readonly api = inject(VisitsApi);
  protected readonly labels = inject(TrackLabels);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly ratings = RATINGS;
  protected readonly upcoming = computed(() => isUpcoming(this.visit()));
  protected readonly me = computed(() => this.visit().participants.find((p) => p.isMe) ?? null);
  protected readonly supervised = computed(() =>
    SUPERVISED_CONTACT_TYPES.includes(this.visit().contactType),
  );
  protected readonly outcomes = computed<VisitOutcome[]>(() =>
    this.visit().status === 'APPROVED' ? ['COMPLETED', 'ENDED_EARLY', 'CANCELLED'] : ['CANCELLED'],
  );
  protected readonly action = new ApiAction();
  protected readonly done = signal<string | null>(null);
  protected readonly closing = signal(false);
  protected readonly debriefing = signal(false);

  protected readonly approveForm = this.fb.group({ supervisorId: [''] });
  protected readonly closeForm = this.fb.group({
    outcome: this.fb.control<VisitOutcome | ''>(''),
    note: [''],
  });
  protected readonly debriefForm = this.fb.group({
    rating: this.fb.control<number | null>(null),
    boundariesRespected: this.fb.control<boolean | null>(null),
    helped: [''],
    hard: [''],
  });

  constructor() {
    // Staff: the first person offered (the primary counselor) is chosen to start with.
    effect(() => {
      const first = this.supervisors()[0]?.id;
      untracked(() => {
        const control = this.approveForm.controls.supervisorId;
        if (first && !control.value) control.setValue(first);
      });
    });
  }

  async respond(willing: boolean): Promise<void> {
    await this.run(
      willing ? 'track.visits.answered.WILLING' : 'track.visits.answered.OPTED_OUT',
      () => this.api.respond(this.visit().id, willing),
    );
  }

  async approve(): Promise<void> {
    const supervisorId = this.approveForm.getRawValue().supervisorId;
    await this.run('track.visits.staff.approved', () =>
      this.api.approve({ visitId: this.visit().id, ...(supervisorId ? { supervisorId } : {}) }),
    );
  }

  protected startClosing(): void {
    this.closeForm.reset({ outcome: this.outcomes()[0], note: '' });
    this.closing.set(true);
  }

  async close(): Promise<void> {
    const { outcome, note } = this.closeForm.getRawValue();
    if (!outcome) {
      this.action.error.set(this.labels.t('track.visits.staff.outcomeNeeded'));
      return;
    }
    const text = note.trim();
    await this.run('track.visits.staff.closed', async () => {
      const visit = await this.api.close({
        visitId: this.visit().id,
        outcome,
        ...(text ? { note: text } : {}),
      });
      this.closing.set(false);
      return visit;
    });
  }

  protected startDebrief(): void {
    this.debriefForm.reset({ rating: null, boundariesRespected: null, helped: '', hard: '' });
    this.debriefing.set(true);
  }

  async debrief(): Promise<void> {
    const { rating, boundariesRespected, helped, hard } = this.debriefForm.getRawValue();
    if (rating === null || boundariesRespected === null) {
      this.action.error.set(this.labels.t('track.visits.debrief.ratingNeeded'));
      return;
    }
    await this.run('track.visits.debrief.done', async () => {
      const visit = await this.api.debrief({
        visitId: this.visit().id,
        rating,
        boundariesRespected,
        ...(helped.trim() ? { helped: helped.trim() } : {}),
        ...(hard.trim() ? { hard: hard.trim() } : {}),
      });
      this.debriefing.set(false);
      return visit;
    });
  }

  private async run(doneKey: string, work: () => Promise<Visit | null>): Promise<void> {
    this.done.set(null);
    await this.action.run(async () => {
      const visit = await work();
      this.done.set(doneKey);
      if (visit) this.changed.emit(visit);
    });
  }
}
