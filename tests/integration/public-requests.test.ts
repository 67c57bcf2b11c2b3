import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headers } from 'next/headers';
import { submitRequestAction } from '@/app/(public)/apply/actions';
import { trackAction } from '@/app/(public)/track/actions';
import { POST as downloadTrackedFile } from '@/app/(public)/track/file/route';
import {
  answerRequestAction,
  correctionReplyAction,
  endConsultationAction,
  extendRequestAction,
  requestCorrectionAction,
  startConsultationAction,
} from '@/app/(staff)/staff/requests/actions';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { noticeEntries } from '@/lib/domain/calendar/state-council-notices.fixture';
import { normaliseTrackingCode, PROOF_OF_WORK_BITS, leadingZeroBits } from '@/lib/domain/public-submissions';
import type { PublicActionState } from '@/lib/public-action';
import { listRequestRegister } from '@/lib/queries/requests/list-register';
import { loadDisclosureReportTables } from '@/lib/queries/reports/statistics';
import type { TrackView } from '@/lib/queries/requests/track-request';
import { issueChallenge } from '@/lib/services/public-submissions/challenge';
import { newTrackingCode } from '@/lib/services/public-submissions/tracking-code';
import { answerInformationRequest, recordInformationRequest } from '@/lib/services/requests/record-request';
import { actAs, form } from '../setup/act-as';
import { makeUser } from '../factories/users';
import { hashTrackingCode } from '@/lib/domain/public-submissions/tracking-code';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/headers', () => ({ headers: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'public-requests-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const db = () => getDb();
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
let editor: Actor;
let director: Actor;

const applicant = {
  applicantKind: 'PERSON',
  applicantName: '周卫东',
  idType: 'RESIDENT_ID',
  idNumber: '110101199003074514',
  contactPhone: '13900001111',
  contactEmail: '',
  contactAddress: '',
  subject: '2025年本区养老机构补贴发放情况',
  purpose: '',
  preferredForm: 'ELECTRONIC',
  delivery: 'ONLINE',
};

function from(address: string) {
  vi.mocked(headers).mockResolvedValue(new Headers({ 'x-forwarded-for': address }) as never);
}

/** The form as a browser without JavaScript sends it, 10 s after the page was served. */
function guard(issuedAgoMs = 10_000) {
  return { challenge: issueChallenge(new Date(Date.now() - issuedAgoMs)).token, website: '', nonce: '' };
}

async function submit(address: string, fields: Record<string, string> = {}, guardFields = guard()) {
  from(address);
  return (await submitRequestAction({ ok: false }, form({ ...applicant, ...guardFields, ...fields }))) as PublicActionState<{ code: string }>;
}

async function track(address: string, code: string) {
  from(address);
  return (await trackAction({ ok: false }, form({ code }))) as PublicActionState<{ code: string; view: TrackView }>;
}

async function counts() {
  const [requests, audit] = await Promise.all([db().informationRequest.count(), db().auditEvent.count()]);
  return { requests, audit };
}

beforeAll(async () => {
  await db().holiday.createMany({ data: noticeEntries([2025]).map((e) => ({ date: day(e.date), kind: e.kind, name: e.name })), skipDuplicates: true });
  editor = await makeUser(db(), { roles: ['EDITOR'] });
  director = await makeUser(db(), { roles: ['DIRECTOR'], name: '王局长' });
});

