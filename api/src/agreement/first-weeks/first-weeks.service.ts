import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FIRST_WEEKS_TOPIC_WORDS,
  firstWeeksGap,
  Language,
  redisclosureNotice,
} from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, ownPlace, PlanRelation } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { PlansService } from '../../planning/plans/plans.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  FirstWeeksHopeModel,
  FirstWeeksModel,
  FirstWeeksSuggestionModel,
  SuggestFirstWeeksInput,
  WriteFirstWeeksHopeInput,
} from './dto/first-weeks.model';
import { FirstWeeksHope } from './first-weeks-hope.entity';
import { FirstWeeksMember, FirstWeeksReader, keptApart } from './first-weeks.reader';
import { FirstWeeksRepository } from './first-weeks.repository';

const isStaff = (relation: PlanRelation) => relation.isAdmin || relation.isCounselorOfPlan;
const CLOSED = new Set(['CLOSED', 'COMPLETED']);

const SOMEONE_GONE: Record<Language, string> = {
  EN: 'Someone no longer on the plan',
  ES: 'Alguien que ya no está en el plan',
};

/**
 * The first weeks at home, prepared (issue 15, DESIGN principle 8). Each member writes what they
 * hope the first weeks at home will be like, topic by topic, and names who on the plan it
 * concerns; the counselor writes a suggestion per topic. Everything is a new version, kept.
 *
 * Who reads what: a member reads their own hopes and those whose author named them as party
 * (never one they are not party to); staff on the plan read all; anyone else: NOT_FOUND.
 * The patient's hopes reach a family member because the patient addressed them to them, so no
 * consent category applies; the §2.32 notice still shows whenever the patient's words do.
 *
 * Writing is open while the plan is (draft, active or paused) and has not walked through its
 * Homecoming phase; a closed or completed plan, or one in aftercare, keeps what was written.
 */
