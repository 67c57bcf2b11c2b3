import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { updateSetting } from '@/lib/services/settings/update-setting';
import { makeDraft, noticeInput } from '../factories/disclosures';
import { ensureAdmin, makeUser } from '../factories/users';

// Issue 17: two staff change the same record at once (direct service calls, each in its own
// transaction on its own connection): one wins, the other gets the conflict message, no lost update.
let admin: Actor;
let editor: Actor;
let otherEditor: Actor;
beforeAll(async () => {
  admin = await ensureAdmin(getDb());
  editor = await makeUser(getDb(), { roles: ['EDITOR'], name: '甲编辑' });
  otherEditor = await makeUser(getDb(), { roles: ['EDITOR'], name: '乙编辑' });
});

const conflict = { code: 'CONFLICT', userMessage: messages.errors.conflict };

describe('optimistic concurrency', () => {
  it('settings: of two changes made from the same version, one is stored and the other refused', async () => {
    const db = getDb();
    const key = 'bureau.complaintLine';
    const { version } = await db.setting.findUniqueOrThrow({ where: { key } });
    const results = await Promise.allSettled([
      updateSetting(db, admin, { key, value: '0531-11111111', expectedVersion: version }),
      updateSetting(db, admin, { key, value: '0531-22222222', expectedVersion: version }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject(conflict);
    const after = await db.setting.findUniqueOrThrow({ where: { key } });
    expect(after.version).toBe(version + 1);
    expect(after.value).toBe((won[0] as PromiseFulfilledResult<{ value: unknown }>).value.value);
    // Exactly one audit entry: the refused change wrote nothing.
    expect(await db.auditEvent.count({ where: { action: 'setting.update', entityId: key } })).toBe(1);
    // A form rendered before the change is refused; one rendered after it is accepted.
    await expect(updateSetting(db, admin, { key, value: '0531-33333333', expectedVersion: version })).rejects.toMatchObject(conflict);
    await updateSetting(db, admin, { key, value: '0531-33333333', expectedVersion: version + 1 });
    expect((await db.setting.findUniqueOrThrow({ where: { key } })).value).toBe('0531-33333333');
  });

  it('settings: even without a version from the form, concurrent changes never interleave', async () => {
    const db = getDb();
    const key = 'auth.lockoutMinutes';
    const before = await db.setting.findUniqueOrThrow({ where: { key } });
    const results = await Promise.allSettled(['20', '25', '30'].map((value) => updateSetting(db, admin, { key, value })));
    const won = results.filter((r) => r.status === 'fulfilled').length;
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject(conflict);
    const after = await db.setting.findUniqueOrThrow({ where: { key } });
    // Every accepted change bumped the version once and left one audit entry: none was lost.
    expect(after.version).toBe(before.version + won);
    expect(await db.auditEvent.count({ where: { action: 'setting.update', entityId: key } })).toBe(won);
  });

  it('disclosure drafts: two editors saving the same version at once: one wins, the other is told to reload', async () => {
    const db = getDb();
    const draft = await makeDraft(db, editor);
    const expectedUpdatedAt = draft.updatedAt.toISOString();
    const results = await Promise.allSettled([
      updateDraft(db, editor, { id: draft.id, expectedUpdatedAt, ...noticeInput({ title: '甲的标题' }) }),
      updateDraft(db, otherEditor, { id: draft.id, expectedUpdatedAt, ...noticeInput({ title: '乙的标题' }) }),
    ]);
    const won = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof updateDraft>>> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject(conflict);
    const stored = await db.disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.title).toBe(won[0]!.value.disclosure.title);
    expect(await db.auditEvent.count({ where: { action: 'disclosure.update', entityId: draft.id } })).toBe(1);
  });
});
