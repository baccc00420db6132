import { Injectable } from '@nestjs/common';
import { AccessService, PlanRelation } from '../../access/access.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { PlanPerson } from '../messages/message-rules';
import { MessagesReader } from '../messages/messages.reader';
import { Amends } from './amends.entity';
import { AmendsRepository } from './amends.repository';
import {
  AmendsModel,
  ChooseAmendsInput,
  PrepareAmendsInput,
  ReplyToAmendsInput,
} from './dto/amends.model';

export type AmendsEventType =
  'amends.prepared' | 'amends.offered' | 'amends.not_now' | 'amends.received' | 'amends.replied';

const isStaff = (relation: PlanRelation) => relation.isAdmin || relation.isCounselorOfPlan;

/**
 * Amends (issue 12): the patient prepares one to one person with their counselor; the counselor
 * reviews it with them and offers it; the recipient chooses to receive it or "not now" — kind
 * and private, the patient reads it as still offered; a reply is optional and may be kept for
 * staff only.
 */
@Injectable()
export class AmendsService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly amends: AmendsRepository,
    private readonly people: MessagesReader,
  ) {}

  async ofPlan(ctx: RequestContext, planId: string): Promise<AmendsModel[]> {
    const { manager } = ctx;
    const relation = await this.access.requirePlan(manager, ctx.signedIn, 'amends.read', planId);
    const people = await this.people.people(manager, planId);
    const rows = await this.amends.ofPlan(manager, planId);
    return rows
      .filter((row) => visibleTo(row, relation))
      .map((row) => toModel(row, relation, people));
  }

  prepare(ctx: RequestContext, input: PrepareAmendsInput): Promise<AmendsModel> {
    return this.planChanges.run(ctx, input.planId, async ({ manager, relation, now, planId }) => {
      const me = relation.memberId as string;
      if (input.recipientMemberId === me) {
        throw new DomainError('AMENDS_TO_SELF', {}, { field: 'recipientMemberId' });
      }
      const people = await this.people.people(manager, planId);
      const recipient = people.find(
        (p) => p.memberId === input.recipientMemberId && p.kind === 'FAMILY',
      );
      if (!recipient) {
        throw new DomainError('INPUT_AMENDS_RECIPIENT', {}, { field: 'recipientMemberId' });
      }
      if (recipient.restricted) {
        throw new DomainError('AMENDS_RECIPIENT_RESTRICTED', {}, { field: 'recipientMemberId' });
      }
      const row = await this.amends.insert(manager, {
        planId,
        patientMemberId: me,
        recipientMemberId: recipient.memberId as string,
        whatHappened: input.whatHappened,
        responsibility: input.responsibility,
        willDoDifferently: input.willDoDifferently,
        status: 'PREPARED',
        createdAt: now,
        reviewedByUserId: null,
        offeredAt: null,
        chosenAt: null,
        receivedAt: null,
        reply: null,
        replyVisibility: null,
        repliedAt: null,
      });
      return {
        event: {
          type: 'amends.prepared',
          recordType: 'amends',
          recordId: row.id,
          details: {
            recipientMemberId: row.recipientMemberId,
            hearing: hearing(people, [row.patientMemberId]),
          },
        },
        answer: async () => toModel(row, relation, people),
      };
    });
  }

  async review(ctx: RequestContext, id: string): Promise<AmendsModel> {
    const found = await this.find(ctx, id);
    return this.planChanges.run(ctx, found.planId, async ({ manager, relation, actor, now }) => {
      const row = await this.reread(manager, id);
      if (row.status !== 'PREPARED') throw new DomainError('AMENDS_NOT_PREPARED');
      const people = await this.people.people(manager, row.planId);
      const recipient = people.find((p) => p.memberId === row.recipientMemberId);
      if (!recipient) throw new DomainError('INPUT_AMENDS_RECIPIENT');
      if (recipient.restricted) throw new DomainError('AMENDS_RECIPIENT_RESTRICTED');
      await this.amends.update(manager, id, {
        status: 'OFFERED',
        reviewedByUserId: actor.userId,
        offeredAt: now,
      });
      return {
        event: {
          type: 'amends.offered',
          recordType: 'amends',
          recordId: id,
          details: {
            recipientUserId: recipient.userId,
            hearing: hearing(people, [row.patientMemberId, row.recipientMemberId]),
          },
        },
        answer: async () => toModel(await this.reread(manager, id), relation, people),
      };
    });
  }

  async choose(ctx: RequestContext, input: ChooseAmendsInput): Promise<AmendsModel> {
    const found = await this.find(ctx, input.id);
    return this.planChanges.run(ctx, found.planId, async ({ manager, relation, now }) => {
      const row = await this.reread(manager, input.id);
      if (row.recipientMemberId !== relation.familyMemberId) throw notFound('record');
      if (row.status !== 'OFFERED' && row.status !== 'NOT_NOW') {
        throw new DomainError('AMENDS_NOT_OFFERED');
      }
      const people = await this.people.people(manager, row.planId);
      const answer = async () => toModel(await this.reread(manager, row.id), relation, people);
      if (input.choice === 'NOT_NOW') {
        if (row.status === 'NOT_NOW') return { event: null, answer };
        await this.amends.update(manager, row.id, { status: 'NOT_NOW', chosenAt: now });
        // Kind and private: nobody is told, and the patient reads it as still offered (his
        // open page does not even refresh).
        return {
          event: {
            type: 'amends.not_now',
            recordType: 'amends',
            recordId: row.id,
            details: { hearing: hearing(people, [row.recipientMemberId]) },
          },
          answer,
        };
      }
      await this.amends.update(manager, row.id, {
        status: 'RECEIVED',
        chosenAt: now,
        receivedAt: now,
      });
      return {
        event: {
          type: 'amends.received',
          recordType: 'amends',
          recordId: row.id,
          details: { hearing: hearing(people, [row.patientMemberId, row.recipientMemberId]) },
        },
        answer,
      };
    });
  }

  async reply(ctx: RequestContext, input: ReplyToAmendsInput): Promise<AmendsModel> {
    const found = await this.find(ctx, input.id);
    return this.planChanges.run(ctx, found.planId, async ({ manager, relation, now }) => {
      const row = await this.reread(manager, input.id);
      if (row.recipientMemberId !== relation.familyMemberId) throw notFound('record');
      if (row.status !== 'RECEIVED') throw new DomainError('AMENDS_NOT_RECEIVED');
      if (row.reply !== null) throw new DomainError('AMENDS_ALREADY_ANSWERED');
      await this.amends.update(manager, row.id, {
        reply: input.reply,
        replyVisibility: input.visibility,
        repliedAt: now,
      });
      const people = await this.people.people(manager, row.planId);
      return {
        event: {
          type: 'amends.replied',
          recordType: 'amends',
          recordId: row.id,
          details: {
            visibility: input.visibility,
            hearing: hearing(
              people,
              input.visibility === 'PATIENT'
                ? [row.patientMemberId, row.recipientMemberId]
                : [row.recipientMemberId],
            ),
          },
        },
        answer: async () => toModel(await this.reread(manager, row.id), relation, people),
      };
    });
  }

  /** The amends, when the reader may see it; others read as missing. */
  private async find(ctx: RequestContext, id: string): Promise<Amends> {
    const row = await this.amends.byId(ctx.manager, id);
    if (!row) throw notFound('record');
    const relation = await this.access
      .requirePlan(ctx.manager, ctx.signedIn, 'amends.read', row.planId)
      .catch(() => {
        throw notFound('record');
      });
    if (!visibleTo(row, relation)) throw notFound('record');
    return row;
  }

  private async reread(manager: RequestContext['manager'], id: string): Promise<Amends> {
    const row = await this.amends.byId(manager, id);
    if (!row) throw notFound('record');
    return row;
  }
}

