import { FAMILY_TRACK_KINDS, FamilyTrackKind } from '@homeward/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One offer of the program's family track: an education session, a peer group or a skill
 * module. Titles are written in English with an optional Spanish one (read in the reader's
 * language); an item is retired, never deleted, so marks made on it keep their meaning.
 */
@Entity('family_track_item')
@Index(['organizationId', 'createdAt'])
export class FamilyTrackItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: unknown;

  @Column({ type: 'enum', enum: FAMILY_TRACK_KINDS, enumName: 'family_track_kind' })
  kind: FamilyTrackKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'title_es', type: 'text', nullable: true })
  titleEs: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ name: 'summary_es', type: 'text', nullable: true })
  summaryEs: string | null;

  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
