import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headers } from 'next/headers';
import { submitReportAction } from '@/app/(public)/report/actions';
import { trackAction } from '@/app/(public)/track/actions';
import { acceptReportAction, closeReportAction } from '@/app/(staff)/staff/public-reports/actions';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { normaliseTrackingCode } from '@/lib/domain/public-submissions';
import type { PublicActionState } from '@/lib/public-action';
import { listReportInbox, type ReportTrackView } from '@/lib/queries/public-reports/reports';
import { issueChallenge } from '@/lib/services/public-submissions/challenge';
import { actAs, form } from '../setup/act-as';
import { makeUser } from '../factories/users';
import { hashTrackingCode } from '@/lib/domain/public-submissions/tracking-code';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'public-reports-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const db = () => getDb();
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a5d20000000049454e44ae426082', 'hex');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
let officer: Actor;
let legal: Actor;

const illegalOrg = {
  kind: 'ILLEGAL_ORG',
  anonymous: 'on',
  organisationName: '中华国学养生促进总会',
  place: '和平路12号二楼',
  description: '以“养老投资”为名组织老年人集会收取会费',
};

function submission(fields: Record<string, string>, files: { name: string; type: string; body: Buffer }[] = []) {
  const data = form({ ...fields, challenge: issueChallenge(new Date(Date.now() - 10_000)).token, website: '', nonce: '' });
  for (const f of files) data.append('evidence', new File([new Uint8Array(f.body)], f.name, { type: f.type }));
  return data;
}

async function submit(address: string, data: FormData) {
  vi.mocked(headers).mockResolvedValue(new Headers({ 'x-forwarded-for': address }) as never);
  return (await submitReportAction({ ok: false }, data)) as PublicActionState<{ code: string }>;
}

async function track(code: string) {
  vi.mocked(headers).mockResolvedValue(new Headers({ 'x-forwarded-for': '198.51.100.99' }) as never);
  return ((await trackAction({ ok: false }, form({ code }))) as PublicActionState<{ report?: ReportTrackView }>).data?.report;
}

const storedFiles = () => readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const counts = async () => ({ reports: await db().publicReport.count(), files: await db().publicReportFile.count(), audit: await db().auditEvent.count(), stored: storedFiles() });

beforeAll(async () => {
  officer = await makeUser(db(), { roles: ['OFFICER'] });
  legal = await makeUser(db(), { roles: ['LEGAL_REVIEWER'] });
});

describe('a report at /report', () => {
  it('is taken anonymously with evidence, audited with no actor, and found by its code only', async () => {
    const before = await counts();
    const state = await submit('198.51.100.60', submission(illegalOrg, [{ name: '现场照片.png', type: 'image/png', body: PNG }]));
    expect(state.ok).toBe(true);
    const report = await db().publicReport.findUniqueOrThrow({ where: { trackingCodeHash: hashTrackingCode(normaliseTrackingCode(state.data!.code)!) }, include: { files: true } });
    expect(report).toMatchObject({ anonymous: true, reporterName: null, reporterContact: null, status: 'RECEIVED' });
    expect(report.files.map((f) => f.mimeType)).toEqual(['image/png']);
    expect(await counts()).toEqual({ reports: before.reports + 1, files: before.files + 1, audit: before.audit + 1, stored: before.stored + 1 });
    expect(await db().auditEvent.findFirstOrThrow({ where: { entityId: report.id } })).toMatchObject({ actorId: null, action: 'publicReport.submit' });
    expect(await track(state.data!.code)).toEqual({ kind: 'ILLEGAL_ORG', receivedOn: today, status: 'RECEIVED', closedOn: null, answer: null });
  });

  it('refuses an executable, an oversized file and a named report without contact, leaving nothing behind', async () => {
    const before = await counts();
    const exe = await submit(
      '198.51.100.61',
      submission(illegalOrg, [
        { name: '照片.png', type: 'image/png', body: PNG },
        { name: 'setup.exe', type: 'application/x-msdownload', body: EXE },
      ]),
    );
    expect(exe.ok).toBe(false);
    expect(exe.message).toMatch(/PDF|格式|类型/);
    const big = await submit('198.51.100.61', submission(illegalOrg, [{ name: '大文件.png', type: 'image/png', body: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]) }]));
    expect(big.fieldErrors?.evidence).toEqual(['每个证据材料文件不能超过5MB']);
    const named = await submit('198.51.100.61', submission({ ...illegalOrg, anonymous: '', reporterName: '李某' }));
    expect(named.fieldErrors?.reporterContact).toEqual(['实名提交请填写联系方式，或选择匿名']);
    expect(await counts()).toEqual(before);
  });
});

