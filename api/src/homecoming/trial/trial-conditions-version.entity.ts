import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HomecomingTrial } from './trial.entity';
import type { TrialConditionsContent } from './trial-content';

/**
 * One published version of a trial's written conditions, with its days, frozen as published and
 * hashed like a home contract version. Never changed: a new version needs new signatures.
 */
@Entity('trial_conditions_version')
@Index(['trialId', 'version'], { unique: true })
export class TrialConditionsVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trial_id', type: 'uuid' })
  trialId: string;

  @ManyToOne(() => HomecomingTrial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trial_id' })
  trial?: HomecomingTrial;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  content: TrialConditionsContent;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'published_by_user_id', type: 'uuid' })
  publishedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
