import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inLanguage, isCalendarDay, localDay } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AccessService, ownPlace } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { FamilyTrackCatalogueService } from '../../identity/family-track/family-track-catalogue.service';
import { PeopleService } from '../../identity/people/people.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  FamilyTrackMarkModel,
  FamilyTrackModel,
  MarkFamilyTrackInput,
} from './dto/family-track.model';
import { FamilyTrackMarkView, FamilyTrackReader } from './family-track.reader';
import { FamilyTrackRepository } from './family-track.repository';

export type FamilyTrackEventType = 'family_track.marked';

/**
 * A family member's own track (issue 13): the program's offers and what they marked attended or
 * completed. Private to them and staff — the patient and other family members never read it.
 * A mark is a change to the plan, so FAMILY_TRACK milestones settle in its transaction.
 */
@Injectable()
export class FamilyTrackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly catalogue: FamilyTrackCatalogueService,
    private readonly people: PeopleService,
    private readonly planChanges: PlanChanges,
    private readonly marks: FamilyTrackRepository,
    private readonly reader: FamilyTrackReader,
  ) {}

  read(ctx: RequestContext, planId: string): Promise<FamilyTrackModel> {
    return this.dataSource.transaction(async (manager) => {
      const actor = ctx.signedIn;
      const relation = await this.access.requirePlan(manager, actor, 'familyTrack.read', planId);
      const staff = relation.isAdmin || relation.isCounselorOfPlan;
      const rows = await this.reader.marks(manager, planId, staff ? null : ownPlace(relation));
      if (staff) {
        await this.audit.record(manager, {
          organizationId: actor.organizationId,
          actorUserId: actor.userId,
          action: 'family_track.viewed',
          recordType: 'plan',
          recordId: planId,
          ip: ctx.origin.ip,
        });
      }
      return {
        planId,
        items: await this.catalogue.list(ctx.within(manager)),
        marks: rows.map((row) => toModel(row, ctx.language)),
      };
    });
  }

  mark(ctx: RequestContext, input: MarkFamilyTrackInput): Promise<FamilyTrackMarkModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ manager, actor, relation, now, planId }) => {
        const memberId = ownPlace(relation);
        const item = await this.catalogue.item(manager, actor, input.itemId);
        if (item.retiredAt) throw new DomainError('FAMILY_TRACK_ITEM_RETIRED');
        const today = localDay(now, await this.people.timeZoneOf(manager, actor));
        const day = input.day ?? today;
        if (day > today || !isCalendarDay(day)) {
          throw new DomainError('INPUT_FAMILY_TRACK_DAY', {}, { field: 'day' });
        }
        const row = await this.marks.insert(manager, {
          planId,
          memberId,
          itemId: item.id,
          mark: input.mark,
          day,
          createdAt: now,
        });
        return {
          event: {
            type: 'family_track.marked',
            recordType: 'family_track_mark',
            recordId: row.id,
            details: { itemId: item.id, mark: row.mark, day },
          },
          answer: async () => {
            const [view] = (await this.reader.marks(manager, planId, memberId)).filter(
              (m) => m.id === row.id,
            );
            return toModel(view, ctx.language);
          },
        };
      },
    );
  }
}

function toModel(
  row: FamilyTrackMarkView,
  language: RequestContext['language'],
): FamilyTrackMarkModel {
  return {
    id: row.id,
    memberId: row.memberId,
    memberName: row.memberName,
    itemId: row.itemId,
    kind: row.kind,
    title: inLanguage(row.title, row.titleEs, language),
    mark: row.mark,
    day: row.day,
  };
}
