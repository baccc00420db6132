import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Lapse } from './lapse.entity';

/** A step back in, checked off by staff after something happened. Append-only. */
@Entity('lapse_step_check')
@Index(['lapseId', 'position'], { unique: true })
export class LapseStepCheck {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'lapse_id', type: 'uuid' })
  lapseId: string;

  @ManyToOne(() => Lapse, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lapse_id' })
  lapse?: Lapse;

  @Column({ type: 'int' })
  position: number;

  @Column({ name: 'checked_by_user_id', type: 'uuid' })
  checkedByUserId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
