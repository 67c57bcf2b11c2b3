import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { disclosureContentHash } from '@/lib/services/disclosure/approval-freshness';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { checkAndSubmit, decide, makeApprovedNotice, makeDraft, makeReviewer } from '../factories/disclosures';
import { makeUser } from '../factories/users';

// The disclosure's reviewed content hash covers its attachments (sha256 + file name), in the
// database itself: a raw SQL attachment change by the portal's role changes the hash, so the
// publish gate refuses an item whose approval predates the change.

const db = () => getDb();
const storageDir = mkdtempSync(path.join(tmpdir(), 'disclosure-hash-'));
const store = createLocalDiskStore(storageDir);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const sha = (c: string) => c.repeat(64);
let editor: Actor;
let reviewer: Actor;
let app: pg.Client;

beforeAll(async () => {
  editor = await makeUser(db(), { roles: ['EDITOR'], name: '附件编辑' });
  reviewer = await makeReviewer(db());
  app = new pg.Client({ connectionString: process.env.APP_DATABASE_URL });
  await app.connect();
});
afterAll(async () => {
  await app.end();
  rmSync(storageDir, { recursive: true, force: true });
});

const rawPublish = (id: string) => app.query(`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = $1`, [id]);
async function rawAttach(disclosureId: string, sha256: string, fileName: string): Promise<string> {
  const id = `raw${randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await app.query(`INSERT INTO "Attachment" (id, "storageKey", "fileName", "mimeType", size, sha256, "disclosureId") VALUES ($1, $2, $3, 'application/pdf', 10, $4, $5)`, [
    id,
    `raw/${id}`,
    fileName,
    sha256,
    disclosureId,
  ]);
  return id;
}
const row = (id: string) => db().disclosure.findUniqueOrThrow({ where: { id }, include: { attachments: true } });
const jsHash = async (id: string) => {
  const d = await row(id);
  return disclosureContentHash(d, d.attachments);
};
const approvedHash = async (id: string) => (await db().legalReview.findFirstOrThrow({ where: { subjectType: 'DISCLOSURE', subjectId: id, status: 'APPROVED' } })).contentHash;

describe('attachments in the disclosure content hash (database)', () => {
  it('without attachments the hash is the text-only hash the approval covers, and the JS mirror agrees', async () => {
    const notice = await makeApprovedNotice(db(), editor, reviewer, { title: '无附件的通告' });
    expect(notice.contentHash).toBe(await approvedHash(notice.id));
    expect(await jsHash(notice.id)).toBe(notice.contentHash);
  });

  it('a raw SQL attachment insert after approval is refused; back in draft it changes the hash and publication is refused', async () => {
    const notice = await makeApprovedNotice(db(), editor, reviewer, { title: '审核后被塞入附件的通告' });
    const approved = await approvedHash(notice.id);
    // Under an approved item the database refuses the file outright (20261205020000).
    await expect(rawAttach(notice.id, sha('a'), '补充材料.pdf')).rejects.toThrow(/files of disclosure .* cannot be changed/);
    expect((await row(notice.id)).contentHash).toBe(approved);

    // Moved back to draft first, the file goes in, and changes the hash the approval covered.
    await app.query(`UPDATE "Disclosure" SET status = 'DRAFT' WHERE id = $1`, [notice.id]);
    const attachmentId = await rawAttach(notice.id, sha('a'), '补充材料.pdf');
    const after = await row(notice.id);
    expect(after.contentHash).not.toBe(approved);
    expect(after.contentHash).toBe(await jsHash(notice.id));
    await expect(rawPublish(notice.id)).rejects.toThrow(/legal review gate/);
    await expect(publishDisclosure(db(), editor, { id: notice.id })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await row(notice.id)).status).toBe('DRAFT');

    // A disclosure's file never changes in place (content or name): a new file is a new row.
    await expect(app.query(`UPDATE "Attachment" SET sha256 = $1 WHERE id = $2`, [sha('b'), attachmentId])).rejects.toThrow(/changed in place/);
    await expect(app.query(`UPDATE "Attachment" SET "fileName" = '改名.pdf' WHERE id = $1`, [attachmentId])).rejects.toThrow(/changed in place/);
    expect((await row(notice.id)).contentHash).toBe(after.contentHash);

    // Removing it restores the approved content: the approved version may be published.
    await app.query(`DELETE FROM "Attachment" WHERE id = $1`, [attachmentId]);
    expect((await row(notice.id)).contentHash).toBe(approved);
    await rawPublish(notice.id);
    expect((await row(notice.id)).status).toBe('PUBLISHED');
  });

  it('an attachment cannot be moved from one item to another', async () => {
    const first = await makeDraft(db(), editor, { title: '原附件所属通告' });
    const second = await makeApprovedNotice(db(), editor, reviewer, { title: '附件被移入的通告' });
    const attachmentId = await rawAttach(first.id, sha('c'), '名单.pdf');
    const firstWith = (await row(first.id)).contentHash;
    await expect(app.query(`UPDATE "Attachment" SET "disclosureId" = $1 WHERE id = $2`, [second.id, attachmentId])).rejects.toThrow(/changed in place/);
    expect((await row(first.id)).contentHash).toBe(firstWith);
    expect((await row(second.id)).contentHash).toBe(await approvedHash(second.id));
  });

  it('the order attachments were added in does not matter; sha256 then file name decide it', async () => {
    const one = await makeDraft(db(), editor, { title: '顺序一' });
    const two = await makeDraft(db(), editor, { title: '顺序一' });
    await rawAttach(one.id, sha('e'), '乙.pdf');
    await rawAttach(one.id, sha('d'), '甲.pdf');
    await rawAttach(one.id, sha('d'), 'A.pdf');
    await rawAttach(two.id, sha('d'), 'A.pdf');
    await rawAttach(two.id, sha('d'), '甲.pdf');
    await rawAttach(two.id, sha('e'), '乙.pdf');
    expect((await row(one.id)).contentHash).toBe((await row(two.id)).contentHash);
    expect((await row(one.id)).contentHash).toBe(await jsHash(one.id));
  });

  it('a raw attachment slipped under a published gated item is refused by the database', async () => {
    const notice = await makeApprovedNotice(db(), editor, reviewer, { title: '已发布的通告' });
    await publishDisclosure(db(), editor, { id: notice.id });
    const before = await db().attachment.count();
    await expect(rawAttach(notice.id, sha('f'), '事后附件.pdf')).rejects.toThrow(/files of disclosure .* cannot be changed/);
    expect(await db().attachment.count()).toBe(before);
    expect((await row(notice.id)).contentHash).toBe(await approvedHash(notice.id));
  });

  it('an attachment added through the service before review is covered by the approval and published', async () => {
    const draft = await makeDraft(db(), editor, { title: '带附件送审的通告' });
    const textOnly = (await row(draft.id)).contentHash;
    await attachDisclosureFile(db(), editor, { disclosureId: draft.id, fileName: '附件.pdf', declaredType: 'application/pdf', stream: Readable.from([PDF]) }, { store });
    const withFile = await row(draft.id);
    expect(withFile.contentHash).not.toBe(textOnly);
    expect(withFile.contentHash).toBe(disclosureContentHash(withFile, withFile.attachments));
    const review = await checkAndSubmit(db(), editor, draft.id);
    expect(review.contentHash).toBe(withFile.contentHash);
    await decide(db(), reviewer, review.id, 'APPROVED');
    const published = await publishDisclosure(db(), editor, { id: draft.id });
    expect(published.status).toBe('PUBLISHED');
  });
});
