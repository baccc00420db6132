import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSENT_CATEGORIES,
  ConsentCategory,
  consentedCategories,
  disclosureWords,
  Language,
  normaliseSignature,
  redisclosureNotice,
  REVOCATION_TERMS,
  revocationTermsIn,
  signatureMatches,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanPermission } from '../../access/access.service';
import { FamilyView, familyView } from '../../access/visibility/family-view';
import { AuditService } from '../../audit/audit.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { DomainError, notFound } from '../../platform/domain-error';
import { decodeCursor, PageArgs, toPage } from '../../platform/pagination';
import { RequestContext } from '../../platform/request-context';
import { planHistoryEvent } from '../plan-history-event';
import { PlanMembersService } from '../plan-members/plan-members.service';
import { MilestoneModel, PhaseModel } from '../plans/dto/plan.model';
import { PlansService } from '../plans/plans.service';
import { Consent } from './consent.entity';
import { ConsentsReader, FamilyPlaceRow } from './consents.reader';
import { ConsentsRepository, LiveConsentRow, NewDisclosure } from './consents.repository';
import { disclosed, FamilySights, SharedRecord, SharedValue } from './family-sights';
import {
  CategoryPreviewModel,
  ConsentModel,
  ConsentPreviewInput,
  ConsentPreviewModel,
  SharedRecordModel,
  DisclosureConnection,
  FamilyPlanModel,
  GrantConsentInput,
} from './dto/consent.model';

/** What the PROGRESS sight draws: the family plan page's phases, within consent. */
type ProgressRows = FamilyView<MilestoneModel, PhaseModel>;

const DAY_MS = 24 * 60 * 60_000;
const MAX_CONSENT_DAYS = 2 * 366;
/** §2.25: the patient can list disclosures of the last three years. */
const DISCLOSURE_HISTORY_DAYS = 3 * 365;

/** The kind word shown instead of progress the patient keeps to themselves, in the reader's language. */
function notSharedExplanation(firstName: string, language: Language): string {
  return language === 'ES'
    ? `${firstName} ha decidido no compartir su progreso contigo por ahora. Es su decisión y puede cambiar. Tu parte del plan está más abajo.`
    : `${firstName} has chosen not to share their progress with you for now. That is their choice to make, and it can change. Your own part of the plan is below.`;
}

/** The categories a live consent allows right now (none once it has expired). */
function allowed(consent: LiveConsentRow | null, now: Date): ConsentCategory[] {
  return consentedCategories(
    consent && {
      categories: consent.categories,
      expiresAt: new Date(consent.expiresAt),
      revokedAt: consent.revokedAt,
    },
    now,
  );
}

