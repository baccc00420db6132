import { FAMILY_TRACK_MARKS, FamilyTrackMark as MarkKind } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A family member's mark on the family track: they attended a session or group, or completed a
 * module, on a day. Private to them and staff; counted by FAMILY_TRACK milestones. Kept as made.
 */
@Entity('family_track_mark')
@Index(['planId', 'day'])
@Index(['memberId', 'day'])
export class FamilyTrackMarkRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne('Plan', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: unknown;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne('PlanMember', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: unknown;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne('FamilyTrackItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  @Column({ type: 'enum', enum: FAMILY_TRACK_MARKS, enumName: 'family_track_mark_kind' })
  mark: MarkKind;

  @Column({ type: 'date' })
  day: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
