import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { auditWorkbook } from '@/lib/queries/audit/audit-workbook';
import { AUDIT_PAGE_SIZE, exportAuditEvents, searchAuditEvents } from '@/lib/queries/audit/search-audit-events';
import { setUserActive } from '@/lib/services/users/set-user-active';
import { ensureAdmin, makeUser } from '../factories/users';
import type { Actor } from '@/lib/auth/guard';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
let admin: Actor;
let target: Actor;

beforeAll(async () => {
  admin = await ensureAdmin(db());
  target = await makeUser(db(), { roles: ['OFFICER'], name: '被停用的执法员' });
  // Enough rows for two pages of one person's actions.
  for (let i = 0; i < AUDIT_PAGE_SIZE / 2 + 1; i += 1) {
    await setUserActive(db(), admin, { userId: target.id, active: false });
    await setUserActive(db(), admin, { userId: target.id, active: true });
  }
});

describe('the audit log screen', () => {
  it('shows Chinese action names and the target by name with a link, never codes', async () => {
    const { rows } = await searchAuditEvents({ action: 'user.disable', entityId: target.id });
    expect(rows.length).toBe(AUDIT_PAGE_SIZE / 2 + 1);
    expect(rows[0]).toMatchObject({ actionLabel: '停用用户', targetType: '用户', targetName: '被停用的执法员', targetHref: '/staff/admin/users', actorName: admin.name });
  });

  it('filters by who, what, when and record, and pages over any number of rows', async () => {
    // The account's creation and 2 × 26 changes of its active flag.
    const all = await searchAuditEvents({ actorId: admin.id, entityId: target.id });
    expect(all.total).toBe(AUDIT_PAGE_SIZE + 3);
    expect(all.pages).toBe(2);
    const second = await searchAuditEvents({ actorId: admin.id, entityId: target.id, page: 2 });
    expect(second.rows).toHaveLength(3);
    expect(new Set([...all.rows, ...second.rows].map((r) => r.id)).size).toBe(AUDIT_PAGE_SIZE + 3);
    expect((await searchAuditEvents({ entityId: target.id, from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    expect((await searchAuditEvents({ actorId: target.id })).total).toBe(0);
  });

  it('exports the filtered rows to xlsx with Chinese headings', async () => {
    const rows = await exportAuditEvents({ action: 'user.enable', entityId: target.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await auditWorkbook(rows)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.getRow(1).values).toContain('操作');
    expect(sheet.rowCount).toBe(rows.length + 1);
    expect(sheet.getRow(2).getCell(4).value).toBe('启用用户');
    expect(sheet.getRow(2).getCell(6).value).toBe('被停用的执法员');
  });
});