@Injectable()
export class ConsentsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly consents: ConsentsRepository,
    private readonly reader: ConsentsReader,
    private readonly plans: PlansService,
    private readonly members: PlanMembersService,
    private readonly sights: FamilySights,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // PROGRESS is served here (the family plan page); the other categories where they are served.
    this.sights.add('PROGRESS', 'plan page', {
      show: async (manager, of) => {
        const phases = await this.plans.phases(manager, of.planId, of.language);
        const seen = familyView(phases, of.shared, this.plans.milestonesForMembers);
        const records: SharedRecord[] = (seen.progress?.ladder ?? []).map((step) => ({
          kind: 'PHASE',
          id: phases.find((p) => p.position === step.position)?.id ?? String(step.position),
          on: null,
          fields: { name: step.name, status: step.status },
        }));
        return { rows: seen, records };
      },
    });
  }

  /** The patient signs a consent for one family member; it replaces any earlier live one for them. */
  async grant(ctx: RequestContext, input: GrantConsentInput): Promise<ConsentModel> {
    const planId = await this.planOfMember(ctx, input.memberId);
    return this.planChanges.run(
      ctx,
      planId,
      // Under the plan's lock: of two grants at once, the second replaces the first.
      async ({ manager, actor, now }) => {
        const member = await this.members.member(manager, input.memberId);
        if (member.kind !== 'FAMILY' || !['ACTIVE', 'INVITED'].includes(member.status)) {
          throw new DomainError('CONSENT_RECIPIENT_NOT_ON_PLAN', {}, { field: 'memberId' });
        }
        const names = await this.reader.signingNames(manager, actor.membershipId);
        const signature = normaliseSignature(input.signature);
        if (!signatureMatches(signature, names.patientName)) {
          throw new DomainError(
            'CONSENT_SIGNATURE_MISMATCH',
            { name: names.patientName },
            { field: 'signature' },
          );
        }
        const expiresAt = input.expiresAt;
        if (expiresAt.getTime() <= now.getTime()) {
          throw new DomainError('CONSENT_ENDS_IN_PAST', {}, { field: 'expiresAt' });
        }
        if (expiresAt.getTime() > now.getTime() + MAX_CONSENT_DAYS * DAY_MS) {
          throw new DomainError('CONSENT_TOO_LONG', {}, { field: 'expiresAt' });
        }
        await this.consents.revokeLiveFor(manager, member.id, now);
        const consent = await this.consents.insert(manager, {
          planId,
          recipientMemberId: member.id,
          patientName: names.patientName,
          programName: names.programName,
          recipientName: member.displayName,
          categories: [...new Set(input.categories)],
          purpose: input.purpose.trim(),
          // Kept in English as the standard terms; each reader reads them in their language.
          revocationTerms: REVOCATION_TERMS,
          expiresAt,
          signature,
          signedAt: now,
        });
        return {
          event: planHistoryEvent('CONSENT_GRANTED', planId, {
            consentId: consent.id,
            memberId: member.id,
            categories: consent.categories,
          }),
          answer: async () => toModel(consent, now, ctx.language),
        };
      },
      // As always, sharing is the patient's to give on any of their plans.
      { whenClosed: null },
    );
  }

  async revoke(ctx: RequestContext, consentId: string): Promise<ConsentModel> {
    const actor = ctx.signedIn;
    const found = await this.consents.byIdInOrganization(
      ctx.manager,
      consentId,
      actor.organizationId,
    );
    if (!found) throw notFound('consent');
    // Someone else's consent is answered exactly as one that does not exist.
    await this.access.requirePlan(ctx.manager, actor, 'consent.manage', found.planId).catch(() => {
      throw notFound('consent');
    });
    return this.planChanges.run(
      ctx,
      found.planId,
      async ({ manager, now }) => {
        // Read again under the plan's lock: of two revocations at once, only the first counts.
        const consent = await this.consents.byId(manager, consentId);
        if (consent.revokedAt) throw new DomainError('CONSENT_ALREADY_REVOKED');
        await this.consents.revoke(manager, consent.id, now);
        return {
          event: planHistoryEvent('CONSENT_REVOKED', consent.planId, {
            consentId: consent.id,
            memberId: consent.recipientMemberId,
          }),
          answer: async () => toModel({ ...consent, revokedAt: now }, now, ctx.language),
        };
      },
      // Revoking is the patient's right whatever the plan's state (42 CFR §2.31).
      { whenClosed: null },
    );
  }

  /** Every consent on the plan, newest first: the patient's consent history. The caller checked access. */
  async forPlanOf(ctx: RequestContext, planId: string): Promise<ConsentModel[]> {
    const now = ctx.now();
    const consents = await this.consents.ofPlan(ctx.manager, planId);
    return consents.map((c) => toModel(c, now, ctx.language));
  }

  /**
   * Exactly what that family member would see with these categories, in every category, drawn
   * by each category's own sight (the one its page serves with). Nothing is disclosed, so no
   * disclosure row: it is the patient reading their own records, audited as such.
   */
  preview(ctx: RequestContext, input: ConsentPreviewInput): Promise<ConsentPreviewModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const planId = await this.planOfMember(ctx.within(manager), input.memberId);
      const place = await this.reader.familyPlace(manager, input.memberId, planId);
      if (!place) throw notFound('family member on your plan');
      const shared = [...new Set(input.categories)];
      // The preview shows the words that person would read, in their language.
      const language = place.viewerLanguage ?? 'EN';
      const plan = await this.familyView(manager, place, shared, language);
      const of = { planId, memberId: place.memberId, language, shared, now: ctx.now() };
      const categories: CategoryPreviewModel[] = [];
      for (const category of CONSENT_CATEGORIES) {
        const records = await this.sights.records(category, manager, of);
        categories.push({
          category,
          shared: shared.includes(category),
          records: records.map(toRecordModel),
        });
      }
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'consent.previewed',
        recordType: 'plan',
        recordId: planId,
        details: { memberId: place.memberId, categories: shared },
        ip: ctx.origin.ip,
      });
      return { plan, categories };
    });
  }

  /**
   * The plans this family member is on, each within what the patient consents to right now
   * (read fresh on every request: a revocation counts at once). Every showing of consented
   * data is recorded as a disclosure, one row per plan.
   */
  familyPlans(ctx: RequestContext): Promise<FamilyPlanModel[]> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const places = await this.reader.familyPlacesOf(
        manager,
        actor.membershipId,
        actor.organizationId,
      );
      if (places.length === 0) return [];
      const now = ctx.now();
      const live = await this.consents.liveFor(
        manager,
        places.map((p) => p.memberId),
      );
      const views: FamilyPlanModel[] = [];
      const disclosures: NewDisclosure[] = [];
      for (const place of places) {
        const consent = live.find((c) => c.recipientMemberId === place.memberId) ?? null;
        const categories = allowed(consent, now);
        const { view, records } = await this.familyViewShown(
          manager,
          place,
          categories,
          ctx.language,
        );
        views.push(view);
        if (consent && view.notice) {
          disclosures.push({
            planId: place.planId,
            consentId: consent.id,
            recipientUserId: actor.userId,
            categories,
            channel: 'WEB',
            disclosedAt: now,
            records: disclosed(records),
          });
        }
      }
      if (disclosures.length) {
        await this.consents.addDisclosures(manager, disclosures);
        // A read of patient data by someone other than the patient is audited too (DESIGN §3).
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'plan.family_viewed',
          recordType: 'plan',
          recordId: disclosures.map((d) => d.planId).join(','),
          details: { plans: disclosures.length },
          ip: ctx.origin.ip,
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
    const [consent] = await this.consents.liveFor(manager, [memberId]);
    const categories = allowed(consent ?? null, this.clock.now());
    return consent && categories.length > 0 ? { consentId: consent.id, categories } : null;
  }

  /** The language a person reads in, for the notice and kind words that go with what they are shown. */
  async readerLanguage(manager: EntityManager, actor: Actor): Promise<Language> {
    return (await this.reader.language(manager, actor.userId)) ?? 'EN';
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
    records: readonly SharedRecord[],
    channel: 'WEB' | 'PDF' = 'WEB',
  ): Promise<void> {
    await this.consents.addDisclosures(manager, [
      {
        planId,
        consentId,
        recipientUserId: actor.userId,
        categories,
        channel,
        disclosedAt: this.clock.now(),
        records: disclosed(records),
      },
    ]);
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
  async disclosures(ctx: RequestContext, page: PageArgs): Promise<DisclosureConnection> {
    const after = decodeCursor(page.after);
    if (after && !/^\d+$/.test(after.id)) {
      throw new DomainError('DISCLOSURE_PAGE_INVALID', {}, { field: 'after' });
    }
    const since = new Date(ctx.now().getTime() - DISCLOSURE_HISTORY_DAYS * DAY_MS);
    const nodes = await this.reader.disclosures(
      ctx.manager,
      ctx.signedIn.membershipId,
      since,
      after?.id ?? null,
      page.first + 1,
    );
    const named = nodes.map((d) => ({
      ...d,
      shown: disclosureWords(d.recipientName, d.records, ctx.language),
    }));
    return toPage(named, page.first, (d) => ({ at: d.disclosedAt.toISOString(), id: d.id }));
  }

  /** The plan as this family member may see it within these categories (access/visibility decides). */
  private async familyView(
    manager: EntityManager,
    place: FamilyPlaceRow,
    categories: ConsentCategory[],
    language: Language,
  ): Promise<FamilyPlanModel> {
    return (await this.familyViewShown(manager, place, categories, language)).view;
  }

  /** The family plan page, drawn by the PROGRESS sight, and the records it shows. */
  private async familyViewShown(
    manager: EntityManager,
    place: FamilyPlaceRow,
    categories: ConsentCategory[],
    language: Language,
  ): Promise<{ view: FamilyPlanModel; records: SharedRecord[] }> {
    const sight = await this.sights.of<ProgressRows>('PROGRESS', 'plan page').show(manager, {
      planId: place.planId,
      memberId: place.memberId,
      language,
      shared: categories,
      now: this.clock.now(),
    });
    const seen = sight.rows;
    const firstName = place.patientName.split(' ')[0];
    const view: FamilyPlanModel = {
      planId: place.planId,
      memberId: place.memberId,
      patientName: place.patientName,
      relationship: place.relationship,
      sharedCategories: categories,
      notice: seen.sight.disclosed ? redisclosureNotice(language) : null,
      progress: seen.progress && { status: place.status, ...seen.progress },
      explanation: seen.progress ? null : notSharedExplanation(firstName, language),
      ownMilestones: seen.ownMilestones,
    };
    return { view, records: sight.records };
  }

  /**
   * The plan a family member is on, decided with the operation's permission, so a refusal
   * names the person (as it always has) rather than their plan.
   */
  private async planOfMember(ctx: RequestContext, memberId: string): Promise<string> {
    const permission = ctx.permission as PlanPermission | null;
    if (!permission) throw new Error('A consent needs the permission its operation declared');
    const relation = await this.access.requireMember(
      ctx.manager,
      ctx.signedIn,
      permission,
      memberId,
    );
    return relation.planId;
  }
}

function toModel(c: Consent, now: Date, language: Language): ConsentModel {
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
    revocationTerms: revocationTermsIn(c.revocationTerms, language),
    expiresAt: c.expiresAt,
    signature: c.signature,
    signedAt: c.signedAt,
    revokedAt: c.revokedAt,
    status,
  };
}

/** A shown value as the preview carries it: one line, several, or none. */
function valuesOf(value: SharedValue): string[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value;
  return [String(value)];
}

function toRecordModel(record: SharedRecord): SharedRecordModel {
  return {
    kind: record.kind,
    id: record.id,
    on: record.on,
    fields: Object.entries(record.fields).map(([name, value]) => ({
      name,
      values: valuesOf(value),
    })),
  };
}
