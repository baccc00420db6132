import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConsentCategory,
  consentedCategories,
  Language,
  normaliseSignature,
  redisclosureNotice,
  signatureMatches,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { badInput, conflict, notFound } from '../../platform/errors';
import { decodeCursor, PageArgs, toPage } from '../../platform/pagination';
import { PlanMember } from '../plan-members/plan-member.entity';
import { PlansService } from '../plans/plans.service';
import { MilestonesService } from '../../track-record/milestones/milestones.service';
import { Consent } from './consent.entity';
import { Disclosure } from './disclosure.entity';
import {
  ConsentModel,
  ConsentPreviewInput,
  DisclosureConnection,
  FamilyPlanModel,
  FamilyProgressModel,
  GrantConsentInput,
} from './dto/consent.model';

const DAY_MS = 24 * 60 * 60_000;
const MAX_CONSENT_DAYS = 2 * 366;
/** §2.25: the patient can list disclosures of the last three years. */
const DISCLOSURE_HISTORY_DAYS = 3 * 365;
export const REVOCATION_TERMS =
  'You may revoke this consent at any time, in Homeward (Who sees what → Stop sharing) or by telling your counselor. ' +
  'Revoking takes effect at once for anything not yet shown; it cannot undo what was already disclosed.';

interface FamilyPlanRow {
  member_id: string;
  plan_id: string;
  relationship: FamilyPlanModel['relationship'];
  patient_name: string;
  status: string;
  viewer_language: Language | null;
}

/** The kind word shown instead of progress the patient keeps to themselves, in the reader's language. */
function notSharedExplanation(firstName: string, language: Language): string {
  return language === 'ES'
    ? `${firstName} ha decidido no compartir su progreso contigo por ahora. Es su decisión y puede cambiar. Tu parte del plan está más abajo.`
    : `${firstName} has chosen not to share their progress with you for now. That is their choice to make, and it can change. Your own part of the plan is below.`;
}

