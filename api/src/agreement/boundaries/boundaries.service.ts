import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AgreementChange, AgreementService, ownPlace } from '../agreement.service';
import {
  AcknowledgeBoundaryInput,
  ReviseBoundaryInput,
  StateBoundaryInput,
} from '../dto/agreement.inputs';
import { BoundaryModel } from '../dto/agreement.model';
import { Actor, RequestOrigin } from '../../platform/actor';
import { badInput, conflict, notFound, staleVersion } from '../../platform/errors';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { BoundaryAcknowledgement } from './boundary-acknowledgement.entity';
import { BoundaryVersion } from './boundary-version.entity';
import { Boundary } from './boundary.entity';

/** Boundaries are stated, not negotiated (DESIGN principle 3): the owner states and revises; others acknowledge. */
@Injectable()
export class BoundariesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreement: AgreementService,
    private readonly access: AccessService,
  ) {}

  state(actor: Actor, input: StateBoundaryInput, origin: RequestOrigin): Promise<BoundaryModel> {
    return this.run(actor, origin, input.planId, async (manager, memberId, now) => {
      const appliesTo = await this.othersOnPlan(
        manager,
        input.planId,
        memberId,
        input.appliesToMemberIds,
      );
      const boundary = await manager.save(
        manager.create(Boundary, {
          planId: input.planId,
          ownerMemberId: memberId,
          category: input.category,
          currentVersion: 1,
          createdAt: now,
        }),
      );
      const id = boundary.id;
      await manager.insert(BoundaryVersion, {
        boundaryId: id,
        version: 1,
        need: input.need,
        ifCrossed: input.ifCrossed,
        appliesToMemberIds: appliesTo,
        visibility: input.visibility,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return {
        kind: 'BOUNDARY_STATED',
        details: { boundaryId: id, visibility: input.visibility },
        recordId: id,
      };
    });
  }

  /** The owner restates it: a new version, which asks everyone it applies to for acknowledgement again. */
  async revise(
    actor: Actor,
    input: ReviseBoundaryInput,
    origin: RequestOrigin,
  ): Promise<BoundaryModel> {
    const planId = await this.planOf(actor, input.boundaryId);
    return this.run(actor, origin, planId, async (manager, memberId, now) => {
      const boundary = await manager.findOne(Boundary, {
        where: { id: input.boundaryId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!boundary || boundary.ownerMemberId !== memberId) throw notFound('boundary');
      const appliesTo = await this.othersOnPlan(
        manager,
        planId,
        memberId,
        input.appliesToMemberIds,
      );
      const version = boundary.currentVersion + 1;
      await manager.update(Boundary, { id: boundary.id }, { currentVersion: version });
      await manager.insert(BoundaryVersion, {
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
        kind: 'BOUNDARY_REVISED',
        details: { boundaryId: boundary.id, version, visibility: input.visibility },
        recordId: boundary.id,
      };
    });
  }

  /** "I understand": only someone it applies to, only the current version, once. */
  async acknowledge(
    actor: Actor,
    input: AcknowledgeBoundaryInput,
    origin: RequestOrigin,
  ): Promise<BoundaryModel> {
    const planId = await this.planOf(actor, input.boundaryId);
    return this.run(actor, origin, planId, async (manager, memberId, now) => {
      const boundary = await manager.findOneBy(Boundary, { id: input.boundaryId });
      const current =
        boundary &&
        (await manager.findOneByOrFail(BoundaryVersion, {
          boundaryId: boundary.id,
          version: boundary.currentVersion,
        }));
      const visible =
        current && current.visibility === 'PLAN' && current.appliesToMemberIds.includes(memberId);
      if (!boundary || !current || (!visible && boundary.ownerMemberId !== memberId))
        throw notFound('boundary');
      if (boundary.ownerMemberId === memberId)
        throw badInput('This is your own boundary; the people it applies to acknowledge it.');
      if (input.version !== boundary.currentVersion)
        throw staleVersion('boundary', input.version, boundary.currentVersion, 'acknowledge');
      if (
        await manager.existsBy(BoundaryAcknowledgement, {
          boundaryId: boundary.id,
          version: input.version,
          memberId,
        })
      ) {
        throw conflict('You have already acknowledged this version.');
      }
      await manager.insert(BoundaryAcknowledgement, {
        boundaryId: boundary.id,
        version: input.version,
        memberId,
        authorUserId: actor.userId,
        createdAt: now,
      });
      return {
        kind: 'BOUNDARY_ACKNOWLEDGED',
        details: { boundaryId: boundary.id, version: input.version },
        recordId: boundary.id,
      };
    });
  }

  private async run(
    actor: Actor,
    origin: RequestOrigin,
    planId: string,
    work: (manager: EntityManager, memberId: string, now: Date) => Promise<AgreementChange>,
  ): Promise<BoundaryModel> {
    const { view, recordId } = await this.agreement.change(
      actor,
      origin,
      planId,
      'agreement.takePart',
      (manager, relation, now) => work(manager, ownPlace(relation), now),
    );
    const boundary = view.agreement(planId).boundaries.find((b) => b.id === recordId);
    if (!boundary) throw notFound('boundary');
    return boundary;
  }

  private async planOf(actor: Actor, boundaryId: string): Promise<string> {
    const planId = await this.agreement.planOf(
      this.dataSource.manager,
      actor,
      'boundary',
      boundaryId,
    );
    const relation = await this.access.planRelation(this.dataSource.manager, actor, planId);
    if (!relation?.memberId) throw notFound('boundary');
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
      throw badInput(
        'A boundary applies to other people on the plan, not to yourself.',
        'appliesToMemberIds',
      );
    const found = await manager.findBy(PlanMember, {
      id: In(wanted),
      planId,
      status: 'ACTIVE',
      kind: In(['PATIENT', 'FAMILY']),
    });
    if (found.length !== wanted.length)
      throw badInput(
        'Choose whom it applies to from the people on this plan.',
        'appliesToMemberIds',
      );
    return wanted;
  }
}
