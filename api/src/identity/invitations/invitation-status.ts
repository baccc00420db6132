import { InvitationStatus } from './dto/invitation.model';

/** When an invitation was used, withdrawn and due to expire: all its status needs. */
export interface InvitationDates {
  accepted_at: Date | null;
  revoked_at: Date | null;
  expires_at: Date;
}

/** Used and withdrawn are for good; otherwise a link is pending until it expires. */
export function statusOf(r: InvitationDates, now: Date): InvitationStatus {
  if (r.accepted_at) return 'ACCEPTED';
  if (r.revoked_at) return 'REVOKED';
  return new Date(r.expires_at).getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}
