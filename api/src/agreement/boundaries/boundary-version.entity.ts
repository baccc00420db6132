import { BOUNDARY_VISIBILITIES, BoundaryVisibility } from '@homeward/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Boundary } from './boundary.entity';

/** One statement of a boundary. Never edited: a change is a new row and asks for acknowledgement again. */
@Entity('boundary_version')
@Index(['boundaryId', 'version'], { unique: true })
@Check('boundary_version_applies_to_someone', `cardinality("applies_to_member_ids") > 0`)
export class BoundaryVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'boundary_id', type: 'uuid' })
  boundaryId: string;

  @ManyToOne(() => Boundary, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'boundary_id' })
  boundary?: Boundary;

  @Column({ type: 'int' })
  version: number;

  /** What the owner needs ("no alcohol in the house"). */
  @Column({ type: 'text' })
  need: string;

  /** What the owner will do if it is crossed ("I will end the visit"). */
  @Column({ name: 'if_crossed', type: 'text' })
  ifCrossed: string;

  @Column({ name: 'applies_to_member_ids', type: 'uuid', array: true })
  appliesToMemberIds: string[];

  @Column({ type: 'enum', enum: BOUNDARY_VISIBILITIES, enumName: 'boundary_visibility' })
  visibility: BoundaryVisibility;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
