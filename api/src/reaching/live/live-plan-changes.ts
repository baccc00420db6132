import { Injectable, OnModuleInit } from '@nestjs/common';
import { PlanChange, PlanChangeListener, RecordedEvent } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { LiveUpdates } from '../../platform/live/live-updates';
import { LiveAudienceReader, LiveAudienceRow } from './live-audience.reader';
import { deliveriesFor } from './live-topics';

/**
 * Every recorded change to a plan tells the open pages of the people who can see it what to
 * look at again (STYLE 33: events, not calls). Published in the change's transaction, so a
 * rolled-back change tells nobody.
 */
@Injectable()
export class LivePlanChanges implements PlanChangeListener, OnModuleInit {
  /** Who can see the plan, read once per change however many events it records. */
  private readonly audiences = new WeakMap<PlanChange, Promise<LiveAudienceRow[]>>();

  constructor(
    private readonly planChanges: PlanChanges,
    private readonly live: LiveUpdates,
    private readonly reader: LiveAudienceReader,
  ) {}

  onModuleInit(): void {
    this.planChanges.listen(this);
  }

  async afterChange(change: PlanChange, event: RecordedEvent): Promise<void> {
    let audience = this.audiences.get(change);
    if (!audience) {
      audience = this.reader.ofPlan(change.manager, change.planId);
      this.audiences.set(change, audience);
    }
    const seen = {
      type: event.type,
      details: event.details,
      actorUserId: change.actor.userId,
      actorIsFamily: change.relation.familyMemberId !== null,
    };
    for (const { topic, userIds } of deliveriesFor(seen, await audience, change.now)) {
      await this.live.publish(change.manager, { topic, userIds, planId: change.planId });
    }
  }
}
