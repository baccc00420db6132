import { ConsentCategory } from '@homeward/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DisclosedRecord } from './family-sights';

/** One showing of consented patient data to a family member: who, what, which plan, when, how (§2.25). */
@Entity('disclosure')
@Index(['planId', 'disclosedAt'])
export class Disclosure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'consent_id', type: 'uuid' })
  consentId: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  @Column({ type: 'text', array: true })
  categories: ConsentCategory[];

  /** WEB for a page, PDF for an export. */
  @Column({ type: 'text' })
  channel: string;

  @Column({ name: 'disclosed_at', type: 'timestamptz' })
  disclosedAt: Date;

  /** Which records were shown (kind, id, day); null on rows written before they were named. */
  @Column({ type: 'jsonb', nullable: true })
  records: DisclosedRecord[] | null;
}
