import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AccessService, PlanRelation } from '../../access/access.service';
import { PlanChange, PlanChangeOutcome } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  MessageModel,
  MessageThreadArgs,
  MessageThreadModel,
  MessageThreadsArgs,
  MessageThreadSummaryModel,
  SendMessageInput,
  StartMessageThreadInput,
  ThreadParticipantModel,
} from './dto/message.model';
import { MessageParticipant } from './message-participant.entity';
import { hiddenAuthors, keptApart, PlanPerson } from './message-rules';
import { MessageThread } from './message-thread.entity';
import { MessagesReader } from './messages.reader';
import { MessagesRepository } from './messages.repository';

export type MessageEventType = 'message.sent' | 'message.thread_joined' | 'message.seen';

const isStaff = (relation: PlanRelation) => relation.isAdmin || relation.isCounselorOfPlan;

/** Where the reader stands to one thread, read in the change's (or the query's) manager. */
interface ThreadView {
  thread: MessageThread;
  people: PlanPerson[];
  participants: MessageParticipant[];
  me: PlanPerson | null;
  joined: boolean;
  staff: boolean;
  hidden: string[];
}

/**
 * Threads between the members of a plan (issue 12): text only, kept as sent (the database
 * refuses any change), seen-times per participant. Staff read every thread of their plans and
 * join one to write in it. A contact restriction keeps the patient and the restricted member
 * apart; a paused plan leaves members a road to their care team.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly messages: MessagesRepository,
    private readonly reader: MessagesReader,
    private readonly audit: AuditService,
  ) {}

  /** Staff reading members' words is a read of patient data by someone else: the trail keeps it. */
  private recordStaffRead(
    ctx: RequestContext,
    action: 'message_threads.viewed' | 'message_thread.viewed',
    recordType: 'plan' | 'message_thread',
    recordId: string,
  ): Promise<void> {
    return ctx.manager.transaction((manager) =>
      this.audit.record(manager, {
        organizationId: ctx.signedIn.organizationId,
        actorUserId: ctx.signedIn.userId,
        action,
        recordType,
        recordId,
        ip: ctx.origin.ip,
      }),
    );
  }

  async threads(
    ctx: RequestContext,
    args: MessageThreadsArgs,
  ): Promise<MessageThreadSummaryModel[]> {
    const { manager } = ctx;
    const actor = ctx.signedIn;
    const relation = await this.access.requirePlan(manager, actor, 'message.read', args.planId);
    const people = await this.reader.people(manager, args.planId);
    const me = people.find((p) => p.membershipId === actor.membershipId) ?? null;
    const hidden = isStaff(relation) ? [] : hiddenAuthors(me, people);
    if (isStaff(relation))
      await this.recordStaffRead(ctx, 'message_threads.viewed', 'plan', args.planId);
    const rows = await this.messages.summaries(
      manager,
      args.planId,
      actor.membershipId,
      isStaff(relation),
      hidden,
      args.first,
    );
    const participants = await this.messages.participantsOf(
      manager,
      rows.map((r) => r.id),
    );
    const names = await this.reader.names(manager, [
      ...new Set(participants.map((p) => p.membershipId)),
    ]);
    return rows.map((row) => {
      const inThread = participants.filter((p) => p.threadId === row.id);
      return {
        id: row.id,
        planId: row.planId,
        participants: inThread.map((p) => participantModel(p, names, actor.membershipId)),
        lastMessageAt: row.lastAt,
        lastMessage: row.lastBody,
        unseenCount: row.unseen,
        joined: inThread.some((p) => p.membershipId === actor.membershipId),
      };
    });
  }

  async thread(ctx: RequestContext, args: MessageThreadArgs): Promise<MessageThreadModel> {
    const { manager } = ctx;
    const thread = await this.messages.thread(manager, args.id);
    if (!thread) throw notFound('record');
    const relation = await this.access
      .requirePlan(manager, ctx.signedIn, 'message.read', thread.planId)
      .catch(() => {
        throw notFound('record');
      });
    const view = await this.view(manager, ctx, relation, thread);
    if (isStaff(relation))
      await this.recordStaffRead(ctx, 'message_thread.viewed', 'message_thread', thread.id);
    return this.model(manager, ctx, view, relation, args.last);
  }

  start(ctx: RequestContext, input: StartMessageThreadInput): Promise<MessageThreadModel> {
    return this.planChanges.run(ctx, input.planId, async (change) => {
      const { manager, actor, relation, now, planId } = change;
      const staff = isStaff(relation);
      const people = await this.reader.people(manager, planId);
      const me = people.find((p) => p.membershipId === actor.membershipId) ?? null;
      const chosenIds = [...new Set(input.memberIds)].filter((id) => id !== me?.memberId);
      const chosen = chosenIds.map((id) => people.find((p) => p.memberId === id));
      // Only the plan's active patient and family; staff write to members, never to nobody.
      if (chosen.some((p) => !p) || (staff && chosen.length === 0)) {
        throw new DomainError('INPUT_MESSAGE_TO', {}, { field: 'memberIds' });
      }
      const members = chosen as PlanPerson[];
      const self: PlanPerson = me ?? staffPerson(actor.membershipId, actor.userId);
      const everyone = [self, ...members];
      if (everyone.some((a) => everyone.some((b) => keptApart(a, b)))) {
        throw new DomainError('MESSAGE_PERSON_RESTRICTED', {}, { field: 'memberIds' });
      }
      if (!staff && relation.status === 'PAUSED' && members.length > 0) {
        throw new DomainError('MESSAGE_PLAN_PAUSED', {}, { field: 'memberIds' });
      }
      const thread = await this.messages.insertThread(manager, {
        planId,
        startedByUserId: actor.userId,
        createdAt: now,
        lastMessageAt: now,
      });
      for (const person of everyone) {
        await this.messages.addParticipant(manager, {
          threadId: thread.id,
          membershipId: person.membershipId,
          memberId: person.memberId,
          kind: person.kind,
          joinedAt: now,
        });
      }
      return this.send(change, thread, input.body, input.idempotencyKey, true);
    });
  }

  async sendMessage(ctx: RequestContext, input: SendMessageInput): Promise<MessageThreadModel> {
    const thread = await this.threadFor(ctx, input.threadId);
    return this.planChanges.run(ctx, thread.planId, async (change) => {
      const view = await this.view(change.manager, change.ctx, change.relation, thread);
      const refusal = cannotWrite(view, change.relation);
      if (refusal) throw new DomainError(refusal);
      return this.send(change, thread, input.body, input.idempotencyKey, false);
    });
  }

  async join(ctx: RequestContext, threadId: string): Promise<MessageThreadModel> {
    const thread = await this.threadFor(ctx, threadId);
    return this.planChanges.run(
      ctx,
      thread.planId,
      async ({ manager, ctx: tx, actor, relation, now }) => {
        const view = await this.view(manager, tx, relation, thread);
        if (view.joined) throw new DomainError('MESSAGE_ALREADY_JOINED');
        await this.messages.addParticipant(manager, {
          threadId: thread.id,
          membershipId: actor.membershipId,
          memberId: null,
          kind: 'STAFF',
          joinedAt: now,
        });
        return {
          event: {
            type: 'message.thread_joined',
            recordType: 'message_thread',
            recordId: thread.id,
            details: { threadId: thread.id, hearing: await this.hearing(manager, thread.id) },
          },
          answer: async () =>
            this.model(manager, tx, await this.view(manager, tx, relation, thread), relation, 100),
        };
      },
      { whenClosed: null },
    );
  }

  /** The reader has now seen what the thread holds for them: the first time is kept. */
  async markSeen(ctx: RequestContext, threadId: string): Promise<MessageThreadModel> {
    const thread = await this.threadFor(ctx, threadId);
    return this.planChanges.run(
      ctx,
      thread.planId,
      async ({ manager, ctx: tx, actor, relation, now }) => {
        const view = await this.view(manager, tx, relation, thread);
        const answer = async () =>
          this.model(manager, tx, await this.view(manager, tx, relation, thread), relation, 100);
        // Staff who have not joined read without being counted as a participant.
        if (!view.joined) return { event: null, answer };
        const seen = await this.messages.markSeen(
          manager,
          thread.id,
          actor.membershipId,
          view.hidden,
          now,
        );
        if (seen === 0) return { event: null, answer };
        return {
          event: {
            type: 'message.seen',
            recordType: 'message_thread',
            recordId: thread.id,
            details: { threadId: thread.id, seen, hearing: await this.hearing(manager, thread.id) },
          },
          answer,
        };
      },
      { whenClosed: null },
    );
  }

  /** The thread, when the reader may see it: other plans' and organizations' read as missing. */
  private async threadFor(ctx: RequestContext, threadId: string): Promise<MessageThread> {
    const thread = await this.messages.thread(ctx.manager, threadId);
    if (!thread) throw notFound('record');
    const relation = await this.access
      .requirePlan(ctx.manager, ctx.signedIn, 'message.read', thread.planId)
      .catch(() => {
        throw notFound('record');
      });
    await this.view(ctx.manager, ctx, relation, thread);
    return thread;
  }

  private async view(
    manager: EntityManager,
    ctx: RequestContext,
    relation: PlanRelation,
    thread: MessageThread,
  ): Promise<ThreadView> {
    const actor = ctx.signedIn;
    const staff = isStaff(relation);
    const people = await this.reader.people(manager, thread.planId);
    const participants = await this.messages.participants(manager, thread.id);
    const joined = participants.some((p) => p.membershipId === actor.membershipId);
    // A member reads only the threads they are in; "not yours" reads as missing.
    if (!staff && !joined) throw notFound('record');
    const me = people.find((p) => p.membershipId === actor.membershipId) ?? null;
    return {
      thread,
      people,
      participants,
      me,
      joined,
      staff,
      hidden: staff ? [] : hiddenAuthors(me, people),
    };
  }

  private async send(
    change: PlanChange,
    thread: MessageThread,
    body: string,
    idempotencyKey: string,
    started: boolean,
  ): Promise<PlanChangeOutcome<MessageThreadModel, MessageEventType>> {
    const { manager, ctx, actor, relation, now } = change;
    const kept = await this.messages.insertOnce(manager, {
      threadId: thread.id,
      authorMembershipId: actor.membershipId,
      authorUserId: actor.userId,
      body,
      idempotencyKey,
      sentAt: now,
    });
    const answer = async () =>
      this.model(manager, ctx, await this.view(manager, ctx, relation, thread), relation, 100);
    if (!kept) return { event: null, answer };
    await this.messages.touch(manager, thread.id, now);
    const message = await this.messages.byKey(manager, actor.membershipId, idempotencyKey);
    const people = await this.reader.people(manager, thread.planId);
    const participants = await this.messages.participants(manager, thread.id);
    // A member writing to no one but the care team reaches every staff member of the plan.
    const toCareTeam =
      !participants.some((p) => p.kind === 'STAFF') &&
      participants.filter((p) => p.kind !== 'STAFF').length === 1;
    const author = people.find((p) => p.membershipId === actor.membershipId);
    // Told: the thread's people still on the plan (and the care team for a thread to them).
    const told = people.filter(
      (p) =>
        p.membershipId !== actor.membershipId &&
        (participants.some((x) => x.membershipId === p.membershipId) ||
          (toCareTeam && p.kind === 'STAFF')) &&
        !(author && keptApart(author, p)),
    );
    return {
      event: {
        type: 'message.sent',
        recordType: 'message',
        recordId: message.id,
        details: {
          threadId: thread.id,
          started,
          recipientUserIds: told.map((p) => p.userId),
          hearing: await this.hearing(manager, thread.id),
        },
      },
      answer,
    };
  }

  /** Whose open pages refresh: the thread's people and the plan's staff (never the words). */
  private async hearing(manager: EntityManager, threadId: string): Promise<string[]> {
    const thread = await this.messages.thread(manager, threadId);
    if (!thread) return [];
    const people = await this.reader.people(manager, thread.planId);
    const participants = await this.messages.participants(manager, threadId);
    return people
      .filter(
        (p) => p.kind === 'STAFF' || participants.some((x) => x.membershipId === p.membershipId),
      )
      .map((p) => p.userId);
  }

  private async model(
    manager: EntityManager,
    ctx: RequestContext,
    view: ThreadView,
    relation: PlanRelation,
    last: number,
  ): Promise<MessageThreadModel> {
    const actor = ctx.signedIn;
    const messages = await this.messages.messages(manager, view.thread.id, view.hidden, last);
    const seen = await this.messages.seenOf(
      manager,
      messages.map((m) => m.id),
    );
    const names = await this.reader.names(manager, [
      ...new Set([
        ...view.participants.map((p) => p.membershipId),
        ...messages.map((m) => m.authorMembershipId),
        ...seen.map((s) => s.membershipId),
      ]),
    ]);
    const kindOf = (membershipId: string) =>
      view.participants.find((p) => p.membershipId === membershipId)?.kind ?? 'STAFF';
    const unseen = view.joined
      ? messages.filter(
          (m) =>
            m.authorMembershipId !== actor.membershipId &&
            !seen.some((s) => s.messageId === m.id && s.membershipId === actor.membershipId),
        ).length
      : 0;
    const refusal = cannotWrite(view, relation);
    const newest = messages.at(-1);
    return {
      id: view.thread.id,
      planId: view.thread.planId,
      participants: view.participants.map((p) => participantModel(p, names, actor.membershipId)),
      lastMessageAt: newest?.sentAt ?? null,
      lastMessage: newest?.body ?? null,
      unseenCount: unseen,
      joined: view.joined,
      canWrite: refusal === null,
      cannotWriteReason: refusal,
      messages: messages.map((m): MessageModel => ({
        id: m.id,
        body: m.body,
        sentAt: m.sentAt,
        authorName: names.get(m.authorMembershipId) ?? '',
        authorKind: kindOf(m.authorMembershipId),
        mine: m.authorMembershipId === actor.membershipId,
        seenBy: seen
          .filter((s) => s.messageId === m.id)
          .map((s) => ({ name: names.get(s.membershipId) ?? '', seenAt: s.seenAt })),
      })),
    };
  }
}

