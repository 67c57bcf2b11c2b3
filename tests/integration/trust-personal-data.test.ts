import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as feedRoute } from '@/app/(public)/feeds/[slug]/route';
import { decideCaseAction } from '@/app/(staff)/staff/cases/actions';
import { initialActionState } from '@/lib/action-state';
import { getDb } from '@/lib/db';
import { findPartyPersonalData, type PartyPersonalData } from '@/lib/domain/privacy';
import { getDisclosureDetail } from '@/lib/queries/disclosure/get-disclosure-detail';
import { listPublicParties } from '@/lib/queries/disclosure/list-public-parties';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { attachDisclosureFile } from '@/lib/services/disclosure/attach-disclosure-file';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { secrecyChecker } from '../factories/disclosures';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { withdrawDisclosure } from '@/lib/services/disclosure/withdraw-disclosure';
import { onBanCaseClosed } from '@/lib/services/enforcement/watchlist-exposure';
import { createLocalDiskStore } from '@/lib/storage/local-disk-store';
import { actAs, form } from '../setup/act-as';
import { addRecording, advance, caseFields, fileTestCase, makeCaseWorld, type CaseWorld } from '../factories/enforcement';
import { makeEvidenceCase } from '../factories/evidence';

// Issue 10, observation 1: a citizen's ID number, mobile, address and full name were published
// through the 执法公示 of a penalty case whose legal basis carried them. Everything below goes
// through the same services and actions as the staff pages, connected as portal_app.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: () => unknown) => fn }));
// A recorded step redirects to the case page with its confirmation (as filing does).
vi.mock('next/navigation', async (importOriginal) => ({ ...(await importOriginal<typeof import('next/navigation')>()), redirect: vi.fn() }));

