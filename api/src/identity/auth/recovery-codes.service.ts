import { Injectable } from '@nestjs/common';
import {
  formatRecoveryCode,
  normalizeRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
} from '@homeward/domain';
import { randomInt } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SecretTokenService } from '../../platform/secret-token.service';
import { RecoveryCodesRepository } from './recovery-codes.repository';

/**
 * Recovery codes: the way in for a staff member whose phone is lost or reset. Ten at a time, about
 * 48 random bits each, stored as keyed hashes (HMAC under SESSION_SECRET, as session tokens are):
 * a copy of the database holds nothing that signs anyone in.
 */
@Injectable()
export class RecoveryCodesService {
  constructor(
    private readonly codes: RecoveryCodesRepository,
    private readonly tokens: SecretTokenService,
  ) {}

  /** A new set for the person, replacing any earlier one; answers the codes to show them once. */
  async renew(manager: EntityManager, userId: string, at: Date): Promise<string[]> {
    const codes = new Set<string>();
    while (codes.size < RECOVERY_CODE_COUNT) codes.add(randomCode());
    await this.codes.replace(
      manager,
      userId,
      [...codes].map((code) => this.tokens.hash(code)),
      at,
    );
    return [...codes].map(formatRecoveryCode);
  }

  /** Uses one of the person's codes, as typed; false when it is not one of theirs or was used. */
  async use(manager: EntityManager, userId: string, typed: string, at: Date): Promise<boolean> {
    const code = normalizeRecoveryCode(typed);
    return code !== null && this.codes.use(manager, userId, this.tokens.hash(code), at);
  }

  left(manager: EntityManager, userId: string): Promise<number> {
    return this.codes.unused(manager, userId);
  }
}

function randomCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) {
    code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  }
  return code;
}
