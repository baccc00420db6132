import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A treatment program: the tenant. No data ever crosses organizations. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Where the program is: the day a check-in counts for, unless the person set their own zone. */
  @Column({ name: 'time_zone', type: 'text', default: 'America/New_York' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
