import { measureOf } from '@homeward/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LADDER } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, RequestOrigin } from '../../platform/actor';
import { AuditService } from '../../audit/audit.service';
import { PlanTemplateModel, UpdatePlanTemplateInput } from './dto/plan-template.model';
import { PlanTemplate } from './plan-template.entity';

@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every organization starts from the default seven-phase ladder. */
  async createDefault(manager: EntityManager, organizationId: string): Promise<PlanTemplate> {
    return manager.save(
      manager.create(PlanTemplate, {
        organizationId,
        version: 1,
        phases: DEFAULT_LADDER,
        createdByUserId: null,
      }),
    );
  }

  /** The organization's newest version. */
  async current(manager: EntityManager, organizationId: string): Promise<PlanTemplate> {
    return manager.findOneOrFail(PlanTemplate, {
      where: { organizationId },
      order: { version: 'DESC' },
    });
  }

  async currentFor(actor: Actor): Promise<PlanTemplateModel> {
    return this.current(this.dataSource.manager, actor.organizationId);
  }

  /** Saves the edited ladder as a new version; existing plans keep theirs. */
  update(
    actor: Actor,
    input: UpdatePlanTemplateInput,
    origin: RequestOrigin,
  ): Promise<PlanTemplateModel> {
    return this.dataSource.transaction(async (manager) => {
      // Serialise edits per organization so two admins never claim the same version number.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `template:${actor.organizationId}`,
      ]);
      const latest = await this.current(manager, actor.organizationId);
      const phases = input.phases.map((phase) => ({
        name: phase.name.trim(),
        description: phase.description.trim(),
        contactTypes: [...new Set(phase.contactTypes)],
        milestones: phase.milestones.map((m) => ({
          ...m,
          title: m.title.trim(),
          measure: measureOf(m) ?? undefined,
          contactType: m.kind === 'EVENT' ? m.contactType : undefined,
        })),
      }));
      const saved = await manager.save(
        manager.create(PlanTemplate, {
          organizationId: actor.organizationId,
          version: latest.version + 1,
          phases,
          createdByUserId: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'template.updated',
        recordType: 'plan_template',
        recordId: saved.id,
        details: { version: saved.version },
        ip: origin.ip,
      });
      return saved;
    });
  }
}