describe('staff triage', () => {
  it('turns a report into a watch-list entry (linked both ways), closes it with an answer the reporter sees', async () => {
    const { code } = (await submit('198.51.100.62', submission(illegalOrg))).data!;
    const report = await db().publicReport.findUniqueOrThrow({ where: { trackingCodeHash: hashTrackingCode(normaliseTrackingCode(code)!) } });

    await actAs(legal);
    expect((await acceptReportAction({ ok: false }, form({ reportId: report.id, on: today, link: 'WATCHLIST', caseNumber: '' }))).message).toBe('您没有执行此操作的权限。');
    expect((await listReportInbox(db(), legal.roles)).some((r) => r.id === report.id)).toBe(false);

    await actAs(officer);
    const [row] = (await listReportInbox(db(), officer.roles)).filter((r) => r.id === report.id);
    expect(row?.due.acceptExplanation).toMatch(/^受理期限：自\d{4}-\d{2}-\d{2}次日起算15日/);
    expect((await acceptReportAction({ ok: false }, form({ reportId: report.id, on: today, link: 'CASE', caseNumber: '不存在-001' }))).fieldErrors?.caseNumber).toEqual([
      '未找到该编号的执法案件',
    ]);
    expect(await acceptReportAction({ ok: false }, form({ reportId: report.id, on: today, link: 'WATCHLIST', caseNumber: '' }))).toMatchObject({ ok: true });
    const linked = await db().publicReport.findUniqueOrThrow({
      where: { id: report.id },
      include: { watchedOrganisation: { include: { publicReports: { select: { id: true } } } } },
    });
    expect(linked.watchedOrganisation).toMatchObject({ name: '中华国学养生促进总会', source: '群众举报', status: 'SUSPECTED' });
    expect(linked.watchedOrganisation?.publicReports).toEqual([{ id: report.id }]);
    expect(linked.acceptedOn).not.toBeNull();
    const [accepted] = (await listReportInbox(db(), officer.roles)).filter((r) => r.id === report.id);
    expect(accepted?.due.closeExplanation).toMatch(/^办结期限：自\d{4}-\d{2}-\d{2}次日起算60日/);
    expect(await track(code)).toMatchObject({ status: 'ACCEPTED', answer: null });

    expect(await closeReportAction({ ok: false }, form({ reportId: report.id, on: today, answer: '经核查，该组织已列入预警名单并依法处理。' }))).toMatchObject({ ok: true });
    const seen = await track(code);
    expect(seen).toEqual({ kind: 'ILLEGAL_ORG', receivedOn: today, status: 'CLOSED', closedOn: today, answer: '经核查，该组织已列入预警名单并依法处理。' });
    expect(JSON.stringify(seen)).not.toContain(linked.watchedOrganisation!.id);
  });

  it('routes a complaint about enforcement to the legal-affairs office', async () => {
    const { code } = (await submit('198.51.100.63', submission({ kind: 'COMPLAINT', anonymous: 'on', officerName: '执法证号37010001', description: '检查时未出示执法证件' })))
      .data!;
    const report = await db().publicReport.findUniqueOrThrow({ where: { trackingCodeHash: hashTrackingCode(normaliseTrackingCode(code)!) } });
    expect((await listReportInbox(db(), officer.roles)).some((r) => r.id === report.id)).toBe(false);
    await actAs(officer);
    expect((await closeReportAction({ ok: false }, form({ reportId: report.id, on: today, answer: 'x' }))).message).toBe('您没有执行此操作的权限。');
    await actAs(legal);
    expect(await acceptReportAction({ ok: false }, form({ reportId: report.id, on: today, link: 'NONE', caseNumber: '' }))).toMatchObject({ ok: true });
    expect(await track(code)).toMatchObject({ kind: 'COMPLAINT', status: 'ACCEPTED' });
  });
});