const storageDir = mkdtempSync(path.join(tmpdir(), 'privacy-storage-'));
const store = createLocalDiskStore(storageDir);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const db = () => getDb();
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+08:00`);

const NAME = '王建国';
const ID = '310115199003071239'; // a valid GB 11643 resident ID number
const MOBILE = '13912345678';
const ADDRESS = '市中区幸福路88号3单元';
const SECRETS = [NAME, ID, MOBILE, ADDRESS];
const LEAKY_BASIS = `《社会团体登记管理条例》第三十五条。当事人${NAME}（身份证号${ID}，手机${MOBILE}，住${ADDRESS}）`;

let w: CaseWorld;
let seq = 0;
beforeAll(async () => {
  w = await makeCaseWorld(db());
});
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

/** A penalty case against 王建国 whose legal basis carries his data, decided: returns its publicity draft. */
async function decidedCase() {
  seq += 1;
  const filed = await fileTestCase(
    db(),
    w.officer,
    caseFields(w, {
      caseTitle: `个人信息测试案${seq}`,
      legalBasis: LEAKY_BASIS,
      partyName0: NAME,
      partyIdNumber0: ID,
      partyPhone0: MOBILE,
      partyAddress0: ADDRESS,
    }),
    at('2026-03-02'),
  );
  await advance(db(), w.officer, filed.id, 'INVESTIGATION', {}, at('2026-03-02'));
  await addRecording(db(), filed.id, w.officer.id, at('2026-03-03'));
  await advance(db(), w.officer, filed.id, 'RIGHTS_NOTICE', { penaltyKinds: ['WARNING', 'FINE'], fineAmount: '2000', noticeServedOn: '2026-03-04' }, at('2026-03-04'));
  await advance(db(), w.officer, filed.id, 'STATEMENT_OR_HEARING', {}, at('2026-03-05'));
  await actAs(w.director);
  const decided = await decideCaseAction(
    initialActionState,
    form({ caseId: filed.id, to: 'DECISION', decisionNumber: `市中民罚决〔2026〕${60 + seq}号`, decidedOn: '2026-03-09', partyPresent: 'on' }),
  );
  expect(decided).toMatchObject({ ok: true });
  return db().disclosure.findFirstOrThrow({ where: { enforcementCaseId: filed.id } });
}

const expectNone = (text: string) => {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
};

async function typeBack(id: string, body: string) {
  const row = await db().disclosure.findUniqueOrThrow({ where: { id } });
  await updateDraft(
    db(),
    w.editor,
    {
      id,
      expectedUpdatedAt: row.updatedAt.toISOString(),
      category: row.category,
      title: row.title,
      summary: row.summary,
      body,
      sourceDepartment: row.sourceDepartment,
      formedOn: row.formedOn.toISOString().slice(0, 10),
    },
    at('2026-03-10', 9),
  );
}

async function publishClean() {
  const draft = await decidedCase();
  await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' }, at('2026-03-10'));
  await publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11'));
  return draft;
}

describe('observation 1: the personal data of the party never leaves for the public', () => {
  it('the generated 执法公示 draft carries none of the name, ID number, mobile or address from the legal basis', async () => {
    const draft = await decidedCase();
    expectNone(`${draft.title}\n${draft.summary}\n${draft.body}`);
    expect(draft.body).toContain('当事人：王某某');
    expect(draft.body).toContain('执法依据：《社会团体登记管理条例》第三十五条。当事人王某某（身份证号（已隐去），手机（已隐去），住（已隐去））');
  });

  it('an editor who types them back passes the secrecy check, but publishing is refused in Chinese naming field and kind (art. 15), writing nothing', async () => {
    const draft = await decidedCase();
    await typeBack(draft.id, `${draft.body}\n补充：当事人${NAME}，身份证${ID}，电话${MOBILE}，住${ADDRESS}`);
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' }, at('2026-03-10'));
    // The staff page explains it before the button: at the secrecy check and among the publish blockers.
    const detail = await getDisclosureDetail(db(), draft.id, at('2026-03-10'));
    expect(detail?.personalData).toEqual(['正文：当事人姓名 1 处、身份证号码 1 处、手机号码 1 处、当事人住址 1 处']);
    expect(detail?.blockers.publish.map((b) => b.code)).toEqual(['PERSONAL_DATA']);

    const audits = await db().auditEvent.count();
    const refusal = await publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11')).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'RULE_VIOLATION' });
    const message = (refusal as { userMessage: string }).userMessage;
    expect(message).toContain('正文：当事人姓名 1 处、身份证号码 1 处、手机号码 1 处、当事人住址 1 处');
    expect(message).toContain('《中华人民共和国政府信息公开条例》第十五条');
    expectNone(message);
    expect(await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'SECRECY_CHECKED', publishedAt: null, indexNumber: null });
    expect(await db().auditEvent.count()).toBe(audits);
  });

  it('an attachment whose file name carries the party’s name blocks publication too', async () => {
    const draft = await decidedCase();
    await attachDisclosureFile(
      db(),
      w.editor,
      { disclosureId: draft.id, fileName: `${NAME}处罚决定书.pdf`, declaredType: 'application/pdf', stream: Readable.from([PDF]) },
      { store },
    );
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' }, at('2026-03-10'));
    await expect(publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11'))).rejects.toMatchObject({
      userMessage: expect.stringContaining('第1个附件的文件名：当事人姓名 1 处'),
    });
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('SECRECY_CHECKED');
  });

  it('the database refuses raw SQL as portal_app: publishing it, and putting the data into a published item', async () => {
    const draft = await decidedCase();
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' }, at('2026-03-10'));
    const leaky = `${draft.body}\n身份证号${ID}`;
    await expect(db().$executeRaw`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now(), body = ${leaky} WHERE id = ${draft.id}`).rejects.toThrow(
      /personal data gate/,
    );
    expect(await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'SECRECY_CHECKED', body: draft.body });

    await publishDisclosure(db(), w.editor, { id: draft.id }, at('2026-03-11'));
    await expect(db().$executeRaw`UPDATE "Disclosure" SET summary = summary || ${`（${ADDRESS}）`} WHERE id = ${draft.id}`).rejects.toThrow(/personal data gate/);
    await expect(
      db().$executeRaw`INSERT INTO "Attachment" (id, "storageKey", "fileName", "mimeType", size, sha256, "disclosureId")
        VALUES ('privacy-att', 'privacy/att', ${`${MOBILE}.pdf`}, 'application/pdf', 1, 'x', ${draft.id})`,
      // Files under a published item are immutable (ADR 0020), which refuses it first.
    ).rejects.toThrow(/personal data gate|cannot be changed/);
    const after = await db().disclosure.findUniqueOrThrow({ where: { id: draft.id }, include: { attachments: true } });
    expect(after).toMatchObject({ status: 'PUBLISHED', summary: draft.summary, attachments: [] });
  });

  it('the published item’s public detail and its Atom feeds carry none of them', async () => {
    const draft = await publishClean();
    const item = await getPublicDisclosure(draft.id);
    expect(item).toMatchObject({ state: 'published' });
    expectNone(JSON.stringify(item));
    expectNone(JSON.stringify(await listPublicParties(db(), draft.id)));
    for (const slug of ['all', 'enforcement']) {
      const response = await feedRoute(new Request(`http://localhost/feeds/${slug}`), { params: Promise.resolve({ slug }) });
      const xml = await response.text();
      expect(xml).toContain(draft.id);
      expectNone(xml);
    }
  });

  it('after withdrawal the public detail shows only the notice: no old title or summary; a reason naming the party is refused', async () => {
    const draft = await publishClean();
    const published = await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } });
    const input = { id: draft.id, decisionChangedOn: '2026-03-12' };
    await expect(withdrawDisclosure(db(), w.editor, { ...input, reason: `${NAME}申请复议，原决定被撤销` }, at('2026-03-12'))).rejects.toMatchObject({
      userMessage: expect.stringMatching(/撤回理由：当事人姓名 1 处[\s\S]*第十五条/),
    });
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('PUBLISHED');
    // Nor through raw SQL as portal_app.
    await expect(
      db().$executeRaw`UPDATE "Disclosure" SET status = 'WITHDRAWN', "withdrawnAt" = now(), "withdrawalReason" = ${`当事人${NAME}已改正`} WHERE id = ${draft.id}`,
    ).rejects.toThrow(/personal data gate/);

    await withdrawDisclosure(db(), w.editor, { ...input, reason: '经行政复议，原处罚决定被撤销' }, at('2026-03-12'));
    const item = await getPublicDisclosure(draft.id);
    expect(item).toMatchObject({ state: 'withdrawn', title: '该信息已撤回', summary: '', withdrawalReason: '经行政复议，原处罚决定被撤销', withdrawnOn: '2026-03-12' });
    const json = JSON.stringify(item);
    expect(json).not.toContain(published.title);
    expect(json).not.toContain(published.summary);
    expect(json).not.toContain('当事人');
    expectNone(json);
  });
});

