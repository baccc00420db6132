import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvent } from '../../plan-changes/plan-change';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { CommitmentSources } from '../../track-record/commitment-sources';
import { ConcernsService } from '../concerns/concerns.service';
import { ConcernModel } from '../concerns/dto/concern.model';
import { AcceptRepairInput, MarkCommitmentInput, ProposeRepairInput } from './dto/repair.inputs';
import { RepairAgreementsRepository } from './repair-agreements.repository';

/**
 * Repair agreements (issue 12, item 2): what each person will do, proposed by staff in the
 * conversation; each person accepts their own part; later each marks their commitments kept or
 * "not yet" and staff confirm. When every commitment is confirmed kept, the concern is resolved.
 */
@Injectable()
export class RepairAgreementsService implements OnModuleInit {
  constructor(
    private readonly concerns: ConcernsService,
    private readonly repairs: RepairAgreementsRepository,
    private readonly commitmentSources: CommitmentSources,
  ) {}

  onModuleInit(): void {
    this.commitmentSources.add({
      settledSince: (manager, planId, since, timeZone) =>
        this.repairs.confirmedSince(manager, planId, since, timeZone),
    });
  }

  /** A new version replaces the one before (kept as SUPERSEDED): everyone accepts it again. */
  propose(ctx: RequestContext, input: ProposeRepairInput): Promise<ConcernModel> {
    return this.concerns.change(ctx, input.concernId, async (change, concern) => {
      const { manager, actor, planId, now } = change;
      this.concerns.requireOpen(concern);
      if (concern.status !== 'IN_DISCUSSION') throw new DomainError('CONCERN_NOT_IN_DISCUSSION');
      const active = new Set(
        (await this.concerns.people(manager, planId))
          .filter((p) => p.active)
          .map((p) => p.memberId),
      );
      const parties = new Set(concern.partyMemberIds);
      if (!input.commitments.every((c) => active.has(c.memberId) && parties.has(c.memberId)))
        throw new DomainError('REPAIR_COMMITMENT_NOT_ON_PLAN', {}, { field: 'commitments' });
      const before = await this.repairs.latest(manager, concern.id);
      if (before && before.status !== 'SUPERSEDED')
        await this.repairs.setStatus(manager, before.id, 'SUPERSEDED');
      const agreement = await this.repairs.insert(manager, {
        concernId: concern.id,
        planId,
        version: (before?.version ?? 0) + 1,
        proposedByUserId: actor.userId,
        createdAt: now,
      });
      await this.repairs.insertCommitments(
        manager,
        input.commitments.map((c, position) => ({
          agreementId: agreement.id,
          memberId: c.memberId,
          position,
          words: c.words,
          reviewOn: c.reviewOn ?? null,
          createdAt: now,
        })),
      );
      return this.event(await this.concerns.event(manager, 'repair.proposed', concern, []), {
        agreementId: agreement.id,
        version: agreement.version,
        ownerMemberIds: [...new Set(input.commitments.map((c) => c.memberId))],
        // Whatever still waited on the one it replaces no longer does.
        replacedAgreementId: before && before.status !== 'SUPERSEDED' ? before.id : null,
      });
    });
  }

  /** Each person accepts their own part; once everyone has, the repair is agreed. */
  async accept(ctx: RequestContext, input: AcceptRepairInput): Promise<ConcernModel> {
    const agreement = await this.repairs.byId(ctx.manager, input.agreementId);
    if (!agreement) throw notFound('repair agreement');
    return this.concerns.change(ctx, agreement.concernId, async (change, concern) => {
      const { manager, actor, relation, now } = change;
      const current = await this.repairs.byId(manager, agreement.id);
      if (!current) throw notFound('repair agreement');
      if (current.status === 'SUPERSEDED') throw new DomainError('REPAIR_REPLACED');
      const me = relation.memberId;
      const commitments = await this.repairs.commitments(manager, current.id);
      const owners = new Set(commitments.map((c) => c.memberId));
      if (!me || !owners.has(me)) throw new DomainError('REPAIR_NOT_YOURS_TO_ACCEPT');
      const accepted = await this.repairs.accepted(manager, current.id);
      if (accepted.has(me)) throw new DomainError('REPAIR_ALREADY_ACCEPTED');
      await this.repairs.accept(manager, {
        agreementId: current.id,
        memberId: me,
        authorUserId: actor.userId,
        createdAt: now,
      });
      accepted.add(me);
      const agreed = [...owners].every((o) => accepted.has(o));
      if (agreed) await this.repairs.setStatus(manager, current.id, 'AGREED', { agreedAt: now });
      return this.event(await this.concerns.event(manager, 'repair.accepted', concern, []), {
        agreementId: current.id,
        agreed,
      });
    });
  }

