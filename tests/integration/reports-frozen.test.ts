import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { editParagraphAction, generateReportAction, publishReportAction, recordSubmissionAction, sendReportAction } from '@/app/(staff)/staff/reports/actions';
import { initialActionState } from '@/lib/action-state';
import { toActor, type Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { reportGaps } from '@/lib/domain/reports/gaps';
import { findParagraph } from '@/lib/domain/reports/model';
import { renderPlainText } from '@/lib/domain/reports/render';
import { getElderlyCareCoverage } from '@/lib/queries/inspections/coverage';
import { metricValues } from '@/lib/queries/metrics/registry';
import { getLegalStaffRatio } from '@/lib/queries/officers/officer-figures';
import { getReportView } from '@/lib/queries/reports/get-report';
import { loadPublishedChanges } from '@/lib/queries/reports/published-changes';
import { loadSubmissions } from '@/lib/queries/reports/submissions';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { retireDevice } from '@/lib/services/enforcement/devices';
import { updateSupervisedEntity } from '@/lib/services/inspections/update-entity';
import { revokeCertificate } from '@/lib/services/officers/revoke-certificate';
import { updateOfficer } from '@/lib/services/officers/update-officer';
import { decideReview } from '@/lib/services/review/decide-review';
import { exportAnnualReport } from '@/lib/services/reports/export-report';
import { seedDemo } from '@/prisma/seed/demo';
import { decisionInputFor } from '../factories/review';
import { actAs, form } from '../setup/act-as';

// Issue 16: a year's figures are what held in that year, a published report keeps the figures it was
// published with, and every sentence is backed by a record or left as a gap for the author.
vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = () => getDb();
const demoActor = async (email: string): Promise<Actor> => toActor(await db().user.findUniqueOrThrow({ where: { email } }));
const view2021 = async () => (await getReportView(db(), 2021))!;
const text2021 = async () => renderPlainText((await view2021()).current.content);
const generate = (extra: Record<string, string> = {}) => generateReportAction(initialActionState, form({ year: '2021', ...extra }));
const yearEnd2021 = new Date('2021-12-31T04:00:00Z');

let director: Actor;
let admin: Actor;
let officer: Actor;
beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await seedDemo(db())).toBe('seeded');
  director = await demoActor('director@demo.minzheng.gov.cn');
  admin = await demoActor('admin@demo.minzheng.gov.cn');
  officer = await demoActor('officer@demo.minzheng.gov.cn');
  await actAs(director);
  expect(await generate()).toMatchObject({ ok: true });
}, 600_000);

describe('figures as of their year', () => {
  it('retiring a device, closing an institution, revoking a certificate and ending a legal-staff role today leave 2021 as it was', async () => {
    const figures = await metricValues(db(), 2021);
    const ratio = await getLegalStaffRatio(db(), { on: yearEnd2021 });
    const coverage = await getElderlyCareCoverage(db(), { year: 2021 });
    const text = await text2021();
    const stored = (await view2021()).current;
    expect(figures).toMatchObject({
      'devices.bodyCameras': 4,
      'devices.cameras': 1,
      'entities.elderlyCare': 29,
      'inspections.jointElderlyCareInstitutions': 29,
      'officers.enforcement': 12,
      'officers.hearingHosts': 1,
    });

    // Today's changes, each through its own audited service.
    const device = await db().recordingDevice.findFirstOrThrow({ where: { kind: 'BODY_CAMERA', active: true, loans: { none: { returnedAt: null } } } });
    await retireDevice(db(), officer, { deviceId: device.id });
    const home = await db().supervisedEntity.findFirstOrThrow({ where: { kind: 'ELDERLY_CARE', active: true, inspections: { some: { kind: 'JOINT' } } } });
    await updateSupervisedEntity(db(), officer, {
      entityId: home.id,
      entityKind: home.kind,
      entityName: home.name,
      address: home.address,
      licenceNo: home.licenceNo ?? undefined,
      registeredOn: home.registeredOn?.toISOString().slice(0, 10),
      filedOn: home.filedOn?.toISOString().slice(0, 10),
      active: false,
    });
    const certificate = await db().certificate.findFirstOrThrow({
      where: { kind: 'ENFORCEMENT', revokedAt: null, validFrom: { lte: new Date('2021-12-31') }, validTo: { gte: new Date('2021-01-01') } },
    });
    await revokeCertificate(db(), admin, { certificateId: certificate.id, reason: '调离执法岗位' });
    const legal = await db().officer.findFirst({ where: { isLegalStaff: true, active: true } });
    if (legal) {
      await updateOfficer(db(), admin, {
        officerId: legal.id,
        name: legal.name,
        unit: legal.unit,
        isLegalStaff: false,
        legalQualificationNo: legal.legalQualificationNo,
        userId: legal.userId,
        active: false,
      });
    }

    // The change is real today…
    expect((await db().recordingDevice.findUniqueOrThrow({ where: { id: device.id } })).retiredOn).not.toBeNull();
    expect((await db().supervisedEntity.findUniqueOrThrow({ where: { id: home.id } })).closedOn).not.toBeNull();
    if (legal) expect((await getLegalStaffRatio(db(), { on: new Date() })).legalStaff).toBe(ratio.legalStaff - 1);
    // …and 2021 is unchanged: every figure, the ratio, the coverage, the stored report and a regenerated one.
    expect(await metricValues(db(), 2021)).toEqual(figures);
    expect(await getLegalStaffRatio(db(), { on: yearEnd2021 })).toEqual(ratio);
    expect((await getElderlyCareCoverage(db(), { year: 2021 })).total).toBe(coverage.total);
    expect((await db().annualReportVersion.findUniqueOrThrow({ where: { id: stored.id } })).content).toEqual(stored.content);
    expect(await generate()).toMatchObject({ ok: true });
    expect(await text2021()).toBe(text);
    for (const phrase of ['配备4台行政执法记录仪和1台照相机', '执法人员12名、听证主持人1名', '对全区29家养老服务机构开展实地检查']) expect(text).toContain(phrase);
  });
});

