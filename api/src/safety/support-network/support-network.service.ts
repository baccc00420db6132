import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsentCategory, Language, redisclosureNotice } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ConsentsService } from '../../planning/consents/consents.service';
import { FamilySights } from '../../planning/consents/family-sights';
import { PlansService } from '../../planning/plans/plans.service';
import {
  AddSupportPersonInput,
  ChangeSupportPersonInput,
  SupportNetworkModel,
  SupportPersonModel,
  SupportPhaseModel,
} from './dto/support-network.model';
import { SupportPerson } from './support-person.entity';
import { NewSupportPerson, SupportNetworkRepository } from './support-network.repository';

export type SupportNetworkEventType =
  'support_network.added' | 'support_network.changed' | 'support_network.retired';

const isStaff = (relation: PlanRelation) => relation.isAdmin || relation.isCounselorOfPlan;

/**
 * The patient's support network (issue 13): kept by the patient, with staff's help. Private to
 * them and staff; a family member reads names, roles and marks only under the SUPPORT_NETWORK
 * consent category (a disclosure, with the §2.32 notice), and never anyone's contact details.
 * Without it, the network answers as if it did not exist.
 */
@Injectable()
export class SupportNetworkService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsService,
    private readonly plans: PlansService,
    private readonly planChanges: PlanChanges,
    private readonly people: SupportNetworkRepository,
    private readonly sights: FamilySights,
  ) {}

  onModuleInit(): void {
    // Who is on the network, as a family member reads it (never contact details): this page and the preview alike.
    this.sights.add<SupportPersonModel[]>('SUPPORT_NETWORK', 'support network', {
      show: async (manager, of) => {
        const phases = await this.phasesIn(manager, of.planId, of.language);
        const rows = (await this.people.current(manager, of.planId)).map((row) =>
          toModel(row, phases, true),
        );
        return {
          rows,
          records: rows.map((p) => ({
            kind: 'SUPPORT_PERSON',
            id: p.id,
            on: null,
            fields: {
              kind: p.kind,
              name: p.name,
              mark: p.mark,
              condition: p.condition,
              fromPhaseName: p.fromPhaseName,
            },
          })),
        };
      },
    });
  }

  read(ctx: RequestContext, planId: string): Promise<SupportNetworkModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'supportNetwork.read', planId);
      const family = !isStaff(relation) && !relation.isPatient;
      const consent = family ? await this.sharedWith(manager, relation) : null;
      const phases = await this.phases(manager, planId, ctx);
      const shown =
        consent && relation.familyMemberId
          ? await this.sights
              .of<SupportPersonModel[]>('SUPPORT_NETWORK', 'support network')
              .show(manager, {
                planId,
                memberId: relation.familyMemberId,
                language: ctx.language,
                shared: consent.categories,
                now: ctx.now(),
              })
          : null;
      const people = shown
        ? shown.rows
        : (await this.people.current(manager, planId)).map((row) => toModel(row, phases, family));
      if (consent && shown) {
        await this.consents.disclose(
          manager,
          actor,
          planId,
          consent.consentId,
          ['SUPPORT_NETWORK'],
          'support_network',
          ctx.origin,
          shown.records,
        );
      } else if (isStaff(relation)) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'support_network.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: ctx.origin.ip,
        });
      }
      return {
        planId,
        people,
        phases,
        mayEdit: !family,
        notice: family ? redisclosureNotice(ctx.language) : null,
      };
    });
  }

  add(ctx: RequestContext, input: AddSupportPersonInput): Promise<SupportPersonModel> {
    return this.planChanges.run(ctx, input.planId, async ({ manager, actor, now, planId }) => {
      const phases = await this.phases(manager, planId, ctx);
      const row = await this.people.insert(manager, {
        ...fields(input, phases),
        planId,
        replacesId: null,
        createdAt: now,
        createdByUserId: actor.userId,
      });
      return {
        event: this.event('support_network.added', row),
        answer: async () => toModel(row, phases, false),
      };
    });
  }

  /** A change is a new version; the one it replaces is retired with the time, and kept. */
  async change(ctx: RequestContext, input: ChangeSupportPersonInput): Promise<SupportPersonModel> {
    const found = await this.find(ctx, input.id);
    return this.planChanges.run(ctx, found.planId, async ({ manager, actor, now, planId }) => {
      if (!(await this.people.retire(manager, found.id, now))) {
        throw new DomainError('SUPPORT_PERSON_RETIRED');
      }
      const phases = await this.phases(manager, planId, ctx);
      const row = await this.people.insert(manager, {
        ...fields(input, phases),
        planId,
        replacesId: found.id,
        createdAt: now,
        createdByUserId: actor.userId,
      });
      return {
        event: this.event('support_network.changed', row, { replacesId: found.id }),
        answer: async () => toModel(row, phases, false),
      };
    });
  }

  /** Taken off the network: retired with the time, kept in its history. */
  async retire(ctx: RequestContext, id: string): Promise<SupportPersonModel> {
    const found = await this.find(ctx, id);
    return this.planChanges.run(ctx, found.planId, async ({ manager, now, planId }) => {
      if (!(await this.people.retire(manager, found.id, now))) {
        throw new DomainError('SUPPORT_PERSON_RETIRED');
      }
      const phases = await this.phases(manager, planId, ctx);
      return {
        event: this.event('support_network.retired', found),
        answer: async () => toModel({ ...found, retiredAt: now }, phases, false),
      };
    });
  }

  /** The consent the family member reads it under, or "does not exist" without the category. */
  private async sharedWith(
    manager: EntityManager,
    relation: PlanRelation,
  ): Promise<{ consentId: string; categories: ConsentCategory[] }> {
    const consent = relation.familyMemberId
      ? await this.consents.liveConsent(manager, relation.familyMemberId)
      : null;
    if (!consent || !consent.categories.includes('SUPPORT_NETWORK')) throw notFound('plan');
    return consent;
  }

  /** A current version the reader may keep; anything else reads as missing. */
  private async find(ctx: RequestContext, id: string): Promise<SupportPerson> {
    const row = await this.people.byId(ctx.manager, id);
    if (!row) throw notFound('record');
    await this.access
      .requirePlan(ctx.manager, ctx.signedIn, 'supportNetwork.keep', row.planId)
      .catch((error: unknown) => {
        throw error instanceof DomainError && error.reason === 'NOT_FOUND'
          ? notFound('record')
          : error;
      });
    return row;
  }

  private phases(
    manager: EntityManager,
    planId: string,
    ctx: RequestContext,
  ): Promise<SupportPhaseModel[]> {
    return this.phasesIn(manager, planId, ctx.language);
  }

  private async phasesIn(
    manager: EntityManager,
    planId: string,
    language: Language,
  ): Promise<SupportPhaseModel[]> {
    const phases = await this.plans.phases(manager, planId, language);
    return phases.map((p) => ({ position: p.position, name: p.name }));
  }

  /** The audit and domain event: ids and marks only, never a name or contact details. */
  private event(
    type: SupportNetworkEventType,
    row: SupportPerson,
    extra: Record<string, unknown> = {},
  ) {
    return {
      type,
      recordType: 'support_person',
      recordId: row.id,
      details: { kind: row.kind, mark: row.mark, ...extra },
    };
  }
}

