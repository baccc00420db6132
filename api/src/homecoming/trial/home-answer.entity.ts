import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { HomecomingTrial } from './trial.entity';

/** A member's weekly "how is home?": 1–5 and a few words, once a week, read by them and staff. Append-only. */
@Entity('home_answer')
@Index(['trialId', 'memberId', 'weekOf'], { unique: true })
@Check('home_answer_rating', `"rating" BETWEEN 1 AND 5`)
export class HomeAnswer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trial_id', type: 'uuid' })
  trialId: string;

  @ManyToOne(() => HomecomingTrial, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'trial_id' })
  trial?: HomecomingTrial;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => PlanMember, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: PlanMember;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  /** The Monday of the week, in the program's time zone. */
  @Column({ name: 'week_of', type: 'date' })
  weekOf: string;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'text', nullable: true })
  words: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
