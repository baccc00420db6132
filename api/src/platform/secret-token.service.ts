import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { AppConfig } from './config/app-config';

/**
 * One-time secrets (session cookies, invitation links): 256 random bits handed out once;
 * only a keyed hash is stored, so a copy of the database cannot be used to sign in.
 */
@Injectable()
export class SecretTokenService {
  constructor(private readonly config: AppConfig) {}

  create(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hash(token) };
  }

  hash(token: string): string {
    return createHmac('sha256', this.config.sessionSecret).update(token).digest('hex');
  }
}