describe('the exposure item of a banned organisation', () => {
  it('is drafted without the organiser’s name or the reporter’s mobile, and cannot be published with them typed back', async () => {
    const watched = await db().watchedOrganisation.create({
      data: { name: '城南互助联谊会', source: `${NAME}的邻居举报，手机${MOBILE}`, notedOn: new Date('2026-02-01'), createdById: w.officer.id },
    });
    const kase = await makeEvidenceCase(db(), w, {
      type: 'ILLEGAL_SOCIAL_ORG_BAN',
      watchedOrganisationId: watched.id,
      state: 'CLOSED',
      closedOn: new Date('2026-02-10T00:00:00Z'),
    });
    await db().caseParty.create({ data: { caseId: kase.id, kind: 'PERSON', name: NAME, idNumber: ID } });
    await db().$transaction((tx) => onBanCaseClosed(tx, { caseId: kase.id, actorId: w.officer.id, now: new Date('2026-02-10T03:00:00Z') }));
    const { exposureDisclosureId } = await db().watchedOrganisation.findUniqueOrThrow({ where: { id: watched.id } });
    const draft = await db().disclosure.findUniqueOrThrow({ where: { id: exposureDisclosureId! } });
    expect(draft.enforcementCaseId).toBeNull(); // linked through the watch list, not the case
    expectNone(`${draft.title}\n${draft.summary}\n${draft.body}`);
    expect(draft.body).toContain('线索来源：王某某的邻居举报，手机（已隐去）');

    await typeBack(draft.id, `${draft.body}\n组织者：${NAME}`);
    await recordSecrecyCheck(db(), await secrecyChecker(db()), { id: draft.id, note: '' });
    await expect(publishDisclosure(db(), w.editor, { id: draft.id })).rejects.toMatchObject({
      userMessage: expect.stringContaining('正文：当事人姓名 1 处'),
    });
    await expect(db().$executeRaw`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now() WHERE id = ${draft.id}`).rejects.toThrow(/personal data gate/);
  });
});