/** Whose open pages refresh on a change to an amends: these members and the plan's staff. */
function hearing(people: PlanPerson[], memberIds: string[]): string[] {
  return people
    .filter((p) => p.kind === 'STAFF' || (p.memberId !== null && memberIds.includes(p.memberId)))
    .map((p) => p.userId);
}

/** Staff see every amends; the patient their own; the recipient theirs once it is offered. */
function visibleTo(row: Amends, relation: PlanRelation): boolean {
  if (isStaff(relation)) return true;
  if (relation.isPatient) return row.patientMemberId === relation.memberId;
  return row.recipientMemberId === relation.familyMemberId && row.status !== 'PREPARED';
}

function toModel(row: Amends, relation: PlanRelation, people: PlanPerson[]): AmendsModel {
  const staff = isStaff(relation);
  const forMe = !staff && row.recipientMemberId === relation.familyMemberId;
  const byMe = !staff && relation.isPatient;
  const nameOf = (memberId: string) => people.find((p) => p.memberId === memberId)?.name ?? '';
  // The recipient reads the words once they chose to receive them.
  const words = staff || byMe || row.status === 'RECEIVED';
  const replyShown = staff || forMe || (byMe && row.replyVisibility === 'PATIENT');
  return {
    id: row.id,
    planId: row.planId,
    patientName: nameOf(row.patientMemberId),
    recipientMemberId: row.recipientMemberId,
    recipientName: nameOf(row.recipientMemberId),
    // "Not now" is private to the recipient and staff: the patient still reads "offered".
    status: byMe && row.status === 'NOT_NOW' ? 'OFFERED' : row.status,
    createdAt: row.createdAt,
    offeredAt: row.offeredAt,
    whatHappened: words ? row.whatHappened : null,
    responsibility: words ? row.responsibility : null,
    willDoDifferently: words ? row.willDoDifferently : null,
    reply: replyShown ? row.reply : null,
    replyVisibility: replyShown ? row.replyVisibility : null,
    forMe,
  };
}