@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly plans: PlansService,
    private readonly milestones: MilestonesService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The patient signs a consent for one family member; it replaces any earlier live one for them. */
  grant(actor: Actor, input: GrantConsentInput, origin: RequestOrigin): Promise<ConsentModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requireMember(
        manager,
        actor,
        'consent.manage',
        input.memberId,
      );
      // Lock the member so two grants at once cannot both stay live.
      const member = await manager.findOneOrFail(PlanMember, {
        where: { id: input.memberId },
        lock: { mode: 'pessimistic_write' },
      });
      if (member.kind !== 'FAMILY' || !['ACTIVE', 'INVITED'].includes(member.status)) {
        throw badInput('A consent is given to a family member who is on your plan.', 'memberId');
      }
      const [names] = (await manager.query(
        `SELECT u.display_name AS patient_name, o.name AS program_name
           FROM membership m JOIN app_user u ON u.id = m.user_id JOIN organization o ON o.id = m.organization_id WHERE m.id = $1`,
        [actor.membershipId],
      )) as { patient_name: string; program_name: string }[];
      const signature = normaliseSignature(input.signature);
      if (!signatureMatches(signature, names.patient_name)) {
        throw badInput(
          `To sign, type your full name as it is on your account: ${names.patient_name}.`,
          'signature',
        );
      }
      const now = this.clock.now();
      const expiresAt = input.expiresAt;
      if (expiresAt.getTime() <= now.getTime())
        throw badInput('Choose an end date in the future.', 'expiresAt');
      if (expiresAt.getTime() > now.getTime() + MAX_CONSENT_DAYS * DAY_MS)
        throw badInput('A consent can last two years at most.', 'expiresAt');

      await manager
        .createQueryBuilder()
        .update(Consent)
        .set({ revokedAt: now })
        .where('recipient_member_id = :id AND revoked_at IS NULL', { id: member.id })
        .execute();
      const consent = await manager.save(
        manager.create(Consent, {
          planId: relation.planId,
          recipientMemberId: member.id,
          patientName: names.patient_name,
          programName: names.program_name,
          recipientName: member.displayName,
          categories: [...new Set(input.categories)],
          purpose: input.purpose.trim(),
          revocationTerms: REVOCATION_TERMS,
          expiresAt,
          signature,
          signedAt: now,
        }),
      );
      await this.plans.recordChange(
        manager,
        actor,
        relation.planId,
        'CONSENT_GRANTED',
        { consentId: consent.id, memberId: member.id, categories: consent.categories },
        origin,
      );
      return this.toModel(consent, now);
    });
  }

  revoke(actor: Actor, consentId: string, origin: RequestOrigin): Promise<ConsentModel> {
    return this.dataSource.transaction(async (manager) => {
      const consent = await manager
        .createQueryBuilder(Consent, 'c')
        .innerJoin('plan', 'p', 'p.id = c.plan_id')
        .where('c.id = :consentId AND p.organization_id = :org', {
          consentId,
          org: actor.organizationId,
        })
        .getOne();
      if (!consent) throw notFound('consent');
      await this.access.requirePlan(manager, actor, 'consent.manage', consent.planId).catch(() => {
        throw notFound('consent');
      });
      if (consent.revokedAt) throw conflict('This consent was already revoked.');
      const now = this.clock.now();
      await manager.update(Consent, { id: consent.id }, { revokedAt: now });
      await this.plans.recordChange(
        manager,
        actor,
        consent.planId,
        'CONSENT_REVOKED',
        { consentId: consent.id, memberId: consent.recipientMemberId },
        origin,
      );
      return this.toModel({ ...consent, revokedAt: now }, now);
    });
  }

  /** Every consent on the plan, newest first: the patient's consent history. The caller checked access. */
  async forPlanOf(planId: string): Promise<ConsentModel[]> {
    const now = this.clock.now();
    const consents = await this.dataSource.manager.find(Consent, {
      where: { planId },
      order: { signedAt: 'DESC', id: 'ASC' },
    });
    return consents.map((c) => this.toModel(c, now));
  }

  /** Exactly what that family member would see with these categories; nothing is disclosed. */
  async preview(actor: Actor, input: ConsentPreviewInput): Promise<FamilyPlanModel> {
    const manager = this.dataSource.manager;
    const relation = await this.access.requireMember(
      manager,
      actor,
      'consent.manage',
      input.memberId,
    );
    const [row] = await this.familyRows(manager, 'm.id = $1 AND p.id = $2', [
      input.memberId,
      relation.planId,
    ]);
    if (!row) throw notFound('family member on your plan');
    // The preview shows the words that person would read, in their language.
    return this.familyView(
      manager,
      row,
      [...new Set(input.categories)],
      row.viewer_language ?? 'EN',
    );
  }

  /**
   * The plans this family member is on, each within what the patient consents to right now
   * (read fresh on every request: a revocation counts at once). Every showing of consented
   * data is recorded as a disclosure, one row per plan.
   */
  async familyPlans(actor: Actor, origin: RequestOrigin): Promise<FamilyPlanModel[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.familyRows(
        manager,
        "m.membership_id = $1 AND m.status = 'ACTIVE' AND p.organization_id = $2",
        [actor.membershipId, actor.organizationId],
      );
      if (rows.length === 0) return [];
      const now = this.clock.now();
      const live = (await manager.query(
        `SELECT DISTINCT ON (recipient_member_id) id, recipient_member_id, categories, expires_at, revoked_at
           FROM consent WHERE recipient_member_id = ANY($1::uuid[]) AND revoked_at IS NULL
          ORDER BY recipient_member_id, signed_at DESC`,
        [rows.map((r) => r.member_id)],
      )) as {
        id: string;
        recipient_member_id: string;
        categories: ConsentCategory[];
        expires_at: Date;
        revoked_at: Date | null;
      }[];
      const views: FamilyPlanModel[] = [];
      const disclosures: Partial<Disclosure>[] = [];
      for (const row of rows) {
        const consent = live.find((c) => c.recipient_member_id === row.member_id) ?? null;
        const categories = consentedCategories(
          consent && {
            categories: consent.categories,
            expiresAt: new Date(consent.expires_at),
            revokedAt: consent.revoked_at,
          },
          now,
        );
        const view = await this.familyView(manager, row, categories, row.viewer_language ?? 'EN');
        views.push(view);
        if (consent && view.notice) {
          disclosures.push({
            planId: row.plan_id,
            consentId: consent.id,
            recipientUserId: actor.userId,
            categories,
            channel: 'WEB',
            disclosedAt: now,
          });
        }
      }
      if (disclosures.length) {
        await manager.insert(Disclosure, disclosures);
        // A read of patient data by someone other than the patient is audited too (DESIGN §3).
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'plan.family_viewed',
          recordType: 'plan',
          recordId: disclosures.map((d) => d.planId).join(','),
          details: { plans: disclosures.length },
          ip: origin.ip,
        });
      }
      return views;
    });
  }

  /** What the patient shares with this family member right now (read fresh: a revocation counts at once). */
  async liveConsent(
    manager: EntityManager,
    memberId: string,
  ): Promise<{ consentId: string; categories: ConsentCategory[] } | null> {
    const [consent] = (await manager.query(
      `SELECT id, categories, expires_at, revoked_at FROM consent WHERE recipient_member_id = $1 AND revoked_at IS NULL ORDER BY signed_at DESC LIMIT 1`,
      [memberId],
    )) as {
      id: string;
      categories: ConsentCategory[];
      expires_at: Date;
      revoked_at: Date | null;
    }[];
    const categories = consentedCategories(
      consent && {
        categories: consent.categories,
        expiresAt: new Date(consent.expires_at),
        revokedAt: consent.revoked_at,
      },
      this.clock.now(),
    );
    return consent && categories.length > 0 ? { consentId: consent.id, categories } : null;
  }

  /** The language a person reads in, for the notice and kind words that go with what they are shown. */
  async readerLanguage(manager: EntityManager, actor: Actor): Promise<Language> {
    const [row] = (await manager.query('SELECT language FROM app_user WHERE id = $1', [
      actor.userId,
    ])) as { language: Language }[];
    return row?.language ?? 'EN';
  }

  /** Records that patient data in these categories was shown to a family member, with its audit event. */
  async disclose(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    consentId: string,
    categories: ConsentCategory[],
    what: string,
    origin: RequestOrigin,
  ): Promise<void> {
    await manager.insert(Disclosure, {
      planId,
      consentId,
      recipientUserId: actor.userId,
      categories,
      channel: 'WEB',
      disclosedAt: this.clock.now(),
    });
    await this.audit.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: `plan.family_viewed_${what}`,
      recordType: 'plan',
      recordId: planId,
      details: { categories },
      ip: origin.ip,
    });
  }

  /** The patient's disclosures of the last three years, newest first. */
  async disclosures(actor: Actor, page: PageArgs): Promise<DisclosureConnection> {
    const after = decodeCursor(page.after);
    if (after && !/^\d+$/.test(after.id))
      throw badInput(
        'That page link is no longer valid. Start again from the first page.',
        'after',
      );
    const since = new Date(this.clock.now().getTime() - DISCLOSURE_HISTORY_DAYS * DAY_MS);
    const rows = (await this.dataSource.query(
      `SELECT d.id, c.recipient_name, d.categories, d.channel, d.disclosed_at
         FROM disclosure d JOIN consent c ON c.id = d.consent_id JOIN plan p ON p.id = d.plan_id
        WHERE p.patient_membership_id = $1 AND d.disclosed_at >= $2 AND ($3::bigint IS NULL OR d.id < $3::bigint)
        ORDER BY d.id DESC LIMIT $4`,
      [actor.membershipId, since, after?.id ?? null, page.first + 1],
    )) as {
      id: string;
      recipient_name: string;
      categories: ConsentCategory[];
      channel: string;
      disclosed_at: Date;
    }[];
    const nodes = rows.map((r) => ({
      id: r.id,
      recipientName: r.recipient_name,
      categories: r.categories,
      channel: r.channel,
      disclosedAt: r.disclosed_at,
    }));
    return toPage(nodes, page.first, (d) => ({ at: d.disclosedAt.toISOString(), id: d.id }));
  }

  private familyRows(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<FamilyPlanRow[]> {
    return manager.query(
      `SELECT m.id AS member_id, m.plan_id, m.relationship, u.display_name AS patient_name, p.status, vu.language AS viewer_language
         FROM plan_member m
         JOIN plan p ON p.id = m.plan_id
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user u ON u.id = pm.user_id
         LEFT JOIN membership vm ON vm.id = m.membership_id LEFT JOIN app_user vu ON vu.id = vm.user_id
        WHERE m.kind = 'FAMILY' AND ${where}
        ORDER BY p.created_at`,
      params,
    ) as Promise<FamilyPlanRow[]>;
  }

  private async familyView(
    manager: EntityManager,
    row: FamilyPlanRow,
    categories: ConsentCategory[],
    language: Language,
  ): Promise<FamilyPlanModel> {
    // Check-in counts only within a CHECKINS consent; family members' own never.
    const phases = (await this.plans.phases(manager, row.plan_id)).map((p) => ({
      ...p,
      milestones: this.milestones.forMembers(p.milestones, categories.includes('CHECKINS')),
    }));
    const current = phases.find((p) => p.status === 'CURRENT') ?? null;
    const showsProgress = categories.includes('PROGRESS');
    const firstName = row.patient_name.split(' ')[0];
    return {
      planId: row.plan_id,
      memberId: row.member_id,
      patientName: row.patient_name,
      relationship: row.relationship,
      sharedCategories: categories,
      notice: categories.length > 0 ? redisclosureNotice(language) : null,
      progress: showsProgress
        ? {
            status: row.status as FamilyProgressModel['status'],
            currentPhase: current,
            ladder: phases.map((p) => ({ position: p.position, name: p.name, status: p.status })),
          }
        : null,
      explanation: showsProgress ? null : notSharedExplanation(firstName, language),
      ownMilestones: (current?.milestones ?? []).filter((m) => m.party === 'FAMILY'),
    };
  }

  private toModel(c: Consent, now: Date): ConsentModel {
    const status = c.revokedAt
      ? 'REVOKED'
      : c.expiresAt.getTime() <= now.getTime()
        ? 'EXPIRED'
        : 'ACTIVE';
    return {
      id: c.id,
      recipientMemberId: c.recipientMemberId,
      recipientName: c.recipientName,
      patientName: c.patientName,
      programName: c.programName,
      categories: c.categories,
      purpose: c.purpose,
      revocationTerms: c.revocationTerms,
      expiresAt: c.expiresAt,
      signature: c.signature,
      signedAt: c.signedAt,
      revokedAt: c.revokedAt,
      status,
    };
  }
}
