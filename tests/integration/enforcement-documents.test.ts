import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headers } from 'next/headers';
import { verifyDocumentAction } from '@/app/(public)/verify/actions';
import { getDb } from '@/lib/db';
import { DEFAULT_TEMPLATES } from '@/lib/domain/enforcement-documents/templates';
import { getCaseDetail } from '@/lib/queries/enforcement/cases';
import { checkDocument } from '@/lib/queries/enforcement/documents';
import { saveDocumentTemplate } from '@/lib/services/enforcement/document-templates';
import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { at, caseWithNotice, generate } from '../factories/documents';
import { form } from '../setup/act-as';
import { makeCaseWorld, type CaseWorld } from '../factories/enforcement';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/headers', () => ({ headers: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'case-documents-'));
const store = createLocalDiskStore(storageDir);
const db = () => getDb();
let w: CaseWorld;

beforeAll(async () => {
  w = await makeCaseWorld(db());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

async function storedBytes(evidenceId: string): Promise<Buffer> {
  const item = await db().evidenceItem.findUniqueOrThrow({ where: { id: evidenceId } });
  return readFileSync(path.join(storageDir, 'objects', item.storageKey));
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('generating a document', () => {
  it('writes the 事先告知书 from the case for party A only, numbered, its files in the sealed case-file chain', async () => {
    const kase = await caseWithNotice(db(), w, '张三李四未经登记开展募捐活动案');
    const doc = await generate(db(), w.officer, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id);
    expect(doc.number).toMatch(/^市中民罚告〔2026〕\d+号$/);

    const pdf = await storedBytes(doc.pdfEvidenceId);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);
    const text = await pdfText(pdf);
    for (const expected of [doc.number, '行政处罚事先告知书', '张三', '罚款5,000元', '三个工作日', '陈述、申辩', '市中区民政局', doc.verificationCode]) {
      expect(text).toContain(expected);
    }
    // Party B (李四) appears in the case's facts: none of their data reaches party A's document.
    for (const other of ['李四', '370102199002023456', '13900000000', '李家巷']) expect(text).not.toContain(other);
    const docx = await JSZip.loadAsync(await storedBytes(doc.docxEvidenceId));
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(xml).toContain('张三');
    for (const other of ['李四', '370102199002023456', '13900000000', '李家巷']) expect(xml).not.toContain(other);

    // The case file's chain still verifies with the documents in it (sealed evidence rows; the
    // factory's recording has no stored file, so the files are not re-hashed here).
    const verdict = await verifyCaseFile(db(), kase.caseId, { store, checkFiles: false });
    expect(verdict).toMatchObject({ ok: true });
    const row = await db().caseDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(row).toMatchObject({ templateVersion: 0, partyId: kase.zhang.id, organ: '市中区民政局' });
  });

  it('refuses a document the case is not ready for, naming what is missing, and uses no number', async () => {
    const kase = await caseWithNotice(db(), w, '未到决定的案件');
    const before = await db().documentCounter.findMany();
    await expect(generate(db(), w.officer, store, kase.caseId, 'PENALTY_DECISION', kase.zhang.id)).rejects.toThrow('负责人作出处罚决定后才能制作行政处罚决定书');
    await expect(generate(db(), w.editor, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id)).rejects.toThrow();
    expect(await db().documentCounter.findMany()).toEqual(before);
  });
});

describe('the portal role', () => {
  it('may not edit or remove a generated document or a template version, only advance the counters', async () => {
    const kase = await caseWithNotice(db(), w, '权限测试案');
    const doc = await generate(db(), w.officer, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id);
    await expect(db().$executeRaw`UPDATE "CaseDocument" SET "number" = 'x' WHERE "id" = ${doc.id}`).rejects.toThrow(/permission denied/);
    await expect(db().$executeRaw`DELETE FROM "CaseDocument" WHERE "id" = ${doc.id}`).rejects.toThrow(/permission denied/);
    await expect(db().$executeRaw`UPDATE "DocumentTemplate" SET "version" = 99`).rejects.toThrow(/permission denied/);
    await expect(db().$executeRaw`DELETE FROM "DocumentCounter"`).rejects.toThrow(/permission denied/);
  });
});

describe('the case view', () => {
  it('carries the documents panel, masked with the rest for staff not on the case', async () => {
    const kase = await caseWithNotice(db(), w, '案件页面脱敏测试案');
    await generate(db(), w.officer, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id);
    const own = await getCaseDetail(db(), kase.caseId, w.officer);
    expect(own.documents?.documents.map((d) => d.partyName)).toEqual(['张三']);
    expect(own.documents?.types.find((t) => t.type === 'RIGHTS_NOTICE')?.perParty.every((p) => p.blockers.length === 0)).toBe(true);
    const other = await getCaseDetail(db(), kase.caseId, w.editor);
    expect(other.documents?.documents).toHaveLength(1);
    expect(JSON.stringify(other.documents)).not.toMatch(/张三|李四/);
    expect(JSON.stringify(other.row.parties)).not.toMatch(/张三|李四|370102|139000|138000/);
  });
});

describe('numbering', () => {
  it('is gap-free and unique under concurrent generation', async () => {
    const cases = [];
    for (let i = 0; i < 6; i += 1) cases.push(await caseWithNotice(db(), w, `并发编号测试案${i}`));
    const start = (await db().documentCounter.findUnique({ where: { prefix_year: { prefix: '市中民罚告', year: 2026 } } }))?.last ?? 0;
    const results = await Promise.all(cases.map((k) => generate(db(), w.officer, store, k.caseId, 'RIGHTS_NOTICE', k.zhang.id)));
    const serials = results.map((r) => Number(/〔2026〕(\d+)号/.exec(r.number)![1])).sort((a, b) => a - b);
    expect(serials).toEqual([1, 2, 3, 4, 5, 6].map((n) => start + n));
    expect(new Set(results.map((r) => r.verificationCode)).size).toBe(6);
    // Two documents for the same case at once: the case lock orders them, both numbered.
    const same = cases[0]!;
    const pair = await Promise.all([
      generate(db(), w.officer, store, same.caseId, 'RIGHTS_NOTICE', same.li.id),
      generate(db(), w.officer, store, same.caseId, 'INSPECTION_RECORD', same.zhang.id),
    ]);
    expect(pair.map((p) => p.number)).toEqual([`市中民罚告〔2026〕${start + 7}号`, expect.stringMatching(/^市中民检〔2026〕\d+号$/)]);
    expect(await verifyCaseFile(db(), same.caseId, { store, checkFiles: false })).toMatchObject({ ok: true, records: 10 });
  });
});

describe('templates', () => {
  it('a template change (a new version) does not alter documents already generated', async () => {
    const kase = await caseWithNotice(db(), w, '模板变更测试案');
    const first = await generate(db(), w.officer, store, kase.caseId, 'INQUIRY_RECORD', kase.zhang.id);
    const firstBytes = await storedBytes(first.pdfEvidenceId);
    const firstRow = await db().caseDocument.findUniqueOrThrow({ where: { id: first.id } });

    await expect(
      saveDocumentTemplate(db(), w.admin, { type: 'INQUIRY_RECORD', content: { ...DEFAULT_TEMPLATES.INQUIRY_RECORD, sections: [{ heading: '', text: '{被询问人姓名}' }] } }),
    ).rejects.toThrow('模板中有不认识的字段：{被询问人姓名}');
    await expect(saveDocumentTemplate(db(), w.officer, { type: 'INQUIRY_RECORD', content: DEFAULT_TEMPLATES.INQUIRY_RECORD })).rejects.toThrow();
    const saved = await saveDocumentTemplate(db(), w.admin, {
      type: 'INQUIRY_RECORD',
      content: { ...DEFAULT_TEMPLATES.INQUIRY_RECORD, organName: '市中区民政局执法监察大队', sealText: '（执法专用章）', title: '询问笔录（第二版）' },
    });
    expect(saved.version).toBe(1);

    const second = await generate(db(), w.officer, store, kase.caseId, 'INQUIRY_RECORD', kase.zhang.id);
    const secondText = await pdfText(await storedBytes(second.pdfEvidenceId));
    expect(secondText).toContain('询问笔录（第二版）');
    expect(secondText).toContain('市中区民政局执法监察大队');
    expect((await db().caseDocument.findUniqueOrThrow({ where: { id: second.id } })).templateVersion).toBe(1);

    // The first document: same bytes on disk, same stored content, same hash, still verifies.
    expect((await storedBytes(first.pdfEvidenceId)).equals(firstBytes)).toBe(true);
    expect(await db().caseDocument.findUniqueOrThrow({ where: { id: first.id } })).toEqual(firstRow);
    expect(await pdfText(firstBytes)).not.toContain('第二版');
    expect(await checkDocument(db(), { code: first.verificationCode, sha256: first.pdfSha256 })).toMatchObject({ status: 'MATCH' });
  });
});

describe('public verification', () => {
  it('confirms a generated document by code and hash, and rejects one with a changed byte', async () => {
    const kase = await caseWithNotice(db(), w, '核验测试案');
    const doc = await generate(db(), w.officer, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id, at('2026-01-21'));
    const bytes = await storedBytes(doc.pdfEvidenceId);
    const ok = await checkDocument(db(), { code: doc.verificationCode, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(ok).toEqual({
      status: 'MATCH',
      document: { number: doc.number, label: '行政处罚事先告知书', organ: '市中区民政局', issuedOn: '2026-01-21', sha256: doc.pdfSha256 },
    });
    // Nothing personal in what /verify shows.
    expect(JSON.stringify(ok)).not.toMatch(/张三|李四|3701|138|139/);

    const altered = Buffer.from(bytes);
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    const forged = await checkDocument(db(), { code: doc.verificationCode, sha256: createHash('sha256').update(altered).digest('hex') });
    expect(forged.status).toBe('MISMATCH');
    expect(await checkDocument(db(), { sha256: createHash('sha256').update(altered).digest('hex') })).toEqual({ status: 'UNKNOWN' });
    expect(await checkDocument(db(), { sha256: doc.pdfSha256 })).toMatchObject({ status: 'MATCH' });
    expect(await checkDocument(db(), { code: 'ZZZZZZZZZZ', sha256: doc.pdfSha256 })).toEqual({ status: 'UNKNOWN' });
  });
});

describe('the /verify action', () => {
  it('answers through the public action with nothing personal, and is rate-limited per address', async () => {
    const kase = await caseWithNotice(db(), w, '核验接口测试案');
    const doc = await generate(db(), w.officer, store, kase.caseId, 'RIGHTS_NOTICE', kase.zhang.id);
    vi.mocked(headers).mockResolvedValue(new Headers({ 'x-forwarded-for': '198.51.100.23' }) as never);
    const ok = await verifyDocumentAction({ ok: false }, form({ verifyCode: doc.verificationCode.toLowerCase(), documentSha256: doc.pdfSha256.toUpperCase() }));
    expect(ok).toMatchObject({ ok: true, data: { status: 'MATCH', document: { number: doc.number } } });
    expect(JSON.stringify(ok)).not.toMatch(/张三|李四/);
    const wrong = await verifyDocumentAction({ ok: false }, form({ verifyCode: doc.verificationCode, documentSha256: '0'.repeat(64) }));
    expect(wrong).toMatchObject({ ok: true, data: { status: 'MISMATCH' } });
    const empty = await verifyDocumentAction({ ok: false }, form({ verifyCode: '', documentSha256: '' }));
    expect(empty.ok).toBe(false);
    expect(empty.message).toContain('验证码');
    // 20 look-ups per ten minutes from one address (3 used above): the 21st is refused.
    for (let i = 3; i < 20; i += 1) await verifyDocumentAction({ ok: false }, form({ verifyCode: doc.verificationCode }));
    const limited = await verifyDocumentAction({ ok: false }, form({ verifyCode: doc.verificationCode }));
    expect(limited).toMatchObject({ ok: false, message: '核验过于频繁，请十分钟后再试' });
    // Another address is not affected.
    vi.mocked(headers).mockResolvedValue(new Headers({ 'x-forwarded-for': '198.51.100.24' }) as never);
    expect(await verifyDocumentAction({ ok: false }, form({ verifyCode: doc.verificationCode }))).toMatchObject({ ok: true, data: { status: 'FOUND' } });
  });
});
