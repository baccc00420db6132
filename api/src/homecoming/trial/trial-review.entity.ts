import { TRIAL_REVIEW_OUTCOMES, TrialReviewOutcome } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { HomecomingTrial } from './trial.entity';

/** The counselor's review on a review day: continue, extend (to a new end and review), or step back. Append-only. */
@Entity('trial_review')
@Index(['trialId', 'reviewDay'], { unique: true })
export class TrialReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trial_id', type: 'uuid' })
  trialId: string;

  @ManyToOne(() => HomecomingTrial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trial_id' })
  trial?: HomecomingTrial;

  @Column({ name: 'review_day', type: 'date' })
  reviewDay: string;

  @Column({ type: 'enum', enum: TRIAL_REVIEW_OUTCOMES, enumName: 'trial_review_outcome' })
  outcome: TrialReviewOutcome;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'new_ends_on', type: 'date', nullable: true })
  newEndsOn: string | null;

  @Column({ name: 'new_review_day', type: 'date', nullable: true })
  newReviewDay: string | null;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid' })
  reviewedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