describe('the database trigger and the domain guard agree on the parties’ data', () => {
  const person: PartyPersonalData = { kind: 'PERSON', name: NAME, idNumber: ID, phone: MOBILE, address: ADDRESS };
  const organisation: PartyPersonalData = { kind: 'ORGANISATION', name: '阳光养老服务中心', idNumber: '11010519491231002X', legalRepresentative: '欧阳明', phone: '0531-88886666' };
  // Recorded half-masked, as the demo data does: its own mask 周某某 is not the name.
  const halfMasked: PartyPersonalData = { kind: 'PERSON', name: '周某' };
  const MATRIX = [
    '本局依法作出处罚决定。',
    `当事人${NAME}`,
    '当事人王 建 国',
    '当事人王某某',
    '王建',
    `电话１３９－１２３４－５６７８`,
    '电话139 1234 5678',
    '住市中区幸福路 88 号 3 单元',
    '住市中区幸福路88号',
    '身份证号11010519491231002x',
    '阳光养老服务中心',
    '法定代表人欧阳明',
    '法定代表人欧阳某某',
    '电话0531－88886666',
    '联系电话13800001111',
    `卡号6222021234567890128`,
    '当事人周某某',
    '当事人周某，',
    '周某某与周某',
  ];

  it('runs one matrix of texts through findPartyPersonalData and through the trigger (as portal_app)', async () => {
    const filed = await fileTestCase(
      db(),
      w.officer,
      caseFields(w, {
        caseTitle: '一致性测试案',
        partyName0: NAME,
        partyIdNumber0: ID,
        partyPhone0: MOBILE,
        partyAddress0: ADDRESS,
        partyKind1: 'ORGANISATION',
        partyName1: organisation.name,
        partyIdNumber1: organisation.idNumber!,
        partyRepresentative1: organisation.legalRepresentative!,
        partyPhone1: organisation.phone!,
        partyAddress1: '',
        partyKind2: 'PERSON',
        partyName2: halfMasked.name,
      }),
      at('2026-03-02'),
    );
    const parties = await db().caseParty.findMany({ where: { caseId: filed.id } });
    expect(parties).toHaveLength(3);
    const disclosure = await db().disclosure.create({
      data: {
        category: 'WORK_NEWS',
        title: '一致性测试',
        body: '正文',
        sourceDepartment: '市中区民政局',
        formedOn: new Date('2026-03-01'),
        requiresReview: false,
        authorId: w.editor.id,
        enforcementCaseId: filed.id,
      },
    });
    class Rollback extends Error {}
    const results = [];
    for (const text of MATRIX) {
      const domain = findPartyPersonalData(text, [person, organisation, halfMasked]).length > 0;
      const database = await db()
        .$transaction(async (tx) => {
          await tx.$executeRaw`UPDATE "Disclosure" SET status = 'PUBLISHED', "publishedAt" = now(), body = ${text} WHERE id = ${disclosure.id}`;
          throw new Rollback();
        })
        .then(
          () => 'committed',
          (error: unknown) => (error instanceof Rollback ? false : /personal data gate/.test(String(error)) ? true : String(error)),
        );
      results.push({ text, domain, database });
    }
    expect(results.filter((r) => r.domain !== r.database)).toEqual([]);
    // The matrix exercises both answers.
    expect(results.filter((r) => r.domain).length).toBe(10);
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: disclosure.id } })).status).toBe('DRAFT');
  });
});