type WriteRefusal =
  'PLAN_CLOSED' | 'MESSAGE_JOIN_FIRST' | 'MESSAGE_PERSON_RESTRICTED' | 'MESSAGE_PLAN_PAUSED';

/** Why the reader may not write in this thread now, or null when they may. */
function cannotWrite(view: ThreadView, relation: PlanRelation): WriteRefusal | null {
  if (relation.status === 'CLOSED' || relation.status === 'COMPLETED') return 'PLAN_CLOSED';
  if (!view.joined) return 'MESSAGE_JOIN_FIRST';
  if (view.staff) return null;
  const me = view.me;
  const others = view.participants
    .filter((p) => p.membershipId !== me?.membershipId)
    .map((p) => view.people.find((x) => x.membershipId === p.membershipId))
    .filter((p): p is PlanPerson => p !== undefined);
  if (me && others.some((p) => keptApart(me, p))) return 'MESSAGE_PERSON_RESTRICTED';
  // While the plan is paused, members still reach their care team, and only them.
  if (relation.status === 'PAUSED' && others.some((p) => p.kind !== 'STAFF')) {
    return 'MESSAGE_PLAN_PAUSED';
  }
  return null;
}

function staffPerson(membershipId: string, userId: string): PlanPerson {
  return { membershipId, userId, memberId: null, kind: 'STAFF', name: '', restricted: false };
}

function participantModel(
  p: MessageParticipant,
  names: Map<string, string>,
  me: string,
): ThreadParticipantModel {
  return { name: names.get(p.membershipId) ?? '', kind: p.kind, isMe: p.membershipId === me };
}
