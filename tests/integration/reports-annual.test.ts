import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { editParagraphAction, generateReportAction, publishReportAction, sendReportAction } from '@/app/(staff)/staff/reports/actions';
import { initialActionState } from '@/lib/action-state';
import { toActor, type Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { reportGaps } from '@/lib/domain/reports/gaps';
import { renderPlainText } from '@/lib/domain/reports/render';
import { listCategory } from '@/lib/queries/public/lists';
import { getReportView } from '@/lib/queries/reports/get-report';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { decideReview } from '@/lib/services/review/decide-review';
import { exportAnnualReport } from '@/lib/services/reports/export-report';
import { seedDemo } from '@/prisma/seed/demo';
import { actAs, form } from '../setup/act-as';
import { decisionInput } from '../factories/review';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', async (original) => ({ ...(await original<typeof import('next/cache')>()), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const db = () => getDb();
const demoActor = async (email: string): Promise<Actor> => toActor(await db().user.findUniqueOrThrow({ where: { email } }));
const counts = async () => {
  const [versions, reports, disclosures, reviews, audit] = await Promise.all([
    db().annualReportVersion.count(),
    db().annualReport.count(),
    db().disclosure.count(),
    db().legalReview.count(),
    db().auditEvent.count(),
  ]);
  return { versions, reports, disclosures, reviews, audit };
};
const reportText = async (year = 2021) => {
  const view = await getReportView(db(), year);
  return { view: view!, text: renderPlainText(view!.current.content) };
};

let director: Actor;
let reviewer: Actor;
beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await seedDemo(db())).toBe('seeded');
  director = await demoActor('director@demo.minzheng.gov.cn');
  reviewer = await demoActor('reviewer@demo.minzheng.gov.cn');
}, 600_000);

