import { PERMISSIONS, roleMay } from './permissions';
import { invitableRoles } from './roles';

describe('role permissions', () => {
  it('keeps the audit trail for admins only', () => {
    expect(roleMay('ADMIN', 'audit.list')).toBe(true);
    expect(roleMay('COUNSELOR', 'audit.list')).toBe(false);
    expect(roleMay('PATIENT', 'audit.list')).toBe(false);
  });

  it('never lets patients or families manage people', () => {
    for (const permission of ['people.list', 'invitation.create', 'person.disable'] as const) {
      expect(roleMay('PATIENT', permission)).toBe(false);
      expect(roleMay('FAMILY', permission)).toBe(false);
    }
  });

  it('lets counselors invite patients and families but not staff', () => {
    expect(invitableRoles('COUNSELOR')).toEqual(['PATIENT', 'FAMILY']);
    expect(invitableRoles('ADMIN')).toContain('COUNSELOR');
    expect(invitableRoles('FAMILY')).toEqual([]);
  });

  it('lists at least one role for every permission', () => {
    for (const roles of Object.values(PERMISSIONS)) expect(roles.length).toBeGreaterThan(0);
  });
});
