import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isCalendarDay,
  Language,
  redisclosureNotice,
  SAFETY_PLAN_SECTIONS,
  safetyPlanIsEmpty,
  SafetyPlanSections,
  tidySafetyPlan,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { OrganizationsService } from '../../identity/organizations/organizations.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ConsentsService } from '../../planning/consents/consents.service';
import { FamilySights } from '../../planning/consents/family-sights';
import {
  SafetyPlanModel,
  SafetyPlanReaderModel,
  SafetyPlanVersionModel,
  SaveSafetyPlanInput,
} from './dto/safety-plan.model';
import { renderSafetyPlanPdf } from './safety-plan-pdf';
import { SafetyPlanVersion } from './safety-plan-version.entity';
import { SafetyPlansReader } from './safety-plans.reader';
import { SafetyPlansRepository } from './safety-plans.repository';

const isStaff = (relation: PlanRelation) => relation.isAdmin || relation.isCounselorOfPlan;

/**
 * The patient's safety plan (issue 13, DESIGN §3): written by the patient in six sections, each
 * save a new version. Staff on the plan read it (audited); a family member reads the current
 * version only while the patient's consent shares SAFETY_PLAN (a disclosure, with the §2.32
 * notice); without it the plan answers exactly as one that does not exist.
 */
@Injectable()
export class SafetyPlansService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsService,
    private readonly organizations: OrganizationsService,
    private readonly plans: SafetyPlansRepository,
    private readonly reader: SafetyPlansReader,
    private readonly sights: FamilySights,
  ) {}

  read(ctx: RequestContext, planId: string): Promise<SafetyPlanModel> {
    return this.dataSource.transaction((manager) => this.readIn(ctx, manager, planId, 'WEB'));
  }

  onModuleInit(): void {
    // The version a family member reads (and a PDF of it): this page and the preview alike.
    this.sights.add<SafetyPlanVersion | null>('SAFETY_PLAN', 'safety plan', {
      show: async (manager, of) => {
        const current = await this.plans.current(manager, of.planId);
        if (!current) return { rows: null, records: [] };
        const { id, version: _version, createdAt, reviewOn, ...sections } = toVersion(current);
        return {
          rows: current,
          records: [
            {
              kind: 'SAFETY_PLAN_VERSION',
              id,
              on: createdAt.toISOString().slice(0, 10),
              fields: { ...sections, reviewOn },
            },
          ],
        };
      },
    });
  }

  /** The plan as this reader may see it, with its disclosure or audit row, in the caller's transaction. */
  private async readIn(
    ctx: RequestContext,
    manager: EntityManager,
    planId: string,
    channel: 'WEB' | 'PDF',
  ): Promise<SafetyPlanModel> {
    const actor = ctx.signedIn;
    const relation = await this.access.requirePlan(manager, actor, 'safetyPlan.read', planId);
    if (relation.familyMemberId) {
      const consent = await this.consents.liveConsent(manager, relation.familyMemberId);
      // Not shared with them: the same answer as a plan that does not exist.
      if (!consent?.categories.includes('SAFETY_PLAN')) throw notFound('plan');
      const shown = await this.sights
        .of<SafetyPlanVersion | null>('SAFETY_PLAN', 'safety plan')
        .show(manager, {
          planId,
          memberId: relation.familyMemberId,
          language: ctx.language,
          shared: consent.categories,
          now: ctx.now(),
        });
      const current = shown.rows;
      const { patientName } = await this.reader.names(manager, planId);
      if (current) {
        await this.consents.disclose(
          manager,
          actor,
          planId,
          consent.consentId,
          ['SAFETY_PLAN'],
          channel === 'PDF' ? 'safety_plan_pdf' : 'safety_plan',
          ctx.origin,
          shown.records,
          channel,
        );
      }
      return {
        planId,
        patientName,
        current: current && toVersion(current),
        versions: current ? [toVersion(current)] : [],
        suggestedProfessionals: [],
        readers: [],
        notice: current ? redisclosureNotice(ctx.language) : null,
      };
    }
    if (isStaff(relation)) {
      // A staff read of the patient's own words is kept in the audit trail (DESIGN §3).
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'safety_plan.viewed',
        recordType: 'plan',
        recordId: planId,
        ip: ctx.origin.ip,
      });
    }
    return this.ownersView(manager, actor.organizationId, planId, ctx.language);
  }

  /**
   * A version as a PDF (base64), for whoever may read it: the same access as reading it (a
   * family member: the current version, a disclosure), and the export is audited.
   */
  pdf(ctx: RequestContext, planId: string, version: number | null): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.readIn(ctx, manager, planId, 'PDF');
      const chosen =
        version === null
          ? plan.current
          : (plan.versions.find((v) => v.version === version) ?? null);
      if (!chosen) throw notFound('record');
      await this.audit.record(manager, {
        organizationId: ctx.signedIn.organizationId,
        actorUserId: ctx.signedIn.userId,
        action: 'safety_plan.exported',
        recordType: 'plan',
        recordId: planId,
        details: { version: chosen.version },
        ip: ctx.origin.ip,
      });
      const bytes = await renderSafetyPlanPdf(
        chosen,
        plan.patientName,
        ctx.language,
        plan.notice !== null,
      );
      return bytes.toString('base64');
    });
  }

  save(ctx: RequestContext, input: SaveSafetyPlanInput): Promise<SafetyPlanModel> {
    const sections = tidySafetyPlan(sectionsOf(input));
    if (safetyPlanIsEmpty(sections)) throw new DomainError('SAFETY_PLAN_EMPTY');
    const reviewOn = input.reviewOn ?? null;
    if (reviewOn !== null && !isCalendarDay(reviewOn)) {
      throw new DomainError('INPUT_REVIEW_DAY', {}, { field: 'reviewOn' });
    }
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ manager, actor, now, planId }) => {
        const latest = await this.plans.current(manager, planId);
        const row = await this.plans.insert(manager, {
          planId,
          version: (latest?.version ?? 0) + 1,
          sections,
          reviewOn,
          writtenByUserId: actor.userId,
          createdAt: now,
        });
        return {
          // Only counts and the version: the patient's words stay out of the audit trail.
          event: {
            type: 'safety_plan.saved',
            recordType: 'safety_plan',
            recordId: row.id,
            details: { version: row.version, reviewOn },
          },
          answer: () => this.ownersView(manager, actor.organizationId, planId, ctx.language),
        };
      },
      // The patient's safety plan is theirs to keep up to date, even on a paused plan.
      { whenClosed: null },
    );
  }

  /** The plan as the patient and staff read it: every version, suggestions and its readers. */
  private async ownersView(
    manager: EntityManager,
    organizationId: string,
    planId: string,
    language: Language,
  ): Promise<SafetyPlanModel> {
    const versions = await this.plans.versions(manager, planId);
    const { patientName, counselorName } = await this.reader.names(manager, planId);
    const crisis = await this.organizations.crisisResources(manager, organizationId, language);
    const counselorLine =
      counselorName &&
      (language === 'ES' ? `${counselorName} (mi consejero)` : `${counselorName} (my counselor)`);
    const readers: SafetyPlanReaderModel[] = [];
    for (const member of await this.reader.family(manager, planId)) {
      const consent = await this.consents.liveConsent(manager, member.memberId);
      readers.push({ ...member, mayRead: !!consent?.categories.includes('SAFETY_PLAN') });
    }
    return {
      planId,
      patientName,
      current: versions[0] ? toVersion(versions[0]) : null,
      versions: versions.map(toVersion),
      suggestedProfessionals: [
        ...(counselorLine ? [counselorLine] : []),
        // A line whose name already holds its number is written once.
        ...crisis.map((r) => (r.label.includes(r.value) ? r.label : `${r.label}: ${r.value}`)),
      ],
      readers,
      notice: null,
    };
  }
}

function sectionsOf(input: SaveSafetyPlanInput): SafetyPlanSections {
  const sections = {} as SafetyPlanSections;
  for (const section of SAFETY_PLAN_SECTIONS) sections[section] = input[section] ?? [];
  return sections;
}

function toVersion(row: SafetyPlanVersion): SafetyPlanVersionModel {
  const sections = tidySafetyPlan(row.sections);
  return {
    id: row.id,
    version: row.version,
    ...sections,
    reviewOn: row.reviewOn,
    createdAt: row.createdAt,
  };
}