describe('a request submitted at /apply', () => {
  it('is stored with its hash only; the code is shown once; audited with no actor and no personal data', async () => {
    const before = await counts();
    const state = await submit('198.51.100.1');
    expect(state.ok).toBe(true);
    const code = normaliseTrackingCode(state.data!.code)!;
    expect(code).toHaveLength(20);
    const row = await db().informationRequest.findUniqueOrThrow({ where: { trackingCodeHash: hashTrackingCode(code) } });
    expect(row).toMatchObject({ channel: 'ONLINE', applicantName: '周卫东', outcome: 'PENDING' });
    expect(JSON.stringify(row)).not.toContain(code);
    expect(await counts()).toEqual({ requests: before.requests + 1, audit: before.audit + 1 });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: row.id } });
    expect(audit).toMatchObject({ actorId: null, action: 'request.submit' });
    expect(JSON.stringify(audit.after)).not.toMatch(/周卫东|110101199003074514|13900001111/);
  });

  it('refuses a bot or bad input and writes nothing', async () => {
    const before = await counts();
    const honeypot = await submit('198.51.100.2', {}, { ...guard(), website: 'http://spam.example' });
    expect(honeypot).toMatchObject({ ok: false, message: '提交未成功，请刷新页面后重新填写提交' });
    const forged = await submit('198.51.100.2', {}, { ...guard(), challenge: `${Date.now() - 60_000}.abc.forged` });
    expect(forged.ok).toBe(false);
    const tooFast = await submit('198.51.100.2', {}, guard(500));
    expect(tooFast).toMatchObject({ ok: false, message: '提交过快，请核对填写内容后再提交' });
    const invalid = await submit('198.51.100.2', { subject: '', delivery: 'EMAIL' });
    expect(invalid.ok).toBe(false);
    expect(invalid.fieldErrors?.subject).toBeDefined();
    expect(invalid.fieldErrors?.contactEmail).toEqual(['选择电子邮件送达时请填写电子邮箱']);
    expect(await counts()).toEqual(before);
  });

  it('admits a form sent at once when the browser computed the proof of work', async () => {
    const { token } = issueChallenge();
    let nonce = 0;
    while (leadingZeroBits(createHash('sha256').update(`${token}:${nonce}`).digest()) < PROOF_OF_WORK_BITS) nonce += 1;
    expect((await submit('198.51.100.3', {}, { challenge: token, website: '', nonce: String(nonce) })).ok).toBe(true);
  });

  it('throttles a flooding address without blocking another', async () => {
    for (let i = 0; i < 5; i += 1) expect((await submit('203.0.113.7')).ok).toBe(true);
    const before = await counts();
    expect(await submit('203.0.113.7')).toEqual({ ok: false, message: '您提交的申请过于频繁，请一小时后再试' });
    expect(await counts()).toEqual(before);
    expect((await submit('203.0.113.8')).ok).toBe(true);
    // Only hashes of the addresses are kept.
    const keys = await db().publicRateLimitBucket.findMany({ select: { key: true } });
    expect(JSON.stringify(keys)).not.toContain('203.0.113');
  });

  it('lets one served form be sent a few times, not replayed for a flood from many addresses', async () => {
    const served = guard();
    for (let i = 0; i < 5; i += 1) expect((await submit(`192.0.2.${100 + i}`, { subject: '' }, served)).fieldErrors?.subject).toBeDefined();
    const before = await counts();
    expect(await submit('192.0.2.110', {}, served)).toEqual({ ok: false, message: '该页面已多次提交，请刷新页面后重新填写' });
    expect(await counts()).toEqual(before);
    expect((await submit('192.0.2.110')).ok).toBe(true);
  });
});

describe('/track', () => {
  it('shows nothing without the right code, and no personal data with it', async () => {
    const { code } = (await submit('198.51.100.20')).data!;
    const found = await track('198.51.100.21', code.toLowerCase());
    expect(found.ok).toBe(true);
    expect(found.data!.view).toMatchObject({ status: 'RECEIVED', subject: applicant.subject, files: [] });
    expect(JSON.stringify(found.data)).not.toMatch(/周卫东|110101199003074514|13900001111/);
    const notFound = { ok: false, message: '未找到与该查询码对应的申请，请核对后重新输入。' };
    expect(await track('198.51.100.21', newTrackingCode().code)).toEqual(notFound);
    expect(await track('198.51.100.21', code.slice(0, -1))).toEqual(notFound);
    expect(await track('198.51.100.21', 'anything')).toEqual(notFound);
  });

  it('rate-limits look-ups per address (guessing is throttled), other addresses unaffected', async () => {
    for (let i = 0; i < 10; i += 1) expect((await track('192.0.2.50', newTrackingCode().code)).ok).toBe(false);
    expect(await track('192.0.2.50', newTrackingCode().code)).toEqual({ ok: false, message: '查询过于频繁，请十分钟后再试' });
    expect((await track('192.0.2.51', newTrackingCode().code)).message).toBe('未找到与该查询码对应的申请，请核对后重新输入。');
  });
});

