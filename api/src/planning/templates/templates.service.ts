import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LADDER, ladderIn, ladderTextToKeep, measureOf } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { PlanTemplateModel, UpdatePlanTemplateInput } from './dto/plan-template.model';
import { PlanTemplate } from './plan-template.entity';
import { TemplatesRepository } from './templates.repository';

@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly templates: TemplatesRepository,
  ) {}

  /** Every organization starts from the default seven-phase ladder. */
  createDefault(manager: EntityManager, organizationId: string): Promise<PlanTemplate> {
    return this.templates.insert(manager, {
      organizationId,
      version: 1,
      phases: DEFAULT_LADDER,
      createdByUserId: null,
    });
  }

  /** The organization's newest version, as kept (a new plan copies it). */
  current(manager: EntityManager, organizationId: string): Promise<PlanTemplate> {
    return this.templates.current(manager, organizationId);
  }

  /** The current template in the reader's language (the default texts; a program's own stay). */
  async currentFor(ctx: RequestContext): Promise<PlanTemplateModel> {
    const template = await this.templates.current(ctx.manager, ctx.signedIn.organizationId);
    return inLanguage(template, ctx);
  }

  /** Saves the edited ladder as a new version; existing plans keep theirs. */
  update(ctx: RequestContext, input: UpdatePlanTemplateInput): Promise<PlanTemplateModel> {
    const actor = ctx.signedIn;
    return this.dataSource.transaction(async (manager) => {
      const stages = input.phases.flatMap((phase) => (phase.stage ? [phase.stage] : []));
      if (new Set(stages).size !== stages.length) {
        throw new DomainError('INPUT_PHASE_STAGE_TWICE', {}, { field: 'phases' });
      }
      await this.templates.lockEdits(manager, actor.organizationId);
      const latest = await this.templates.current(manager, actor.organizationId);
      // A default text read in the reader's language and saved as it was stays the default.
      const phases = input.phases.map((phase) => ({
        name: ladderTextToKeep(phase.name.trim()),
        description: ladderTextToKeep(phase.description.trim()),
        contactTypes: [...new Set(phase.contactTypes)],
        ...(phase.stage ? { stage: phase.stage } : {}),
        milestones: phase.milestones.map((m) => ({
          ...m,
          title: ladderTextToKeep(m.title.trim()),
          measure: measureOf(m) ?? undefined,
          contactType: m.kind === 'EVENT' ? m.contactType : undefined,
        })),
      }));
      const saved = await this.templates.insert(manager, {
        organizationId: actor.organizationId,
        version: latest.version + 1,
        phases,
        createdByUserId: actor.userId,
      });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'template.updated',
        recordType: 'plan_template',
        recordId: saved.id,
        details: { version: saved.version },
        ip: ctx.origin.ip,
      });
      return inLanguage(saved, ctx);
    });
  }
}

function inLanguage(template: PlanTemplate, ctx: RequestContext): PlanTemplateModel {
  return {
    id: template.id,
    version: template.version,
    phases: ladderIn(template.phases, ctx.language),
    createdAt: template.createdAt,
  };
}
