import { EntityManager } from 'typeorm';

/** Where a family invitation's place on a plan stands when its link is used. */
export type PlanSeatState = 'OPEN' | 'AWAITING_PATIENT' | 'GONE';

/**
 * The places on plans that family invitations lead to. Plans are planning's, which sits above
 * identity: planning implements this and registers it with InvitationsService at start-up, so
 * invitations never import planning (the call is inverted, as PlanChanges' followers are).
 */
export abstract class PlanSeats {
  /** OPEN once the patient has welcomed them; GONE when declined, removed or missing. */
  abstract stateOf(manager: EntityManager, planMemberId: string): Promise<PlanSeatState>;

  /** The invited person takes their place on the plan, in the acceptance's transaction. */
  abstract take(
    manager: EntityManager,
    planMemberId: string,
    membershipId: string,
    displayName: string,
  ): Promise<void>;
}
