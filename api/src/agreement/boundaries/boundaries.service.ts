import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService, ownPlace } from '../../access/access.service';
import { seesBoundary } from '../../access/visibility/agreement';
import { PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  AcknowledgeBoundaryInput,
  ReviseBoundaryInput,
  StateBoundaryInput,
} from '../dto/agreement.inputs';
import { BoundaryModel } from '../dto/agreement.model';
import { AgreementMade, changeAgreement } from '../reader/agreement-change';
import { AgreementReader } from '../reader/agreement.reader';
import { BoundariesRepository } from './boundaries.repository';

/** Boundaries are stated, not negotiated (DESIGN principle 3): the owner states and revises; others acknowledge. */
@Injectable()
export class BoundariesService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly boundaries: BoundariesRepository,
    private readonly reader: AgreementReader,
  ) {}

  state(ctx: RequestContext, input: StateBoundaryInput): Promise<BoundaryModel> {
    return this.change(ctx, input.planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      const appliesTo = await this.othersOnPlan(
        manager,
        input.planId,
        me,
        input.appliesToMemberIds,
      );
      const boundary = await this.boundaries.insert(manager, {
        planId: input.planId,
        ownerMemberId: me,
        category: input.category,
        createdAt: now,
      });
      await this.boundaries.insertVersion(manager, {
        boundaryId: boundary.id,
        version: 1,
        need: input.need,
        ifCrossed: input.ifCrossed,
        appliesToMemberIds: appliesTo,
        visibility: input.visibility,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return {
        kind: 'boundary_stated',
        details: { boundaryId: boundary.id, visibility: input.visibility },
        recordId: boundary.id,
      };
    });
  }

  /** The owner restates it: a new version, which asks everyone it applies to for acknowledgement again. */
  async revise(ctx: RequestContext, input: ReviseBoundaryInput): Promise<BoundaryModel> {
    const planId = await this.planOf(ctx, input.boundaryId);
    return this.change(ctx, planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      const boundary = await this.boundaries.lockForChange(manager, input.boundaryId);
      if (!boundary || boundary.ownerMemberId !== me) throw notFound('boundary');
      const appliesTo = await this.othersOnPlan(manager, planId, me, input.appliesToMemberIds);
      const version = boundary.currentVersion + 1;
      await this.boundaries.setCurrentVersion(manager, boundary.id, version);
      await this.boundaries.insertVersion(manager, {
        boundaryId: boundary.id,
        version,
        need: input.need,
        ifCrossed: input.ifCrossed,
        appliesToMemberIds: appliesTo,
        visibility: input.visibility,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return {
        kind: 'boundary_revised',
        details: { boundaryId: boundary.id, version, visibility: input.visibility },
        recordId: boundary.id,
      };
    });
  }

  /** "I understand": only someone it applies to, only the current version, once. */
  async acknowledge(ctx: RequestContext, input: AcknowledgeBoundaryInput): Promise<BoundaryModel> {
    const planId = await this.planOf(ctx, input.boundaryId);
    return this.change(ctx, planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      const boundary = await this.boundaries.byId(manager, input.boundaryId);
      const current =
        boundary && (await this.boundaries.version(manager, boundary.id, boundary.currentVersion));
      if (
        !boundary ||
        !current ||
        !seesBoundary({ memberId: me, isStaff: false }, { ...boundary, versions: [current] })
      )
        throw notFound('boundary');
      if (boundary.ownerMemberId === me) throw new DomainError('BOUNDARY_OWN');
      if (input.version !== boundary.currentVersion)
        throw input.version < boundary.currentVersion
          ? new DomainError('BOUNDARY_VERSION_STALE', {
              read: input.version,
              current: boundary.currentVersion,
            })
          : new DomainError('BOUNDARY_VERSION_UNKNOWN', { read: input.version });
      if (await this.boundaries.hasAcknowledged(manager, boundary.id, input.version, me))
        throw new DomainError('BOUNDARY_ALREADY_ACKNOWLEDGED');
      await this.boundaries.insertAcknowledgement(manager, {
        boundaryId: boundary.id,
        version: input.version,
        memberId: me,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return {
        kind: 'boundary_acknowledged',
        details: { boundaryId: boundary.id, version: input.version },
        recordId: boundary.id,
      };
    });
  }

  /** The road every boundary change takes; it answers with the boundary as the actor now sees it. */
  private change(
    ctx: RequestContext,
    planId: string,
    work: (change: PlanChange) => Promise<AgreementMade>,
  ): Promise<BoundaryModel> {
    const { planChanges, reader } = this;
    return changeAgreement({ planChanges, reader }, ctx, planId, work, {
      what: 'boundary',
      in: (agreement) => agreement.boundaries,
    });
  }

  /** The plan of a boundary the actor names; someone without a place on that plan hears it does not exist. */
  private async planOf(ctx: RequestContext, boundaryId: string): Promise<string> {
    const planId = await this.boundaries.planOf(ctx.manager, boundaryId);
    if (!planId) throw notFound('boundary');
    await orNotFound(
      'boundary',
      this.access.requirePlan(ctx.manager, ctx.signedIn, 'agreement.takePart', planId),
    );
    return planId;
  }

  /** The people a boundary applies to: others on the plan, still active. */
  private async othersOnPlan(
    manager: EntityManager,
    planId: string,
    ownerId: string,
    ids: string[],
  ): Promise<string[]> {
    const wanted = [...new Set(ids)];
    if (wanted.includes(ownerId))
      throw new DomainError('BOUNDARY_NOT_FOR_SELF', {}, { field: 'appliesToMemberIds' });
    const active = new Set(
      (await this.reader.members(manager, [planId]))
        .filter((m) => m.status === 'ACTIVE')
        .map((m) => m.id),
    );
    if (!wanted.every((id) => active.has(id)))
      throw new DomainError('BOUNDARY_APPLIES_TO_NOT_ON_PLAN', {}, { field: 'appliesToMemberIds' });
    return wanted;
  }
}
