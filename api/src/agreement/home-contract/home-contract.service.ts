import { Injectable, OnModuleInit } from '@nestjs/common';
import { normaliseSignature, signatureMatches } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AccessService, ownPlace } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { DomainEvent, PlanChange, PlanChangeFollower } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { agreementEvent } from '../dto/agreement-event';
import { SignHomeContractInput } from '../dto/agreement.inputs';
import { HomeContractModel } from '../dto/agreement.model';
import type { ContractContent } from '../dto/contract-content';
import { AgreementData, AgreementReader } from '../reader/agreement.reader';
import { AgreementView, boundaryAcknowledged } from '../reader/agreement-view';
import { contentHash } from './contract-content';
import { renderContractPdf } from './contract-pdf';
import { HomeContractRepository } from './home-contract.repository';

/** The changes after which what the contract holds may differ: the agreement's, and who is on the plan. */
const REFRESHED_AFTER = ['agreement.', 'plan.member_'];

/** The home contract: made from what is agreed, versioned when that changes, signed, exported. */
@Injectable()
export class HomeContractService implements PlanChangeFollower, OnModuleInit {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly contracts: HomeContractRepository,
    private readonly reader: AgreementReader,
  ) {}

  /** The contract follows every change that may change what it holds, in that change's transaction. */
  onModuleInit(): void {
    this.planChanges.follow(this);
  }

  /**
   * Makes a new contract version when what it holds has changed (any change needs signing
   * again), under the plan's lock; the version joins the change's audit details.
   */
  async followChange(
    { manager, planId, now }: PlanChange,
    event: DomainEvent,
  ): Promise<{ contractVersion: number } | void> {
    if (!REFRESHED_AFTER.some((prefix) => event.type.startsWith(prefix))) return;
    const contractVersion = await this.refresh(manager, planId, now);
    if (contractVersion !== null) return { contractVersion };
  }

  /** What the contract of a plan says now: agreed expectations and acknowledged boundaries, as they read. */
  content(data: AgreementData, planId: string): ContractContent {
    // Frozen in the words it was made with: the hash of equal content never changes with the reader.
    const view = new AgreementView(data, { memberId: null, isStaff: true }, '');
    const name = (id: string) => view.member(id).displayName;
    return {
      // The last wording everyone accepted stays in force while a newer one is talked over.
      expectations: data.expectations
        .filter((e) => e.planId === planId && e.status !== 'RETIRED' && e.agreedVersion !== null)
        .map((e) => ({
          id: e.id,
          version: e.agreedVersion as number,
          category: e.category,
          fromName: name(e.fromMemberId),
          toName: name(e.toMemberId),
          text: e.versions.find((v) => v.version === e.agreedVersion)?.text ?? '',
          appliesFromPhase: e.appliesFromPhase,
        })),
      boundaries: data.boundaries
        .filter((b) => b.planId === planId && boundaryAcknowledged(b, view.activeMemberIds))
        .map((b) => {
          const current = b.versions.find((v) => v.version === b.currentVersion);
          return {
            id: b.id,
            version: b.currentVersion,
            category: b.category,
            ownerName: name(b.ownerMemberId),
            need: current?.need ?? '',
            ifCrossed: current?.ifCrossed ?? '',
            appliesToNames: (current?.appliesToMemberIds ?? []).map(name),
          };
        }),
    };
  }

  /** A new contract version when its content changed; returns the new version, if any. */
  private async refresh(manager: EntityManager, planId: string, now: Date): Promise<number | null> {
    const data = await this.reader.load(manager, [planId]);
    const content = this.content(data, planId);
    const latest = data.contracts.find((c) => c.planId === planId);
    if (!latest && content.expectations.length === 0 && content.boundaries.length === 0)
      return null;
    const hash = contentHash(content);
    if (latest?.contentHash === hash) return null;
    const version = (latest?.version ?? 0) + 1;
    await this.contracts.insertVersion(manager, {
      planId,
      version,
      content,
      contentHash: hash,
      createdAt: now,
    });
    return version;
  }

  /** A member signs the current home contract (typed full name, time, the version's hash). */
  sign(ctx: RequestContext, input: SignHomeContractInput): Promise<HomeContractModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ ctx: tx, manager, actor, relation, now }) => {
        const me = ownPlace(relation);
        const latest = await this.contracts.latest(manager, input.planId);
        if (!latest || input.version > latest.version) throw notFound('home contract version');
        if (input.version < latest.version)
          throw new DomainError('CONTRACT_VERSION_STALE', {
            read: input.version,
            current: latest.version,
          });
        const name = await this.reader.accountName(manager, actor.userId);
        if (!signatureMatches(input.typedName, name))
          throw new DomainError(
            'CONTRACT_SIGNATURE_NAME_MISMATCH',
            { name },
            { field: 'typedName' },
          );
        if (await this.contracts.hasSigned(manager, latest.id, me))
          throw new DomainError('CONTRACT_ALREADY_SIGNED', { version: input.version });
        await this.contracts.insertSignature(manager, {
          contractVersionId: latest.id,
          memberId: me,
          typedName: normaliseSignature(input.typedName),
          contentHash: latest.contentHash,
          signedAt: now,
        });
        return {
          event: agreementEvent('contract_signed', input.planId, { version: input.version }),
          answer: async () => {
            const data = await this.reader.load(manager, [input.planId]);
            const contract = AgreementView.for(tx, relation, data).agreement(input.planId).contract;
            if (!contract) throw notFound('home contract version');
            return contract;
          },
        };
      },
      { whenClosed: 'AGREEMENT_PLAN_CLOSED' },
    );
  }

  /** Any version of a plan's contract, for staff and the plan's active members; a staff read is recorded. */
  version(ctx: RequestContext, planId: string, version: number): Promise<HomeContractModel> {
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const contract = await this.model(tx, planId, version);
      if (tx.isStaff) {
        await this.audit.record(manager, {
          organizationId: tx.signedIn.organizationId,
          actorUserId: tx.signedIn.userId,
          action: 'contract.viewed',
          recordType: 'plan',
          recordId: planId,
          details: { version },
          ip: tx.origin.ip,
        });
      }
      return contract;
    });
  }

  /** A version as a PDF (base64) in the reader's language, with its export written to the audit trail. */
  pdf(ctx: RequestContext, planId: string, version: number): Promise<string> {
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const contract = await this.model(tx, planId, version);
      const header = await this.reader.contractHeader(manager, planId);
      await this.audit.record(manager, {
        organizationId: tx.signedIn.organizationId,
        actorUserId: tx.signedIn.userId,
        action: 'contract.exported',
        recordType: 'plan',
        recordId: planId,
        details: { version, contentHash: contract.contentHash },
        ip: tx.origin.ip,
      });
      return (await renderContractPdf(contract, header, tx.language)).toString('base64');
    });
  }

  private async model(
    ctx: RequestContext,
    planId: string,
    version: number,
  ): Promise<HomeContractModel> {
    const { manager } = ctx;
    const relation = await this.access.requirePlan(manager, ctx.signedIn, 'agreement.read', planId);
    const row = await this.reader.contractVersion(manager, planId, version);
    if (!row) throw notFound('home contract version');
    const members = await this.reader.members(manager, [planId]);
    const view = AgreementView.for(ctx, relation, {
      members,
      expectations: [],
      boundaries: [],
      contracts: [],
      phases: [],
    });
    return view.contract(row, row.version === row.versionCount);
  }
}
