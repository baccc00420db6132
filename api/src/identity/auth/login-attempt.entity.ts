import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a row counts: a failed sign-in, or a request for a password reset link. */
export const ATTEMPT_KINDS = ['SIGN_IN', 'PASSWORD_RESET'] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

/**
 * Failed sign-ins (and reset requests), counted per account (per known device, or for the
 * account's unknown clients together) and per address, to throttle them.
 */
@Entity('login_attempt')
@Index(['email', 'attemptedAt'])
@Index(['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text', default: 'SIGN_IN' })
  kind: AttemptKind;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  /** The known device a sign-in came from (its device cookie's nonce); null for any other client. */
  @Column({ type: 'text', nullable: true })
  device: string | null;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
