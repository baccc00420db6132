import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { SecretBoxService } from '../../platform/secret-box.service';

const PERIOD_SECONDS = 30;

/** Time-based one-time codes (RFC 6238) for staff sign-in, through otplib. */
@Injectable()
export class TotpService {
  constructor(private readonly box: SecretBoxService) {}

  newSecret(): { secret: string; sealed: string } {
    const secret = generateSecret();
    return { secret, sealed: this.box.seal(secret) };
  }

  uri(secret: string, accountName: string): string {
    return generateURI({ issuer: 'Homeward', label: accountName, secret });
  }

  /**
   * Accepts the current code and the one just before or after it (phone clocks drift), but never
   * a time step already used. Returns the step to remember, or null when the code does not match.
   */
  verify(sealedSecret: string, code: string, lastStep: string | null, now: Date): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const epoch = Math.floor(now.getTime() / 1000);
    const result = verifySync({
      secret: this.box.open(sealedSecret),
      token: code,
      epoch,
      epochTolerance: 30,
      ...(lastStep !== null ? { afterTimeStep: Number(lastStep) } : {}),
    });
    return result.valid ? Math.floor(epoch / PERIOD_SECONDS) + result.delta : null;
  }
}