describe('the 2021 annual rule-of-law report from the demo data', () => {
  it('refuses non-directors every report action, writing nothing', async () => {
    const before = await counts();
    for (const email of ['editor@demo.minzheng.gov.cn', 'reviewer@demo.minzheng.gov.cn', 'officer@demo.minzheng.gov.cn', 'admin@demo.minzheng.gov.cn', null]) {
      await actAs(email ? await demoActor(email) : null);
      const states = [
        await generateReportAction(initialActionState, form({ year: '2021' })),
        await editParagraphAction(initialActionState, form({ year: '2021', key: 'preamble', narrative: 'x', expectedVersion: '1' })),
        await sendReportAction(initialActionState, form({ year: '2021' })),
        await publishReportAction(initialActionState, form({ year: '2021' })),
      ];
      for (const state of states) expect(state).toMatchObject({ ok: false, message: email ? '您没有执行此操作的权限。' : '请先登录。' });
    }
    expect(await counts()).toEqual(before);
    await expect(exportAnnualReport(db(), await demoActor('editor@demo.minzheng.gov.cn'), { year: 2021, format: 'pdf' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('states the seed report figures exactly, each with its source and records link', async () => {
    await actAs(director);
    expect(await generateReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });
    const { view, text } = await reportText();
    for (const phrase of [
      '主动公开各类信息365条',
      '配备4台行政执法记录仪和1台照相机',
      '执法人员12名、听证主持人1名，均录入行政执法监管平台，考试合格取得证书',
      '参加培训1次',
      '共开展活动4次，发放宣传资料1.5万余份',
      '检查养老机构192次',
      '对全区29家养老服务机构开展实地检查',
    ])
      expect(text).toContain(phrase);
    for (const heading of ['一、主要举措和成效', '二、党政主要负责人履行推进法治建设第一责任人职责情况', '三、存在的不足及原因', '四、下一年度工作安排']) {
      expect(text).toContain(heading);
    }
    const figure = view.current.content.figures['inspections.elderlyCare']!;
    expect(figure).toMatchObject({ value: 192, unit: '次', href: '/staff/dashboard/records?metric=inspections.elderlyCare&year=2021' });
    expect(figure.source).toContain('行政检查');
    expect(view.versions).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { action: 'report.generate', actorId: director.id } })).toBe(1);
  });

  it('exports a .docx with heading styles and a PDF whose text carries the figures in Chinese', async () => {
    const docx = await exportAnnualReport(db(), director, { year: 2021, format: 'docx' });
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    for (const heading of ['一、主要举措和成效', '二、党政主要负责人', '三、存在的不足及原因', '四、下一年度工作安排']) {
      const paragraph = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]).find((p) => p.includes(heading));
      expect(paragraph).toContain('<w:pStyle w:val="Heading1"/>');
    }
    const pdf = await exportAnnualReport(db(), director, { year: 2021, format: 'pdf' });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    for (const figure of ['365条', '192次', '1.5万余份', '执法人员12名', '29家养老服务机构']) expect(flat).toContain(figure);
  });

  it('follows the records: a training deleted and an inspection moved to 2022 change the regenerated figures, edited narrative kept', async () => {
    const { view } = await reportText();
    expect(
      await editParagraphAction(
        initialActionState,
        form({
          year: '2021',
          key: 'measures.publicity.1',
          narrative: '我局制定普法责任清单，线下活动{{publicity.offlineEvents}}。',
          expectedVersion: String(view.current.version),
        }),
      ),
    ).toMatchObject({ ok: true });
    const training = await db().training.findFirstOrThrow({ where: { heldOn: { gte: new Date('2021-01-01'), lte: new Date('2021-12-31') } } });
    await db().trainingAttendance.deleteMany({ where: { trainingId: training.id } });
    await db().training.delete({ where: { id: training.id } });
    const inspection = await db().inspection.findFirstOrThrow({
      where: { kind: { not: 'JOINT' }, entity: { kind: 'ELDERLY_CARE' }, inspectedOn: { gte: new Date('2021-01-01'), lte: new Date('2021-12-31') } },
    });
    await db().inspection.update({ where: { id: inspection.id }, data: { inspectedOn: new Date('2022-01-05') } });

    expect(await generateReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });
    const { view: after, text } = await reportText();
    expect(text).toContain('参加培训0次');
    expect(text).toContain('检查养老机构191次');
    expect(text).not.toContain('检查养老机构192次');
    expect(text).toContain('我局制定普法责任清单，线下活动4次。');
    expect(after.versions.map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('refuses a placeholder naming no figure, and an edit of an out-of-date version', async () => {
    const { view } = await reportText();
    const version = String(view.current.version);
    expect(await editParagraphAction(initialActionState, form({ year: '2021', key: 'preamble', narrative: '共{{no.such.metric}}', expectedVersion: version }))).toMatchObject({
      ok: false,
      message: '段落中引用了不存在的指标：no.such.metric',
    });
    expect(await editParagraphAction(initialActionState, form({ year: '2021', key: 'preamble', narrative: '前言', expectedVersion: '1' }))).toMatchObject({
      ok: false,
      message: '报告已有更新的版本，请刷新后重试',
    });
  });

  it('goes through secrecy check and legal review before the director publishes it; an edit after approval needs a new review', async () => {
    // What the records cannot back was left to the author (no adviser in the demo data…): written now.
    for (const gap of reportGaps((await reportText()).view.current.content)) {
      const version = String((await reportText()).view.current.version);
      expect(
        await editParagraphAction(
          initialActionState,
          form({ year: '2021', key: gap.paragraphKey, narrative: `（作者补写：${gap.prompt.slice(0, 10)}）`, expectedVersion: version }),
        ),
      ).toMatchObject({ ok: true });
    }
    expect(await publishReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: false, message: '报告尚未送法制审核' });
    // The director wrote it: an editor, not the director, signs off its secrecy check, then it is sent.
    expect(await sendReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true, message: expect.stringContaining('待信息公开人员') });
    const draft = (await reportText()).view.disclosure!;
    expect(draft).toMatchObject({ status: 'DRAFT' });
    await expect(recordSecrecyCheck(db(), director, { id: draft.id, note: '不涉密' })).rejects.toThrow('保密审查须由起草、修改该信息以外的人员办理');
    const editor = await demoActor('editor@demo.minzheng.gov.cn');
    await recordSecrecyCheck(db(), editor, { id: draft.id, note: '经审查不涉及国家秘密' });
    expect(await sendReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true, message: '已送法制审核' });
    const { view } = await reportText();
    expect(view.disclosure).toMatchObject({ status: 'IN_REVIEW' });
    const carried = await db().disclosure.findUniqueOrThrow({ where: { id: view.disclosure!.id } });
    expect(carried.category).toBe('ANNUAL_REPORT');
    expect(carried.body).toContain('检查养老机构191次');
    expect(carried.secrecyCheckedById).toBe(editor.id);
    // While in review the text is fixed.
    expect(await editParagraphAction(initialActionState, form({ year: '2021', key: 'other.1', narrative: '无。', expectedVersion: String(view.current.version) }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('法制审核中'),
    });
    expect(await publishReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: false, message: expect.stringContaining('法制审核') });

    const review = await db().legalReview.findFirstOrThrow({ where: { subjectType: 'DISCLOSURE', subjectId: carried.id, status: 'PENDING' } });
    await decideReview(db(), reviewer, decisionInput(review.id, 'APPROVED', '同意发布', 'DISCLOSURE'));

    // Edited after approval: back to draft, publication refused until a new review.
    expect(
      await editParagraphAction(initialActionState, form({ year: '2021', key: 'other.1', narrative: '无其他需要报告的事项。', expectedVersion: String(view.current.version) })),
    ).toMatchObject({ ok: true });
    expect((await db().disclosure.findUniqueOrThrow({ where: { id: carried.id } })).status).toBe('DRAFT');
    expect(await publishReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: false, message: expect.stringContaining('法制审核') });

    await recordSecrecyCheck(db(), editor, { id: carried.id, note: '经审查不涉及国家秘密' });
    expect(await sendReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });
    const second = await db().legalReview.findFirstOrThrow({ where: { subjectType: 'DISCLOSURE', subjectId: carried.id, status: 'PENDING' } });
    expect(second.round).toBe(2);
    await decideReview(db(), reviewer, decisionInput(second.id, 'APPROVED', '同意发布', 'DISCLOSURE'));
    expect(await publishReportAction(initialActionState, form({ year: '2021' }))).toMatchObject({ ok: true });

    const published = await db().disclosure.findUniqueOrThrow({ where: { id: carried.id } });
    expect(published).toMatchObject({ status: 'PUBLISHED', category: 'ANNUAL_REPORT' });
    expect(published.body).toContain('五、其他');
    expect(await db().auditEvent.count({ where: { action: 'report.publish', actorId: director.id } })).toBe(1);
    const year = Number(published.publishedAt!.toISOString().slice(0, 4));
    const list = await listCategory({ category: 'ANNUAL_REPORT', year, page: 1 });
    expect(list.items.map((item) => item.title)).toContain('市中区民政局2021年度法治政府建设情况报告');
  });
});
