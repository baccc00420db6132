import { Injectable } from '@nestjs/common';
import { PhaseTemplate } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { PlanTemplate } from './plan-template.entity';

export interface NewTemplateVersion {
  organizationId: string;
  version: number;
  phases: PhaseTemplate[];
  createdByUserId: string | null;
}

/** The plan_template table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class TemplatesRepository {
  /** The organization's newest version. */
  current(manager: EntityManager, organizationId: string): Promise<PlanTemplate> {
    return manager.findOneOrFail(PlanTemplate, {
      where: { organizationId },
      order: { version: 'DESC' },
    });
  }

  insert(manager: EntityManager, version: NewTemplateVersion): Promise<PlanTemplate> {
    return manager.save(manager.create(PlanTemplate, version));
  }

  /** Serialises edits per organization so two admins never claim the same version number. */
  async lockEdits(manager: EntityManager, organizationId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `template:${organizationId}`,
    ]);
  }
}
