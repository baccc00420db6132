import {
  EXPECTATION_CATEGORIES,
  ExpectationDecision,
  expectationGaps,
  ladderText,
  Language,
  partiesToAnswer,
  redisclosureNotice,
} from '@homeward/domain';
import type { PlanRelation } from '../../access/access.service';
import {
  AgreementViewer,
  agreementViewerOf,
  seesBoundary,
  seesExpectation,
  visibleBoundaryVersions,
} from '../../access/visibility/agreement';
import {
  AgreementData,
  BoundaryRow,
  ContractRow,
  ExpectationRow,
  MemberRow,
  unsignedActiveMembers,
} from './agreement.reader';
import {
  AgreementMemberModel,
  AgreementModel,
  BoundaryModel,
  ExpectationGapCategoryModel,
  ExpectationModel,
  HomeContractModel,
  WaitingItemModel,
} from '../dto/agreement.model';
import type { RequestContext } from '../../platform/request-context';

/** The words this view writes itself, in the reader's language. */
const WORDS: Record<Language, { someoneGone: string; contract: (version: number) => string }> = {
  EN: {
    someoneGone: 'Someone no longer on the plan',
    contract: (version) => `Home contract, version ${version}`,
  },
  ES: {
    someoneGone: 'Alguien que ya no está en el plan',
    contract: (version) => `Contrato del hogar, versión ${version}`,
  },
};

/** The day it is as review dates count it (they are kept as UTC days). */
export const dayOf = (now: Date) => now.toISOString().slice(0, 10);

type AnswerLike = {
  memberId: string | null;
  version: number;
  decision: ExpectationDecision | null;
  createdAt: Date;
};

/** The parties' answers with a decision (not staff comments), as the domain rule reads them. */
export const partyAnswers = (answers: readonly AnswerLike[]) =>
  answers.flatMap((a) =>
    a.memberId && a.decision
      ? [{ memberId: a.memberId, version: a.version, decision: a.decision, createdAt: a.createdAt }]
      : [],
  );

/** Agreed, past its review date, and not every party has accepted it again since. */
export function reviewPending(e: ExpectationRow, today: string): string[] {
  if (e.status !== 'AGREED' || !e.reviewOn || e.reviewOn > today) return [];
  const since = new Date(`${e.reviewOn}T00:00:00Z`).getTime();
  const reaffirmed = new Set(
    partyAnswers(e.answers)
      .filter(
        (a) =>
          a.version === e.currentVersion &&
          a.decision === 'ACCEPT' &&
          a.createdAt.getTime() >= since,
      )
      .map((a) => a.memberId),
  );
  return [e.fromMemberId, e.toMemberId].filter((party) => !reaffirmed.has(party));
}

/** Whether a boundary's current version is shared and acknowledged by everyone still on the plan it applies to. */
export function boundaryAcknowledged(
  b: BoundaryRow,
  activeMemberIds: ReadonlySet<string>,
): boolean {
  const current = b.versions.find((v) => v.version === b.currentVersion);
  if (!current || current.visibility !== 'PLAN') return false;
  const acknowledged = new Set(
    b.acknowledgements.filter((a) => a.version === b.currentVersion).map((a) => a.memberId),
  );
  const needed = current.appliesToMemberIds.filter((id) => activeMemberIds.has(id));
  return needed.length > 0 && needed.every((id) => acknowledged.has(id));
}

/**
 * Turns what the reader loaded into what this viewer may see (the rules of
 * access/visibility/agreement.ts), in the shape of the schema and the reader's language.
 */
export class AgreementView {
  private readonly members: Map<string, MemberRow>;
  readonly activeMemberIds: Set<string>;

  constructor(
    private readonly data: AgreementData,
    private readonly viewer: AgreementViewer,
    private readonly today: string,
    private readonly language: Language = 'EN',
  ) {
    this.members = new Map(data.members.map((m) => [m.id, m]));
    this.activeMemberIds = new Set(
      data.members.filter((m) => m.status === 'ACTIVE').map((m) => m.id),
    );
  }

  /** The agreement as the request's reader stands to the plan, in their language. */
  static for(ctx: RequestContext, relation: PlanRelation, data: AgreementData): AgreementView {
    return new AgreementView(data, agreementViewerOf(relation), dayOf(ctx.now()), ctx.language);
  }

  member(id: string): AgreementMemberModel {
    const m = this.members.get(id);
    if (!m)
      return {
        id,
        displayName: WORDS[this.language].someoneGone,
        kind: 'FAMILY',
        relationship: null,
        status: 'REMOVED',
        isMe: false,
      };
    return {
      id: m.id,
      displayName: m.displayName,
      kind: m.kind,
      relationship: m.relationship as AgreementMemberModel['relationship'],
      status: m.status,
      isMe: m.id === this.viewer.memberId,
    };
  }

  canSeeExpectation(e: ExpectationRow): boolean {
    return seesExpectation(this.viewer, e);
  }

