import { Injectable } from '@nestjs/common';
import { passwordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@homeward/domain';
import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { DomainError } from '../../platform/domain-error';

/** DESIGN rule 8 / OWASP: argon2id with 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

// zxcvbn-ts's list of frequently used passwords, lower-cased for comparison.
const COMMON_PASSWORDS = new Set(dictionary.passwords.map((p) => p.toLowerCase()));

@Injectable()
export class PasswordService {
  /** Compared against when an email is unknown, so both answers take the same time. */
  private readonly dummyHash = argon2.hash('homeward-timing-equaliser', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, ARGON2_OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) {
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    // A stored hash argon2 cannot read (say, from an old import) is a mismatch, not a crash.
    return argon2.verify(hash, password).catch(() => false);
  }

  /** Refuses a new password the person should not use, naming the field to fix. */
  assertAcceptable(password: string, field = 'password'): void {
    switch (passwordProblem(password, (p) => COMMON_PASSWORDS.has(p))) {
      case 'TOO_SHORT':
        throw new DomainError('PASSWORD_TOO_SHORT', { minLength: PASSWORD_MIN_LENGTH }, { field });
      case 'TOO_LONG':
        throw new DomainError('PASSWORD_TOO_LONG', { maxLength: PASSWORD_MAX_LENGTH }, { field });
      case 'TOO_COMMON':
        throw new DomainError('PASSWORD_TOO_COMMON', {}, { field });
      default:
        return;
    }
  }
}
