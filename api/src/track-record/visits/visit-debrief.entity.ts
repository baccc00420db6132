import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Visit } from './visit.entity';

/** "How did the visit go?" from one participant or the supervisor. Never edited. */
@Entity('visit_debrief')
@Index(['visitId', 'authorUserId'], { unique: true })
@Check('visit_debrief_rating', `"rating" BETWEEN 1 AND 5`)
export class VisitDebrief {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'visit_id', type: 'uuid' })
  visitId: string;

  @ManyToOne(() => Visit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'visit_id' })
  visit?: Visit;

  /** The participant's place on the plan; null for the supervising staff member. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ name: 'boundaries_respected', type: 'boolean' })
  boundariesRespected: boolean;

  @Column({ type: 'text', nullable: true })
  helped: string | null;

  @Column({ type: 'text', nullable: true })
  hard: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
