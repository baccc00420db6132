import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConsentCategory, ladderText, redisclosureNotice } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AgreementReader } from '../../agreement/reader/agreement.reader';
import { AgreementView } from '../../agreement/reader/agreement-view';
import { AuditService } from '../../audit/audit.service';
import { ConsentsService } from '../../planning/consents/consents.service';
import { planHistoryEvent } from '../../planning/plan-history-event';
import { PlansService } from '../../planning/plans/plans.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { ClosingSummaryReadModel } from './closing-summary.read-model';
import { ClosingSummaryRepository } from './closing-summary.repository';
import {
  ClosingSummaryModel,
  CompletePlanInput,
  ReviseClosingWordsInput,
} from './dto/closing-summary.model';

/** Kept as the plan's status reason: the closing words themselves live in their own versions. */
const COMPLETED_REASON = 'Completed from aftercare';

/**
 * Completing a plan (issue 15): from its aftercare phase, the counselor completes it with closing
 * words, and everyone on it receives a closing summary drawn from what actually happened. After
 * that the plan is read-only (PlanChanges answers PLAN_COMPLETED) and stays readable.
 */
@Injectable()
export class ClosingSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly agreement: AgreementReader,
    private readonly consents: ConsentsService,
    private readonly plans: PlansService,
    private readonly planChanges: PlanChanges,
    private readonly words: ClosingSummaryRepository,
    private readonly reader: ClosingSummaryReadModel,
  ) {}

  complete(ctx: RequestContext, input: CompletePlanInput): Promise<ClosingSummaryModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, planId, now, relation } = change;
      if (relation.status !== 'ACTIVE') throw new DomainError('PLAN_COMPLETE_NEEDS_ACTIVE');
      if ((await this.reader.currentStage(manager, planId)) !== 'AFTERCARE')
        throw new DomainError('PLAN_COMPLETE_NEEDS_AFTERCARE');
      const words = input.closingWords.trim();
      if (!words) throw new DomainError('INPUT_CLOSING_WORDS', {}, { field: 'closingWords' });
      const version = await this.reader.nextWordsVersion(manager, planId);
      await this.words.insert(manager, {
        planId,
        version,
        words,
        writtenByUserId: actor.userId,
        createdAt: now,
      });
      await this.plans.complete(manager, planId, COMPLETED_REASON);
      relation.status = 'COMPLETED';
      return {
        event: planHistoryEvent('PLAN_COMPLETED', planId, { closingWordsVersion: version }),
        answer: () => this.summary(change.ctx, manager, relation, planId),
      };
    });
  }

  /**
   * The counselor puts their closing words right after completion: a new version (what everyone
   * first received is kept). The one change a completed plan takes; nobody is told again.
   */
  reviseWords(ctx: RequestContext, input: ReviseClosingWordsInput): Promise<ClosingSummaryModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async (change) => {
        const { manager, actor, planId, now, relation } = change;
        if (relation.status !== 'COMPLETED') throw new DomainError('CLOSING_SUMMARY_NOT_YET');
        const words = input.closingWords.trim();
        if (!words) throw new DomainError('INPUT_CLOSING_WORDS', {}, { field: 'closingWords' });
        const version = await this.reader.nextWordsVersion(manager, planId);
        await this.words.insert(manager, {
          planId,
          version,
          words,
          writtenByUserId: actor.userId,
          createdAt: now,
        });
        return {
          event: planHistoryEvent('CLOSING_WORDS_REVISED', planId, {
            closingWordsVersion: version,
          }),
          answer: () => this.summary(change.ctx, manager, relation, planId),
        };
      },
      // Completed is where this belongs; a closed plan (ended otherwise) has no closing words.
      { whenClosed: null },
    );
  }

  read(ctx: RequestContext, planId: string): Promise<ClosingSummaryModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(
        manager,
        ctx.signedIn,
        'trackRecord.read',
        planId,
      );
      return this.summary(ctx.within(manager), manager, relation, planId);
    });
  }

  /**
   * The summary as this reader may see it: staff and the patient read all of it (the family
   * track is the family's own: the patient reads no count of it); a family member reads the
   * phases and the patient's milestones within PROGRESS, and what concerns them — the
   * expectations and boundaries they are party to, visits they took part in, their own track.
   */
  private async summary(
    ctx: RequestContext,
    manager: EntityManager,
    relation: PlanRelation,
    planId: string,
  ): Promise<ClosingSummaryModel> {
    const actor = ctx.signedIn;
    const header = await this.reader.header(manager, planId);
    const closing = await this.reader.closingWords(manager, planId);
    if (header.status !== 'COMPLETED' || !closing) throw new DomainError('CLOSING_SUMMARY_NOT_YET');
    const staff = relation.isAdmin || relation.isCounselorOfPlan;
    const familyId = relation.familyMemberId;
    const consent = familyId ? await this.consents.liveConsent(manager, familyId) : null;
    const shared: ConsentCategory[] = consent?.categories ?? [];
    const progress = familyId === null || shared.includes('PROGRESS');

    const walked = progress ? await this.reader.phasesWalked(manager, planId) : [];
    const phases = progress ? walked.map((p) => ladderText(p.name, ctx.language)) : null;
    const milestones = (await this.reader.milestonesReached(manager, planId))
      .filter((m) => familyId === null || m.party === 'FAMILY' || progress)
      .map((m) => ladderText(m.title, ctx.language));

    const data = await this.agreement.load(manager, [planId]);
    const view = AgreementView.for(ctx, relation, data);
    const expectations = data.expectations
      .filter((e) => e.status === 'AGREED' && view.canSeeExpectation(e))
      .map((e) => e.versions.find((v) => v.version === (e.agreedVersion ?? e.currentVersion))?.text)
      .filter((text): text is string => !!text);
    const boundaries = data.boundaries
      .filter(
        (b) =>
          view.canSeeBoundary(b) && b.acknowledgements.some((a) => a.version === b.currentVersion),
      )
      .map((b) => b.versions.find((v) => v.version === b.currentVersion)?.need)
      .filter((need): need is string => !!need);

    const timeZone = await this.reader.timeZone(manager, planId);
    const visits = (await this.reader.visitsWentWell(manager, planId, timeZone))
      .filter((v) => familyId === null || v.participantIds.includes(familyId))
      .map((v) => ({ contactType: v.contactType, day: v.day }));
    const marks = await this.reader.familyTrackMarks(manager, planId);
    const familyTrackMarks = staff
      ? marks.length
      : familyId
        ? marks.filter((m) => m.memberId === familyId).length
        : null;

    if (consent && progress && familyId) {
      await this.consents.disclose(
        manager,
        actor,
        planId,
        consent.consentId,
        ['PROGRESS'],
        'closing_summary',
        ctx.origin,
        // The disclosure names what the summary showed under PROGRESS: the phases walked.
        walked.map((p) => ({
          kind: 'PHASE' as const,
          id: p.id,
          on: null,
          fields: { name: ladderText(p.name, ctx.language) },
        })),
      );
    }
    if (staff) {
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'closing_summary.viewed',
        recordType: 'plan',
        recordId: planId,
        ip: ctx.origin.ip,
      });
    }
    return {
      planId,
      patientName: header.patientName,
      counselorName: header.counselorName,
      completedAt: header.completedAt,
      closingWords: closing.words,
      closingWordsVersion: closing.version,
      phases,
      expectations,
      boundaries,
      milestones,
      visitsWentWell: visits,
      familyTrackMarks,
      sharedCategories: familyId ? shared : [],
      redisclosureNotice: familyId && shared.length > 0 ? redisclosureNotice(ctx.language) : null,
    };
  }
}