describe('every sentence backed', () => {
  it('states no unbacked fixed sentence, and leaves a marked gap where the records hold nothing', async () => {
    const text = await text2021();
    for (const unbacked of ['法律顾问全程参与行政合同审查', '我为群众办实事', '重点领域监督', '民政法制建设滞后']) expect(text).not.toContain(unbacked);
    expect(text).not.toMatch(/\{\{/);
    // The demo data has no legal adviser for 2021: that sentence is the author's to write.
    const content = (await view2021()).current.content;
    expect(findParagraph(content, 'measures.system.2')!.narrative).toContain('【待补充：');
  });

  it('a record removed turns its sentence into a marked gap on regeneration', async () => {
    expect(await text2021()).toContain('制定普法责任清单');
    await db().publicityResponsibility.deleteMany({ where: { year: 2021 } });
    expect(await generate()).toMatchObject({ ok: true });
    const content = (await view2021()).current.content;
    const paragraph = findParagraph(content, 'measures.publicity.1')!;
    expect(paragraph.narrative).not.toContain('制定普法责任清单');
    expect(reportGaps(content).map((g) => g.paragraphKey)).toContain('measures.publicity.1');
  });

  it('refuses to send a report with an unfilled gap for review; filled or removed, it goes', async () => {
    const before = await db().disclosure.count();
    const refused = await sendReportAction(initialActionState, form({ year: '2021' }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('待补充') });
    expect(await db().disclosure.count()).toBe(before);

    const gaps = reportGaps((await view2021()).current.content);
    expect(gaps.length).toBeGreaterThan(1);
    for (const [i, gap] of gaps.entries()) {
      const version = String((await view2021()).current.version);
      // The first is filled by the author, the rest removed.
      const narrative = i === 0 ? '本年度法律服务情况由作者如实填写。' : '';
      expect(await editParagraphAction(initialActionState, form({ year: '2021', key: gap.paragraphKey, narrative, expectedVersion: version }))).toMatchObject({ ok: true });
    }
    expect(reportGaps((await view2021()).current.content)).toEqual([]);
    expect(await sendReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });
    expect(await db().disclosure.count()).toBe(before + 1);
  });
});

const pdfText = async (bytes: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, '');

describe('exports', () => {
  it('a version not yet approved: the Word file has page numbers, the 落款 and 草稿; the PDF is marked 草稿', async () => {
    const docx = await exportAnnualReport(db(), director, { year: 2021, format: 'docx' });
    const zip = await JSZip.loadAsync(docx.bytes);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(footers.join('')).toMatch(/PAGE/);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    expect(headers.join('')).toContain('草稿');
    const xml = await zip.file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    const version = (await view2021()).current;
    const day = new Date(version.createdAt.getTime() + 8 * 3_600_000);
    expect(texts.slice(-2)).toEqual(['市中区民政局', `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`]);
    expect(docx.fileName).toContain('草稿');
    const pdf = await exportAnnualReport(db(), director, { year: 2021, format: 'pdf' });
    expect(await pdfText(pdf.bytes)).toContain('草稿');
  });
});

describe('a published report is frozen', () => {
  it('keeps the figures it was published with; regenerating shows the differences and replaces nothing until confirmed', async () => {
    const editor = await demoActor('editor@demo.minzheng.gov.cn');
    const reviewer = await demoActor('reviewer@demo.minzheng.gov.cn');
    const disclosureId = (await view2021()).disclosure!.id;
    await recordSecrecyCheck(db(), editor, { id: disclosureId, note: '经审查不涉及国家秘密' });
    expect(await sendReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true, message: '已送法制审核' });
    const review = await db().legalReview.findFirstOrThrow({ where: { subjectType: 'DISCLOSURE', subjectId: disclosureId, status: 'PENDING' } });
    await decideReview(db(), reviewer, await decisionInputFor(db(), review.id, 'APPROVED', '同意发布'));
    expect(await publishReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });
    const published = await view2021();
    expect(published.report.publishedVersion).toBe(published.current.version);
    expect(await loadPublishedChanges(db(), 2021)).toEqual({ publishedVersion: published.current.version, changes: [] });
    // The published version exports without the draft mark.
    expect(await pdfText((await exportAnnualReport(db(), director, { year: 2021, format: 'pdf' })).bytes)).not.toContain('草稿');

    // A 2021 inspection is re-dated to 2022 today: the live figure moves, the published one does not.
    const inspection = await db().inspection.findFirstOrThrow({
      where: { kind: { not: 'JOINT' }, entity: { kind: 'ELDERLY_CARE' }, inspectedOn: { gte: new Date('2021-01-01'), lte: new Date('2021-12-31') } },
    });
    await db().inspection.update({ where: { id: inspection.id }, data: { inspectedOn: new Date('2022-01-05') } });
    const changes = (await loadPublishedChanges(db(), 2021))!.changes;
    expect(changes).toContainEqual({ key: 'inspections.elderlyCare', label: '检查养老机构', unit: '次', published: 192, current: 191 });

    const versions = await db().annualReportVersion.count();
    expect(await generate()).toMatchObject({ ok: false, message: expect.stringContaining('检查养老机构：已发布192次，现为191次') });
    expect(await db().annualReportVersion.count()).toBe(versions);
    expect(await generate({ acceptChanges: 'true' })).toMatchObject({ ok: true });
    const after = await view2021();
    expect(after.current.version).toBe(published.current.version + 1);
    expect(after.report.publishedVersion).toBe(published.current.version);
    expect(renderPlainText(after.current.content)).toContain('检查养老机构191次');
    // The published version and the public text keep 192.
    const frozen = await db().annualReportVersion.findUniqueOrThrow({ where: { reportId_version: { reportId: after.report.id, version: published.current.version } } });
    expect(JSON.stringify(frozen.content)).toContain('"value":192');
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: disclosureId } })).body).toContain('检查养老机构192次');
  });
});

describe('statutory submissions', () => {
  it('tracks each yearly step with its due date and receipt, once', async () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const fields = { year: '2021', step: 'RULE_OF_LAW_PUBLISHED', doneOn: today, receipt: '门户网站索引号' };
    expect(await recordSubmissionAction(initialActionState, form(fields))).toMatchObject({ ok: true });
    expect(await recordSubmissionAction(initialActionState, form(fields))).toMatchObject({ ok: false, message: expect.stringContaining('该事项已登记') });
    expect(await recordSubmissionAction(initialActionState, form({ ...fields, step: 'ENFORCEMENT_STATISTICS', doneOn: '2021-12-30' }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('办理日期应在2021年度结束之后'),
    });
    const states = await loadSubmissions(db(), 2021, new Date());
    expect(states.find((s) => s.step === 'RULE_OF_LAW_PUBLISHED')).toMatchObject({ dueOn: '2022-04-01', doneOn: today, receipt: '门户网站索引号', status: 'LATE' });
    expect(states.find((s) => s.step === 'DISCLOSURE_ANNUAL_REPORT')).toMatchObject({ dueOn: '2022-01-31', status: 'OVERDUE' });
  });
});