  canSeeBoundary(b: BoundaryRow): boolean {
    return seesBoundary(this.viewer, b);
  }

  expectation(e: ExpectationRow): ExpectationModel {
    const parties = [e.fromMemberId, e.toMemberId];
    const answers = partyAnswers(e.answers);
    const stance = (party: string) => {
      const mine = answers.filter((a) => a.memberId === party && a.version === e.currentVersion);
      const decided = mine.filter((a) => a.decision !== 'RETIRE').at(-1)?.decision ?? null;
      return {
        decision: decided as ExpectationDecision | null,
        wantsToRetire: mine.at(-1)?.decision === 'RETIRE',
      };
    };
    const me = this.viewer.memberId;
    const pendingReview = reviewPending(e, this.today);
    // Someone owes an answer while the current wording is not the agreed one.
    const toAnswer =
      e.status !== 'RETIRED' && e.agreedVersion !== e.currentVersion
        ? partiesToAnswer(parties, e.currentVersion, answers)
        : [];
    const partyStances = parties.map((party) => ({ member: this.member(party), ...stance(party) }));
    return {
      id: e.id,
      planId: e.planId,
      category: e.category,
      from: this.member(e.fromMemberId),
      to: this.member(e.toMemberId),
      appliesFromPhase: e.appliesFromPhase,
      reviewOn: e.reviewOn,
      dueForReview: pendingReview.length > 0,
      status: e.status,
      currentVersion: e.currentVersion,
      text: e.versions.find((v) => v.version === e.currentVersion)?.text ?? '',
      agreedVersion: e.agreedVersion,
      changeUnderDiscussion:
        e.status === 'AGREED' &&
        (e.agreedVersion !== e.currentVersion ||
          partyStances.some((p) => p.decision === 'REQUEST_CHANGE')),
      versions: e.versions,
      answers: e.answers.map((a) => ({
        id: a.id,
        version: a.version,
        decision: a.decision,
        comment: a.comment,
        suggestedText: a.suggestedText,
        authorName: a.authorName,
        fromStaff: a.memberId === null,
        createdAt: a.createdAt,
      })),
      parties: partyStances,
      awaitingMyAnswer: me !== null && (toAnswer.includes(me) || pendingReview.includes(me)),
      createdAt: e.createdAt,
    };
  }

  boundary(b: BoundaryRow): BoundaryModel {
    const current =
      b.versions.find((v) => v.version === b.currentVersion) ?? b.versions[b.versions.length - 1];
    const me = this.viewer.memberId;
    const visible = visibleBoundaryVersions(this.viewer, b);
    const visibleVersions = new Set(visible.map((v) => v.version));
    const acknowledgedByMe = b.acknowledgements.some(
      (a) => a.version === b.currentVersion && a.memberId === me,
    );
    return {
      id: b.id,
      planId: b.planId,
      category: b.category,
      owner: this.member(b.ownerMemberId),
      currentVersion: b.currentVersion,
      need: current.need,
      ifCrossed: current.ifCrossed,
      visibility: current.visibility,
      appliesTo: current.appliesToMemberIds.map((id) => this.member(id)),
      versions: visible.map((v) => ({
        ...v,
        appliesTo: v.appliesToMemberIds.map((id) => this.member(id)),
      })),
      acknowledgements: b.acknowledgements
        .filter((a) => visibleVersions.has(a.version))
        .map((a) => ({
          member: this.member(a.memberId),
          version: a.version,
          acknowledgedAt: a.createdAt,
        })),
      acknowledged: boundaryAcknowledged(b, this.activeMemberIds),
      awaitingMyAcknowledgement:
        me !== null &&
        current.visibility === 'PLAN' &&
        current.appliesToMemberIds.includes(me) &&
        !acknowledgedByMe,
      createdAt: b.createdAt,
    };
  }

  contract(c: ContractRow, current: boolean): HomeContractModel {
    const onThisPlan = this.data.members.filter(
      (m) => m.planId === c.planId && m.status === 'ACTIVE',
    );
    const awaiting = current ? unsignedActiveMembers(c, this.data.members) : [];
    const me = this.viewer.memberId;
    return {
      planId: c.planId,
      version: c.version,
      current,
      contentHash: c.contentHash,
      createdAt: c.createdAt,
      expectations: c.content.expectations,
      boundaries: c.content.boundaries,
      signatures: c.signatures.map((s) => ({
        member: this.member(s.memberId),
        typedName: s.typedName,
        signedAt: s.signedAt,
        contentHash: s.contentHash,
      })),
      awaitingSignatureFrom: awaiting.map((id) => this.member(id)),
      signedByAllActiveMembers: current && onThisPlan.length > 0 && awaiting.length === 0,
      awaitingMySignature: me !== null && awaiting.includes(me),
      redisclosureNotice: redisclosureNotice(this.language),
    };
  }

