import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { signatureMatches, normaliseSignature } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AgreementData, AgreementReader } from '../agreement-reader';
import { AgreementView, boundaryAcknowledged, viewerOf } from '../agreement-view';
import { HomeContractModel } from '../dto/agreement.model';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { badInput, conflict, notFound, staleVersion } from '../../platform/errors';
import { ContractContent, contentHash } from './contract-content';
import { renderContractPdf } from './contract-pdf';
import { ContractSignature } from './contract-signature.entity';
import { ContractVersion } from './contract-version.entity';

/** The home contract: made from what is agreed, versioned when that changes, signed, exported. */
@Injectable()
export class HomeContractService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly reader: AgreementReader,
    private readonly audit: AuditService,
  ) {}

  /** What the contract of a plan says now: agreed expectations and acknowledged boundaries, as they read. */
  content(data: AgreementData, planId: string): ContractContent {
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

  /**
   * Makes a new contract version when what it contains has changed (any change needs signing
   * again). Called inside every agreement change, under the plan's lock. Returns the new version, if any.
   */
  async refresh(
    manager: EntityManager,
    planId: string,
    data: AgreementData,
    now: Date,
  ): Promise<number | null> {
    const content = this.content(data, planId);
    const latest = data.contracts.find((c) => c.planId === planId);
    if (!latest && content.expectations.length === 0 && content.boundaries.length === 0)
      return null;
    const hash = contentHash(content);
    if (latest?.contentHash === hash) return null;
    const version = (latest?.version ?? 0) + 1;
    await manager.insert(ContractVersion, {
      planId,
      version,
      content,
      contentHash: hash,
      createdAt: now,
    });
    return version;
  }

  /** Brings a plan's contract up to date after a change outside the agreement (someone left the plan). */
  async refreshPlan(manager: EntityManager, planId: string, now: Date): Promise<number | null> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`agreement:${planId}`]);
    return this.refresh(manager, planId, await this.reader.load(manager, [planId]), now);
  }

  /** Inside an agreement change: the member signs the version they read, which must be the current one. */
  async sign(
    manager: EntityManager,
    actor: Actor,
    memberId: string,
    planId: string,
    version: number,
    typedName: string,
    now: Date,
  ): Promise<void> {
    const [latest] = await manager.find(ContractVersion, {
      where: { planId },
      order: { version: 'DESC' },
      take: 1,
    });
    if (!latest || version > latest.version) throw notFound('home contract version');
    if (version < latest.version)
      throw staleVersion('home contract', version, latest.version, 'sign');
    const [me] = (await manager.query('SELECT display_name FROM app_user WHERE id = $1', [
      actor.userId,
    ])) as { display_name: string }[];
    if (!signatureMatches(typedName, me.display_name)) {
      throw badInput(
        `To sign, type your full name as it is on your account: ${me.display_name}.`,
        'typedName',
      );
    }
    if (await manager.existsBy(ContractSignature, { contractVersionId: latest.id, memberId })) {
      throw conflict(`You have already signed version ${version} of the home contract.`);
    }
    await manager.insert(ContractSignature, {
      contractVersionId: latest.id,
      memberId,
      typedName: normaliseSignature(typedName),
      contentHash: latest.contentHash,
      signedAt: now,
    });
  }

  /** Any version of a plan's contract, for staff and the plan's active members; a staff read is recorded. */
  version(
    actor: Actor,
    planId: string,
    version: number,
    origin: RequestOrigin,
  ): Promise<HomeContractModel> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.model(manager, actor, planId, version);
      if (actor.role === 'ADMIN' || actor.role === 'COUNSELOR') {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'contract.viewed',
          recordType: 'plan',
          recordId: planId,
          details: { version },
          ip: origin.ip,
        });
      }
      return contract;
    });
  }

  /** A version as a PDF (base64), with its export written to the audit trail. */
  pdf(actor: Actor, planId: string, version: number, origin: RequestOrigin): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.model(manager, actor, planId, version);
      const [header] = (await manager.query(
        `SELECT u.display_name AS "patientName", o.name AS "programName"
           FROM plan p JOIN membership m ON m.id = p.patient_membership_id JOIN app_user u ON u.id = m.user_id
           JOIN organization o ON o.id = p.organization_id WHERE p.id = $1`,
        [planId],
      )) as { patientName: string; programName: string }[];
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'contract.exported',
        recordType: 'plan',
        recordId: planId,
        details: { version, contentHash: contract.contentHash },
        ip: origin.ip,
      });
      return (await renderContractPdf(contract, header)).toString('base64');
    });
  }

  private async model(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    version: number,
  ): Promise<HomeContractModel> {
    const relation = await this.access.requirePlan(manager, actor, 'agreement.read', planId);
    const row = await this.reader.contractVersion(manager, planId, version);
    if (!row) throw notFound('home contract version');
    const members = await this.reader.members(manager, [planId]);
    const view = new AgreementView(
      { members, expectations: [], boundaries: [], contracts: [], phases: [] },
      viewerOf(relation),
      '',
    );
    return view.contract(row, row.version === row.versionCount);
  }
}
