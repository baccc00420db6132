/** The four roles a membership can hold in an organization (DESIGN §3). */
export const ROLES = ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'COUNSELOR'];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** The experience each role lands in after login. */
export function homeAreaFor(role: Role): 'staff' | 'patient' | 'family' {
  if (isStaff(role)) return 'staff';
  return role === 'PATIENT' ? 'patient' : 'family';
}

/** Which roles a staff member may invite: counselors bring in patients and families, admins anyone. */
export function invitableRoles(inviter: Role): readonly Role[] {
  switch (inviter) {
    case 'ADMIN':
      return ROLES;
    case 'COUNSELOR':
      return ['PATIENT', 'FAMILY'];
    default:
      return [];
  }
}
