import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A reminder or digest already made (`check-in:<user>:<day>`): the first instance to write it is the one that sends it. */
@Entity('sweep_mark')
export class SweepMark {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ name: 'made_at', type: 'timestamptz' })
  madeAt: Date;
}