@Injectable()
export class FirstWeeksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly store: FirstWeeksRepository,
    private readonly reader: FirstWeeksReader,
    private readonly plans: PlansService,
  ) {}

  /** Hopes for the first weeks at home are written before them: once Homecoming is walked, they are kept as they were. */
  private async refuseAfterHomecoming(manager: EntityManager, planId: string): Promise<void> {
    const { stagesDone } = await this.plans.planState(manager, planId);
    if (stagesDone.includes('HOMECOMING')) throw new DomainError('FIRST_WEEKS_LIVED');
  }

  read(ctx: RequestContext, planId: string): Promise<FirstWeeksModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'agreement.read', planId);
      if (isStaff(relation)) {
        // A staff read of the members' own words is kept in the audit trail (DESIGN §3).
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'first_weeks.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: ctx.origin.ip,
        });
      }
      return this.view(manager, relation, ctx.language);
    });
  }

  writeHope(ctx: RequestContext, input: WriteFirstWeeksHopeInput): Promise<FirstWeeksModel> {
    const words = input.words.trim();
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ manager, actor, now, planId, relation }) => {
        await this.refuseAfterHomecoming(manager, planId);
        const me = ownPlace(relation);
        const members = await this.reader.members(manager, planId);
        const self = members.find((m) => m.memberId === me);
        // Whom one may write to: everyone else still on the plan, but a contact restriction.
        const others = members.filter(
          (m) => m.active && m.memberId !== me && !(self && keptApart(self, m)),
        );
        const partyMemberIds = [...new Set(input.partyMemberIds ?? others.map((m) => m.memberId))];
        if (partyMemberIds.some((id) => !others.some((m) => m.memberId === id))) {
          throw new DomainError('FIRST_WEEKS_PARTY_NOT_ON_PLAN', {}, { field: 'partyMemberIds' });
        }
        const row = await this.store.insertHope(manager, {
          planId,
          authorMemberId: me,
          topic: input.topic,
          version: (await this.store.latestHopeVersion(manager, me, input.topic)) + 1,
          words,
          partyMemberIds,
          writtenByUserId: actor.userId,
          createdAt: now,
        });
        return {
          // The topic, the version and who it is for: the words themselves stay out of the trail.
          event: {
            type: 'first_weeks.hope_written',
            recordType: 'first_weeks_hope',
            recordId: row.id,
            details: {
              topic: row.topic,
              version: row.version,
              partyMemberIds,
              // Told only when there is something to read (an emptied topic tells nobody).
              toldMemberIds: words ? partyMemberIds : [],
            },
          },
          answer: () => this.view(manager, relation, ctx.language),
        };
      },
    );
  }

  suggest(ctx: RequestContext, input: SuggestFirstWeeksInput): Promise<FirstWeeksModel> {
    const words = input.words.trim();
    if (!words) throw new DomainError('FIRST_WEEKS_SUGGESTION_EMPTY', {}, { field: 'words' });
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ manager, actor, now, planId, relation }) => {
        await this.refuseAfterHomecoming(manager, planId);
        const row = await this.store.insertSuggestion(manager, {
          planId,
          topic: input.topic,
          version: (await this.store.latestSuggestionVersion(manager, planId, input.topic)) + 1,
          words,
          writtenByUserId: actor.userId,
          createdAt: now,
        });
        return {
          event: {
            type: 'first_weeks.suggested',
            recordType: 'first_weeks_suggestion',
            recordId: row.id,
            details: { topic: row.topic, version: row.version },
          },
          answer: () => this.view(manager, relation, ctx.language),
        };
      },
    );
  }

  /** The gap view as this reader may see it, in their language. */
  private async view(
    manager: EntityManager,
    relation: PlanRelation,
    language: Language,
  ): Promise<FirstWeeksModel> {
    const planId = relation.planId;
    const staff = isStaff(relation);
    const viewer = { memberId: staff ? null : relation.memberId, isStaff: staff };
    const members = await this.reader.members(manager, planId);
    const byId = new Map(members.map((m) => [m.memberId, m]));
    const nameOf = (id: string) => byId.get(id)?.name ?? SOMEONE_GONE[language];
    const self = viewer.memberId ? byId.get(viewer.memberId) : undefined;
    // Under a contact restriction, the patient and the restricted member never read each other's hopes.
    const apart = (memberId: string) => {
      const other = byId.get(memberId);
      return !!self && !!other && keptApart(self, other);
    };
    const versions = (await this.store.hopes(manager, planId)).filter(
      (v) => !apart(v.authorMemberId),
    );
    const suggestions = await this.store.suggestions(manager, planId);
    const writers = await this.reader.writers(manager, [
      ...new Set(suggestions.map((s) => s.writtenByUserId)),
    ]);

    const toHope = (hope: FirstWeeksHope): FirstWeeksHopeModel => {
      const isMine = hope.authorMemberId === viewer.memberId;
      return {
        id: hope.id,
        authorMemberId: hope.authorMemberId,
        authorName: nameOf(hope.authorMemberId),
        isMine,
        version: hope.version,
        words: hope.words,
        partyMemberIds: hope.partyMemberIds,
        partyNames: hope.partyMemberIds.map(nameOf),
        createdAt: hope.createdAt,
        // Earlier words are their author's (and staff's) to look back on, not the others'.
        earlier:
          isMine || staff
            ? versions
                .filter(
                  (v) =>
                    v.authorMemberId === hope.authorMemberId &&
                    v.topic === hope.topic &&
                    v.version < hope.version,
                )
                .sort((a, b) => b.version - a.version)
                .map((v) => ({ version: v.version, words: v.words, createdAt: v.createdAt }))
            : [],
      };
    };
    const suggestionOf = (topic: string): FirstWeeksSuggestionModel | null => {
      const latest = suggestions
        .filter((s) => s.topic === topic)
        .sort((a, b) => b.version - a.version)[0];
      return latest
        ? {
            id: latest.id,
            version: latest.version,
            words: latest.words,
            writtenBy: writers.get(latest.writtenByUserId) ?? '',
            createdAt: latest.createdAt,
          }
        : null;
    };

    const gap = firstWeeksGap(versions, viewer);
    const patientIds = new Set(members.filter((m) => m.kind === 'PATIENT').map((m) => m.memberId));
    // A family member reading words the patient wrote reads them with the §2.32 notice.
    const patientWordsShown =
      relation.familyMemberId !== null &&
      gap.some((t) => t.others.some((h) => patientIds.has(h.authorMemberId)));
    return {
      planId,
      topics: gap.map(({ topic, mine, others }) => ({
        topic,
        ...FIRST_WEEKS_TOPIC_WORDS[topic][language],
        mine: mine && toHope(mine),
        others: others.map(toHope),
        suggestion: suggestionOf(topic),
      })),
      people: members
        .filter((m) => m.active && !apart(m.memberId))
        .map((m) => personOf(m, viewer.memberId)),
      mayHope: relation.memberId !== null,
      maySuggest: staff,
      open:
        !CLOSED.has(relation.status) &&
        !(await this.plans.planState(manager, planId)).stagesDone.includes('HOMECOMING'),
      notice: patientWordsShown ? redisclosureNotice(language) : null,
    };
  }
}

function personOf(member: FirstWeeksMember, me: string | null) {
  return { memberId: member.memberId, name: member.name, isMe: member.memberId === me };
}
