import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** "I understand": one person's acknowledgement of one version of a boundary. */
@Entity('boundary_acknowledgement')
@Index(['boundaryId', 'version', 'memberId'], { unique: true })
export class BoundaryAcknowledgement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'boundary_id', type: 'uuid' })
  boundaryId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
