import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inLanguage, Language } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../platform/actor';
import { DomainError, notFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { DefineFamilyTrackItemInput, FamilyTrackItemModel } from './dto/family-track-item.model';
import { FamilyTrackCatalogueRepository } from './family-track-catalogue.repository';
import { FamilyTrackItem } from './family-track-item.entity';

/**
 * The program's family track (issue 13): education sessions, peer groups and skill modules an
 * admin defines for the organization; family members mark what they attended or completed.
 */
@Injectable()
export class FamilyTrackCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly items: FamilyTrackCatalogueRepository,
  ) {}

  async list(ctx: RequestContext): Promise<FamilyTrackItemModel[]> {
    const rows = await this.items.current(ctx.manager, ctx.signedIn.organizationId);
    return rows.map((row) => toFamilyTrackItem(row, ctx.language));
  }

  /** An item of the actor's program, current or retired; another program's reads as missing. */
  async item(manager: EntityManager, actor: Actor, id: string): Promise<FamilyTrackItem> {
    const row = await this.items.byId(manager, id, actor.organizationId);
    if (!row) throw notFound('record');
    return row;
  }

  define(ctx: RequestContext, input: DefineFamilyTrackItemInput): Promise<FamilyTrackItemModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.items.insert(manager, {
        organizationId: actor.organizationId,
        kind: input.kind,
        title: input.title,
        titleEs: input.titleEs ?? null,
        summary: input.summary,
        summaryEs: input.summaryEs ?? null,
        link: input.link,
        createdAt: ctx.now(),
        createdByUserId: actor.userId,
      });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'family_track.item_defined',
        recordType: 'family_track_item',
        recordId: row.id,
        details: { kind: row.kind },
        ip: ctx.origin.ip,
      });
      return toFamilyTrackItem(row, ctx.language);
    });
  }

  retire(ctx: RequestContext, id: string): Promise<FamilyTrackItemModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const row = await this.item(manager, actor, id);
      const now = ctx.now();
      if (!(await this.items.retire(manager, id, now))) {
        throw new DomainError('FAMILY_TRACK_ITEM_RETIRED');
      }
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'family_track.item_retired',
        recordType: 'family_track_item',
        recordId: id,
        ip: ctx.origin.ip,
      });
      return toFamilyTrackItem({ ...row, retiredAt: now }, ctx.language);
    });
  }
}

export function toFamilyTrackItem(row: FamilyTrackItem, language: Language): FamilyTrackItemModel {
  return {
    id: row.id,
    kind: row.kind,
    title: inLanguage(row.title, row.titleEs, language),
    summary: inLanguage(row.summary, row.summaryEs, language),
    link: row.link,
    titleEn: row.title,
    titleEs: row.titleEs,
    summaryEn: row.summary,
    summaryEs: row.summaryEs,
    createdAt: row.createdAt,
  };
}