  /** The owner says how their commitment went: kept, or "not yet" (never a failure). */
  async mark(ctx: RequestContext, input: MarkCommitmentInput): Promise<ConcernModel> {
    const concernId = await this.concernOf(ctx, input.commitmentId);
    return this.concerns.change(ctx, concernId, async (change, concern) => {
      const { manager, actor, relation, now } = change;
      const commitment = await this.repairs.commitment(manager, input.commitmentId);
      if (!commitment || commitment.memberId !== relation.memberId) throw notFound('commitment');
      const agreement = await this.repairs.byId(manager, commitment.agreementId);
      if (!agreement || agreement.status === 'SUPERSEDED') throw new DomainError('REPAIR_REPLACED');
      if (agreement.status === 'PROPOSED') throw new DomainError('REPAIR_NOT_AGREED_YET');
      const confirmed = await this.repairs.latestMarks(manager, agreement.id, 'STAFF');
      if (confirmed.get(commitment.id) === 'KEPT') throw new DomainError('REPAIR_ALREADY_KEPT');
      await this.repairs.mark(manager, {
        commitmentId: commitment.id,
        role: 'OWNER',
        outcome: input.outcome,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return this.event(
        await this.concerns.event(manager, 'repair.commitment_marked', concern, []),
        {
          commitmentId: commitment.id,
          outcome: input.outcome,
        },
      );
    });
  }

  /** Staff confirm how a commitment went; when all are confirmed kept, the concern is resolved. */
  async confirm(ctx: RequestContext, input: MarkCommitmentInput): Promise<ConcernModel> {
    const concernId = await this.concernOf(ctx, input.commitmentId);
    return this.concerns.change(ctx, concernId, async (change, concern) => {
      const { manager, actor, now } = change;
      const commitment = await this.repairs.commitment(manager, input.commitmentId);
      if (!commitment) throw notFound('commitment');
      const agreement = await this.repairs.byId(manager, commitment.agreementId);
      if (!agreement || agreement.status === 'SUPERSEDED') throw new DomainError('REPAIR_REPLACED');
      if (agreement.status === 'PROPOSED') throw new DomainError('REPAIR_NOT_AGREED_YET');
      const owners = await this.repairs.latestMarks(manager, agreement.id, 'OWNER');
      if (!owners.has(commitment.id)) throw new DomainError('REPAIR_NOT_MARKED_YET');
      const staff = await this.repairs.latestMarks(manager, agreement.id, 'STAFF');
      if (staff.get(commitment.id) === 'KEPT') throw new DomainError('REPAIR_ALREADY_KEPT');
      await this.repairs.mark(manager, {
        commitmentId: commitment.id,
        role: 'STAFF',
        outcome: input.outcome,
        authorUserId: actor.userId,
        createdAt: now,
      });
      staff.set(commitment.id, input.outcome);
      const all = await this.repairs.commitments(manager, agreement.id);
      const kept = all.every((c) => staff.get(c.id) === 'KEPT');
      const event = this.event(
        await this.concerns.event(manager, 'repair.commitment_confirmed', concern, []),
        { commitmentId: commitment.id, outcome: input.outcome, repairKept: kept },
      );
      if (!kept) return event;
      await this.repairs.setStatus(manager, agreement.id, 'KEPT', { keptAt: now });
      return [event, await this.concerns.resolve(manager, concern, now)];
    });
  }

  private async concernOf(ctx: RequestContext, commitmentId: string): Promise<string> {
    const concernId = await this.repairs.concernOfCommitment(ctx.manager, commitmentId);
    if (!concernId) throw notFound('commitment');
    return concernId;
  }

  private event(base: DomainEvent, details: Record<string, unknown>): DomainEvent {
    return { ...base, details: { ...base.details, ...details } };
  }
}
