import { EntityManager } from 'typeorm';
import type { PlanRelation } from '../access/access.service';
import type { Actor } from '../platform/actor';
import type { RequestContext } from '../platform/request-context';

/**
 * What happened, as the change's feature names it: written as the audit event and the domain
 * event of the change, in its transaction. `Type` is the feature's own union of event names.
 */
export interface DomainEvent<Type extends string = string> {
  type: Type;
  recordType: string;
  recordId: string | null;
  details?: Record<string, unknown>;
  /** A line in the plan's history, read by the people on the plan (most changes keep their own). */
  history?: { kind: string; details: Record<string, unknown> };
}

/** What the feature's work gets: the change's context and transaction, and where the actor stands. */
export interface PlanChange {
  /** The request, reading and writing through the change's transaction. */
  ctx: RequestContext;
  manager: EntityManager;
  actor: Actor;
  planId: string;
  /** How the actor stands to the plan; `status` is read under the plan's lock. */
  relation: PlanRelation;
  now: Date;
}

/** What the feature's work returns: the event it made, and what the caller answers with. */
export interface PlanChangeOutcome<T, Type extends string = string> {
  /** Null when nothing changed (a resent request answered with what was kept the first time). */
  event: DomainEvent<Type> | null;
  /** What the same change went on to do (the last agreement moves the plan up): recorded after `event`. */
  also?: DomainEvent<Type>[];
  /** Read once everything that follows the change (milestones, the contract) has settled. */
  answer: () => Promise<T>;
}

/**
 * Work that follows every change on a plan, in its transaction, registered by the feature that
 * owns it (milestones settle; visits the plan no longer allows are cancelled). It may name what
 * it changed: those details join the change's audit and domain event.
 */
export interface PlanChangeFollower {
  followChange(change: PlanChange, event: DomainEvent): Promise<Record<string, unknown> | void>;
}

/** A change as the outbox recorded it: what listeners receive. */
export interface RecordedEvent extends DomainEvent {
  /** The outbox row's id: increasing in commit order within a plan. */
  id: string;
  details: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * What follows a recorded change (DESIGN §6): notifications, e-mail and live updates listen to
 * the domain events, in the change's transaction, so a rolled-back change tells nobody and a
 * committed one is never lost. Listeners may not change the plan: that is a follower's work.
 */
export interface PlanChangeListener {
  afterChange(change: PlanChange, event: RecordedEvent): Promise<void>;
}