  agreement(planId: string): AgreementModel {
    const contract = this.data.contracts.find((c) => c.planId === planId) ?? null;
    return {
      planId,
      members: this.data.members
        .filter((m) => m.planId === planId && m.status === 'ACTIVE')
        .map((m) => this.member(m.id)),
      expectations: this.data.expectations
        .filter((e) => e.planId === planId && this.canSeeExpectation(e))
        .map((e) => this.expectation(e)),
      boundaries: this.data.boundaries
        .filter((b) => b.planId === planId && this.canSeeBoundary(b))
        .map((b) => this.boundary(b)),
      contract: contract ? this.contract(contract, true) : null,
      contractVersionCount: contract?.versionCount ?? 0,
      phases: this.data.phases
        .filter((p) => p.planId === planId)
        // The default ladder's names in the reader's language; a program's own stay as written.
        .map(({ position, name }) => ({ position, name: ladderText(name, this.language) })),
    };
  }

  /** What each person expects, category by category, with the mismatches the domain rule finds. */
  gap(planId: string): ExpectationGapCategoryModel[] {
    const open = this.data.expectations.filter(
      (e) => e.planId === planId && e.status !== 'RETIRED',
    );
    const models = open.map((e) => this.expectation(e));
    const gaps = expectationGaps(
      models.map((m) => ({
        id: m.id,
        category: m.category,
        fromMemberId: m.from.id,
        toMemberId: m.to.id,
        status: m.status,
        changeRequestedBy: m.parties
          .filter((p) => p.decision === 'REQUEST_CHANGE')
          .map((p) => p.member.id),
      })),
    );
    return EXPECTATION_CATEGORIES.flatMap((category) => {
      const here = models.filter((m) => m.category === category);
      if (here.length === 0) return [];
      const gap = gaps.find((g) => g.category === category);
      // In the plan's order of people (the patient first), so the columns do not move about.
      const involved = new Set(here.flatMap((m) => [m.from.id, m.to.id]));
      const peopleIds = this.data.members.map((m) => m.id).filter((id) => involved.has(id));
      return [
        {
          category,
          mismatch: !!gap,
          reasons: gap?.reasons ?? [],
          expectationIds: gap?.expectationIds ?? [],
          people: peopleIds.map((id) => ({
            member: this.member(id),
            expects: here.filter((m) => m.from.id === id).map((m) => ({ text: m.text, of: m.to })),
            changesAsked: open
              .filter((e) => e.category === category)
              .flatMap((e) => {
                const stillAsking = models
                  .find((m) => m.id === e.id)
                  ?.parties.some((p) => p.member.id === id && p.decision === 'REQUEST_CHANGE');
                const asked = e.answers.filter(
                  (a) =>
                    a.memberId === id &&
                    a.version === e.currentVersion &&
                    a.decision === 'REQUEST_CHANGE' &&
                    a.comment,
                );
                return stillAsking ? asked.slice(-1).map((a) => a.comment as string) : [];
              }),
          })),
        },
      ];
    });
  }

  /** What waits for this viewer on one plan. */
  waiting(planId: string, patientName: string): WaitingItemModel[] {
    const items: WaitingItemModel[] = [];
    const base = {
      planId,
      patientName,
      version: null,
      category: null,
      contactType: null,
      startsAt: null,
    };
    if (this.viewer.isStaff) {
      for (const gap of this.gap(planId).filter((g) => g.mismatch)) {
        const since = this.data.expectations
          .filter((e) => gap.expectationIds.includes(e.id))
          .flatMap((e) => [e.createdAt, ...e.answers.map((a) => a.createdAt)]);
        items.push({
          ...base,
          kind: 'EXPECTATION_GAP',
          recordId: null,
          category: gap.category,
          summary: gap.people.flatMap((p) => p.expects.map((e) => e.text)).join(' / '),
          since: new Date(Math.max(...since.map((d) => d.getTime()))),
        });
      }
      return items;
    }
    const { expectations, boundaries, contract } = this.agreement(planId);
    for (const e of expectations.filter((x) => x.awaitingMyAnswer)) {
      const latest = e.versions[e.versions.length - 1];
      items.push({
        ...base,
        kind: e.dueForReview ? 'REVIEW_EXPECTATION' : 'ANSWER_EXPECTATION',
        recordId: e.id,
        category: e.category,
        summary: e.text,
        since: latest.createdAt,
      });
    }
    for (const b of boundaries.filter((x) => x.awaitingMyAcknowledgement)) {
      items.push({
        ...base,
        kind: 'ACKNOWLEDGE_BOUNDARY',
        recordId: b.id,
        category: b.category,
        summary: b.need,
        since: b.versions[b.versions.length - 1].createdAt,
      });
    }
    if (contract?.awaitingMySignature) {
      items.push({
        ...base,
        kind: 'SIGN_CONTRACT',
        recordId: null,
        version: contract.version,
        summary: WORDS[this.language].contract(contract.version),
        since: contract.createdAt,
      });
    }
    return items;
  }
}