describe('the statutory clock on an online request, seen by staff and by the applicant', () => {
  it('pauses for a correction, excludes a consultation, extends with the head’s approval, and delivers a 部分公开 answer', async () => {
    const { code } = (await submit('198.51.100.30')).data!;
    const row = await db().informationRequest.findUniqueOrThrow({ where: { trackingCodeHash: hashTrackingCode(normaliseTrackingCode(code)!) } });
    // As if received before the 2025 National Day break (test setup, not a step of the workflow).
    await db().informationRequest.update({ where: { id: row.id }, data: { receivedOn: day('2025-09-25') } });
    const requestId = row.id;
    const status = async () => (await track('198.51.100.31', code)).data!.view;
    expect(await status()).toMatchObject({ status: 'RECEIVED', dueOn: '2025-10-29' });

    await actAs(editor);
    // The 8th working day after receipt (Oct 13, counting the make-up days) is too late for a correction.
    expect((await requestCorrectionAction({ ok: false }, form({ requestId, on: '2025-10-13', note: '请明确年份' }))).message).toContain('7个工作日内告知补正');
    expect(await requestCorrectionAction({ ok: false }, form({ requestId, on: '2025-09-30', note: '请说明所需补贴信息的具体年份' }))).toMatchObject({ ok: true });
    expect(await status()).toMatchObject({ status: 'AWAITING_CORRECTION', dueOn: null, correctionNote: '请说明所需补贴信息的具体年份' });
    expect((await extendRequestAction({ ok: false }, form({ requestId, on: '2025-10-01', days: '5', reason: '测试' }))).message).toBe('您没有执行此操作的权限。');

    expect((await correctionReplyAction({ ok: false }, form({ requestId, on: '2025-10-10' }))).ok).toBe(true);
    expect(await status()).toMatchObject({ status: 'RECEIVED', dueOn: '2025-11-06' });
    expect((await startConsultationAction({ ok: false }, form({ requestId, on: '2025-10-13' }))).ok).toBe(true);
    expect(await status()).toMatchObject({ status: 'CONSULTING', dueOn: null });
    expect((await endConsultationAction({ ok: false }, form({ requestId, on: '2025-10-17' }))).ok).toBe(true);
    expect(await status()).toMatchObject({ status: 'RECEIVED', dueOn: '2025-11-12' });

    await actAs(director);
    expect((await extendRequestAction({ ok: false }, form({ requestId, on: '2025-10-20', days: '21', reason: '数量较大' }))).fieldErrors?.days).toBeDefined();
    expect(await extendRequestAction({ ok: false }, form({ requestId, on: '2025-10-20', days: '10', reason: '涉及档案数量较大' }))).toMatchObject({ ok: true });
    expect((await extendRequestAction({ ok: false }, form({ requestId, on: '2025-10-21', days: '5', reason: '再延' }))).message).toContain('只能延长一次');
    expect(await status()).toMatchObject({ status: 'EXTENDED', dueOn: '2025-11-26', extensionReason: '涉及档案数量较大' });

    const [registered] = (await listRequestRegister(db())).filter((r) => r.id === requestId);
    expect(registered?.clock).toMatchObject({ state: 'RUNNING', due: '2025-11-26', workingDays: 34, excludedWorkingDays: 4 });
    expect(registered?.clock?.steps.join('\n')).toMatch(/收到补正.*重新计算[\s\S]*不计入4个工作日[\s\S]*延长10个工作日[\s\S]*截止2025-11-26/);
    expect(registered?.extensionApprovedBy).toBe('王局长');

    await actAs(editor);
    const answer = form({
      requestId,
      outcome: 'DISCLOSED_IN_PART',
      withholdingReason: 'THIRD_PARTY_RIGHTS',
      outcomeReason: '涉及个人信息的部分不予公开',
      answeredOn: '2025-11-20',
    });
    answer.append('file', new File([PDF], '补贴发放情况.pdf', { type: 'application/pdf' }));
    expect(await answerRequestAction({ ok: false }, answer)).toMatchObject({ ok: true });
    const answered = await status();
    expect(answered).toMatchObject({ status: 'ANSWERED', outcome: 'DISCLOSED_IN_PART', withholdingReason: 'THIRD_PARTY_RIGHTS', answeredOn: '2025-11-20' });
    expect(answered.files.map((f) => f.kind).sort()).toEqual(['ANSWER_LETTER', 'DELIVERED']);

    const download = (c: string, fileId: string) => {
      const body = new FormData();
      body.append('code', c);
      body.append('fileId', fileId);
      return downloadTrackedFile(new Request('http://localhost/track/file', { method: 'POST', body, headers: { 'x-forwarded-for': '198.51.100.32' } }));
    };
    const delivered = answered.files.find((f) => f.kind === 'DELIVERED')!;
    const ok = await download(code, delivered.id);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PDF)).toBe(true);
    const letter = await download(code, answered.files.find((f) => f.kind === 'ANSWER_LETTER')!.id);
    expect(letter.headers.get('content-type')).toContain('wordprocessingml');
    expect((await download(newTrackingCode().code, delivered.id)).status).toBe(404);
  });
});

