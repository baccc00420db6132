import { AuditEvent } from '../audit/audit-event.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Invitation } from '../invitations/invitation.entity';
import { Organization } from '../organizations/organization.entity';
import { Membership } from '../people/membership.entity';
import { User } from '../people/user.entity';

/** Every entity, listed so the bundle needs no file globbing. */
export const ENTITIES = [Organization, User, Membership, Session, LoginAttempt, Invitation, AuditEvent];
