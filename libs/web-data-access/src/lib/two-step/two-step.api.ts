import { Injectable, inject } from '@angular/core';
import { HomewardApollo } from '../apollo';
import { firstValueFrom } from 'rxjs';
import {
  ConfirmTotpEnrollmentDocument,
  type ConfirmTotpEnrollmentMutation,
  RegenerateRecoveryCodesDocument,
  StartTotpEnrollmentDocument,
  type StartTotpEnrollmentMutation,
} from '../../generated/graphql';

export type TotpEnrollment = StartTotpEnrollmentMutation['startTotpEnrollment'];
export type TotpConfirmation = ConfirmTotpEnrollmentMutation['confirmTotpEnrollment'];

/** Staff: turning two-step sign-in on, and their recovery codes. */
@Injectable({ providedIn: 'root' })
export class TwoStepApi {
  private readonly apollo = inject(HomewardApollo);

  /** A new key for an authenticator app (any earlier unconfirmed one stops counting). */
  async start(): Promise<TotpEnrollment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: StartTotpEnrollmentDocument }),
    );
    return result.data?.startTotpEnrollment ?? null;
  }

  /** Turns it on with a first code; the answer holds the recovery codes, given this once. */
  async confirm(code: string): Promise<TotpConfirmation | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ConfirmTotpEnrollmentDocument, variables: { code } }),
    );
    return result.data?.confirmTotpEnrollment ?? null;
  }

  /** New recovery codes, confirmed by a current code; the earlier ones stop working. */
  async regenerateRecoveryCodes(code: string): Promise<string[]> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RegenerateRecoveryCodesDocument, variables: { code } }),
    );
    return result.data?.regenerateRecoveryCodes ?? [];
  }
}