function fields(
  input: AddSupportPersonInput | ChangeSupportPersonInput,
  phases: SupportPhaseModel[],
): Pick<NewSupportPerson, 'kind' | 'name' | 'mark' | 'condition' | 'fromPhase' | 'contact'> {
  const condition = input.mark === 'CONDITIONAL' ? (input.condition ?? null) : null;
  if (input.mark === 'CONDITIONAL' && !condition) {
    throw new DomainError('INPUT_SUPPORT_CONDITION', {}, { field: 'condition' });
  }
  const fromPhase = input.fromPhase ?? null;
  if (fromPhase !== null && !phases.some((p) => p.position === fromPhase)) {
    throw new DomainError('INPUT_SUPPORT_PHASE', {}, { field: 'fromPhase' });
  }
  return {
    kind: input.kind,
    name: input.name,
    mark: input.mark,
    condition,
    fromPhase,
    contact: input.contact ?? null,
  };
}

/** A family member never reads contact details, whatever the consent shares. */
function toModel(
  row: SupportPerson,
  phases: SupportPhaseModel[],
  family: boolean,
): SupportPersonModel {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    mark: row.mark,
    condition: row.condition,
    fromPhase: row.fromPhase,
    fromPhaseName: phases.find((p) => p.position === row.fromPhase)?.name ?? null,
    contact: family ? null : row.contact,
    changedAt: row.createdAt,
  };
}
