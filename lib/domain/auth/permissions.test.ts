import { describe, expect, it } from 'vitest';
import { Role as PrismaRole } from '@/lib/generated/prisma/enums';
import { PERMISSIONS, ROLES, can, permissionsOf } from './permissions';

describe('permission table', () => {
  it('lists exactly the roles the database knows', () => {
    expect([...ROLES].sort()).toEqual(Object.values(PrismaRole).sort());
  });

  it('gives user management to ADMIN only', () => {
    expect(can(['ADMIN'], 'users.manage')).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      expect(can([role], 'users.manage')).toBe(false);
    }
  });

  it('grants a permission when any of several roles holds it', () => {
    expect(can(['EDITOR'], 'review.decide')).toBe(false);
    expect(can(['EDITOR', 'LEGAL_REVIEWER'], 'review.decide')).toBe(true);
    expect(can([], 'staff.access')).toBe(false);
  });

  it('describes every permission and names at least one role', () => {
    for (const spec of Object.values(PERMISSIONS)) {
      expect(spec.description.length).toBeGreaterThan(1);
      expect(spec.roles.length).toBeGreaterThan(0);
    }
  });

  it('lists what a multi-role user may do', () => {
    const list = permissionsOf(['EDITOR', 'DIRECTOR']);
    expect(list).toContain('disclosure.publish');
    expect(list).toContain('dashboard.view');
    expect(list).not.toContain('users.manage');
  });
});
