import type { CrisisResourcesByLanguage } from '@homeward/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A treatment program: the tenant. No data ever crosses organizations. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Where the program is: the day a check-in counts for, unless the person set their own zone. */
  @Column({ name: 'time_zone', type: 'text', default: 'America/New_York' })
  timeZone: string;

  /** The program's own crisis lines per language; null (or a language left empty) reads as the defaults. */
  @Column({ name: 'crisis_resources', type: 'jsonb', nullable: true })
  crisisResources: Partial<CrisisResourcesByLanguage> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