describe('the disclosure annual report', () => {
  it('counts online and registered requests: new, carried over, answered by type, carried forward; the tables reconcile', async () => {
    await actAs(editor);
    const person = await recordInformationRequest(db(), editor, { receivedOn: '2024-03-01', applicantKind: 'PERSON', subject: '低保名单' });
    await answerInformationRequest(db(), editor, {
      requestId: person.id,
      outcome: 'DISCLOSED_IN_PART',
      withholdingReason: 'THIRD_PARTY_RIGHTS',
      outcomeReason: '个人信息不公开',
      answeredOn: '2024-03-20',
    });
    await recordInformationRequest(db(), editor, { receivedOn: '2024-12-20', applicantKind: 'BUSINESS', subject: '招标文件' });
    const { code } = (await submit('198.51.100.40', { applicantKind: 'RESEARCH' })).data!;
    const online = await db().informationRequest.update({ where: { trackingCodeHash: hashTrackingCode(normaliseTrackingCode(code)!) }, data: { receivedOn: day('2024-12-30') } });
    await answerInformationRequest(db(), editor, {
      requestId: online.id,
      outcome: 'NOT_DISCLOSED',
      withholdingReason: 'PROCESS_INFORMATION',
      outcomeReason: '属于过程性信息',
      answeredOn: '2025-01-10',
    });

    const y2024 = await loadDisclosureReportTables(db(), 2024);
    expect(y2024.problems).toEqual([]);
    expect(y2024.tables.requests.received).toMatchObject({ PERSON: 1, BUSINESS: 1, RESEARCH: 1, TOTAL: 3 });
    expect(y2024.tables.requests.DISCLOSED_IN_PART).toMatchObject({ PERSON: 1, TOTAL: 1 });
    expect(y2024.tables.requests.carriedOut).toMatchObject({ BUSINESS: 1, RESEARCH: 1, TOTAL: 2 });
    const y2025 = await loadDisclosureReportTables(db(), 2025);
    expect(y2025.problems).toEqual([]);
    expect(y2025.tables.requests.carriedIn).toMatchObject({ BUSINESS: 1, RESEARCH: 1, TOTAL: 2 });
    expect(y2025.tables.requests.NOT_DISCLOSED).toMatchObject({ RESEARCH: 1 });
    expect(y2025.tables.requests.DISCLOSED_IN_PART.PERSON).toBeGreaterThanOrEqual(1);
  });
});
