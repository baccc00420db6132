import {
  SUPPORT_MARKS,
  SUPPORT_PERSON_KINDS,
  SupportMark,
  SupportPersonKind,
} from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a person in the patient's support network. A change is a new row that
 * `replaces` the last one, which is retired with the time; nothing is deleted or overwritten.
 */
@Entity('support_person')
@Index('support_person_current', ['planId', 'createdAt'], { where: '"retired_at" IS NULL' })
export class SupportPerson {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  /** The version this one replaces (null for the first). */
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @ManyToOne('SupportPerson', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: unknown;

  @Column({ type: 'enum', enum: SUPPORT_PERSON_KINDS, enumName: 'support_person_kind' })
  kind: SupportPersonKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: SUPPORT_MARKS, enumName: 'support_mark' })
  mark: SupportMark;

  /** For a CONDITIONAL mark: the condition, in the patient's words. */
  @Column({ type: 'text', nullable: true })
  condition: string | null;

  /** The position of the plan's phase from which contact is fine (null: not said). */
  @Column({ name: 'from_phase', type: 'smallint', nullable: true })
  fromPhase: number | null;

  /** For the patient's own use; never shown to a family member by any path. */
  @Column({ type: 'text', nullable: true })
  contact: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
