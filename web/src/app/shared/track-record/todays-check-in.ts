import { computed, Directive, effect, inject, input, signal, untracked } from '@angular/core';
import { FormBuilder } from '@angular/forms';
import { CheckIn, CheckInsApi, SubmissionKey } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../api-action';
import { PageSettling } from '../page-settling';
import { TrackLabels } from './track-labels';

/**
 * What the patient's and a family member's check-in cards share: today's check-in read back,
 * the submission key that keeps a resent request from counting twice, and the send-then-reread
 * step with its messages. Each card keeps its own questions.
 */
@Directive()
export abstract class TodaysCheckIn {
  readonly planId = input.required<string>();
  protected readonly api = inject(CheckInsApi);
  protected readonly labels = inject(TrackLabels);
  private readonly errors = inject(ApiErrors);
  protected readonly fb = inject(FormBuilder).nonNullable;
  protected readonly key = new SubmissionKey();
  protected readonly checkIns = signal<CheckIn[]>([]);
  /** Today's check-in that counts: the latest one. */
  protected readonly today = computed(() => this.checkIns().find((c) => !c.replaced) ?? null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  protected readonly editing = signal(false);
  protected readonly action = new ApiAction();
  protected readonly done = signal<string | null>(null);
  private readonly settling = inject(PageSettling, { optional: true });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => {
        // Loaded on every page; only a settling page waits for it (`?.` would skip the load too).
        const first = this.load(planId);
        this.settling?.track(first);
      });
    });
  }

  private async load(planId: string): Promise<void> {
    try {
      this.checkIns.set(await this.api.mine(planId, 1));
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  /** Opens the form again, filled with today's answers when there are some. */
  protected beginUpdate(fill: (today: CheckIn) => void): void {
    const today = this.today();
    this.done.set(null);
    this.action.error.set('');
    if (today) fill(today);
    this.editing.set(true);
  }

  /** Sends, reads today's back, and says whether it was a first check-in today or an update. */
  protected async save<T>(
    send: () => Promise<T>,
    messages: { done: string; updated: string },
    reset: () => void,
  ): Promise<T | null> {
    const updating = !!this.today();
    this.done.set(null);
    return this.action.run(async () => {
      const saved = await send();
      this.checkIns.set(await this.api.mine(this.planId(), 1));
      this.editing.set(false);
      reset();
      this.done.set(updating ? messages.updated : messages.done);
      return saved;
    });
  }
}
