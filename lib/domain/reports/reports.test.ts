import { describe, expect, it } from 'vitest';
import type { ReportFacts } from './facts';
import { chineseNumeral, formatWanApprox } from './format';
import { editParagraph, generateReport, regenerateReport } from './generate';
import { findParagraph, type ReportFigure } from './model';
import { legalStaffRatio } from '@/lib/domain/officers/legal-staff-ratio';
import { reportGaps, reportSubmissionBlockers } from './gaps';
import { fillNarrative, renderBlocks, renderPlainText } from './render';

const figure = (key: string, value: number, unit: string): ReportFigure => ({ key, value, unit, label: key, source: 's', href: `/r?metric=${key}` });

function facts2021(overrides: Record<string, number> = {}): ReportFacts {
  const values: [string, number, string][] = [
    ['disclosures.published', 365, '条'],
    ['devices.bodyCameras', 4, '台'],
    ['devices.cameras', 1, '台'],
    ['officers.enforcement', 12, '名'],
    ['officers.hearingHosts', 1, '名'],
    ['officers.certifiedAndOnPlatform', 13, '名'],
    ['trainings.held', 1, '次'],
    ['publicity.offlineEvents', 4, '次'],
    ['publicity.leaflets', 15_100, '份'],
    ['publicity.onlinePublications', 6, '篇'],
    ['inspections.elderlyCare', 192, '次'],
    ['inspections.jointElderlyCareInstitutions', 29, '家'],
    ['entities.elderlyCare', 29, '家'],
    ['reviews.late', 0, '件'],
  ];
  const figures = Object.fromEntries(values.map(([k, v, u]) => [k, figure(k, overrides[k] ?? v, u)]));
  return {
    year: 2021,
    bureau: '市中区民政局',
    figures,
    leaders: { responsibilities: [{ level: 'PRINCIPAL', personName: '王局长', post: '局长', duties: '' }], assessmentItems: [], complaintLine: '12345' },
    planNext: [
      { heading: '继续加强组织领导', task: '制定法治政府建设工作方案', owner: '办公室', dueOn: '2022-03-31', status: 'PLANNED', outcome: '' },
      { heading: '完善执法工作机制', task: '强化联合执法机制', owner: '执法科', dueOn: null, status: 'PLANNED', outcome: '' },
      { heading: '完善执法工作机制', task: '完善普法清单', owner: '执法科', dueOn: null, status: 'PLANNED', outcome: '' },
    ],
    planThisYear: [],
    advisers: [],
    legalStaff: { legalStaff: 1, enforcementStaff: 12, ratioPercent: 8.3, guidelinePercent: 5, requiredLegalStaff: 1, findings: [] },
  };
}

describe('number formatting', () => {
  it('prints large amounts in 万 with 余 for a remainder', () => {
    expect(formatWanApprox(15_100, '份')).toBe('1.5万余份');
    expect(formatWanApprox(15_000, '份')).toBe('1.5万份');
    expect(formatWanApprox(20_050, '份')).toBe('2万余份');
    expect(formatWanApprox(9_800, '份')).toBe('9800份');
  });
  it('writes Chinese numerals for headings', () => {
    expect([1, 4, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '四', '十', '十二', '二十', '三十五']);
  });
});

describe('generated report', () => {
  it('states the seed report figures for 2021, in the required sections', () => {
    const content = generateReport(facts2021(), '2022-01-10T00:00:00.000Z');
    const text = renderPlainText(content);
    for (const phrase of [
      '主动公开各类信息365条',
      '配备4台行政执法记录仪和1台照相机',
      '执法人员12名、听证主持人1名，均录入行政执法监管平台',
      '参加培训1次',
      '共开展活动4次，发放宣传资料1.5万余份',
      '检查养老机构192次',
      '对全区29家养老服务机构开展实地检查',
    ]) {
      expect(text).toContain(phrase);
    }
    const headings = renderBlocks(content)
      .filter((b) => b.kind === 'heading1')
      .map((b) => b.text);
    expect(headings).toEqual(['一、主要举措和成效', '二、党政主要负责人履行推进法治建设第一责任人职责情况', '三、存在的不足及原因', '四、下一年度工作安排']);
    expect(text).toContain('（二）完善执法工作机制');
    expect(text).toContain('一是强化联合执法机制（责任人：执法科）；二是完善普法清单');
  });

  it('changes its wording when not every institution had a joint inspection or not every officer is certified', () => {
    const text = renderPlainText(generateReport(facts2021({ 'inspections.jointElderlyCareInstitutions': 27, 'officers.certifiedAndOnPlatform': 12 }), 'now'));
    expect(text).toContain('对全区29家养老服务机构中的27家开展实地检查');
    expect(text).toContain('其中12名录入行政执法监管平台');
  });

  it('suggests a shortcoming only when the data shows one', () => {
    expect(renderPlainText(generateReport(facts2021(), 'now'))).not.toContain('超过办理期限');
    const content = generateReport(facts2021({ 'reviews.late': 3 }), 'now');
    const suggestion = findParagraph(content, 'shortcomings.data.reviews.late');
    expect(suggestion?.basis).toContain('法制审核');
    expect(renderPlainText(content)).toContain('一是法制审核时效有待提高，全年有3件法制审核超过办理期限。');
    // No unbacked general shortcoming: with data, none is asked of the author; without, a gap is.
    expect(renderPlainText(content)).not.toContain('民政法制建设滞后');
    expect(reportGaps(content).map((g) => g.paragraphKey)).not.toContain('shortcomings.author');
    expect(reportGaps(generateReport(facts2021(), 'now')).map((g) => g.paragraphKey)).toContain('shortcomings.author');
  });

  it('states the legal-staff shortfall from the officers page ratio, with its basis', () => {
    const below = legalStaffRatio({ legalStaff: 0, enforcementStaff: 12, guidelinePercent: 5 });
    const content = generateReport({ ...facts2021(), legalStaff: below }, 'now');
    const paragraph = findParagraph(content, 'shortcomings.legalStaff')!;
    expect(paragraph.narrative).toBe(`一是法制工作力量不足，${below.findings[0]!.message}。`);
    expect(paragraph.basis).toContain('法制审核人员比例');
  });

  it('backs the adviser sentence by the adviser register, or leaves a gap; no fixed slogans', () => {
    const without = generateReport(facts2021(), 'now');
    const text = renderPlainText(without);
    for (const unbacked of ['法律顾问全程参与行政合同审查', '我为群众办实事', '重点领域监督']) expect(text).not.toContain(unbacked);
    expect(reportGaps(without).map((g) => g.paragraphKey)).toContain('measures.system.2');
    expect(reportSubmissionBlockers(without)[0]).toMatchObject({ code: 'REPORT_GAP_UNFILLED' });
    const base = facts2021();
    const withAdviser = generateReport(
      {
        ...base,
        advisers: [{ name: '张律师', firm: '某律师事务所' }],
        figures: { ...base.figures, 'advisers.retained': figure('advisers.retained', 1, '名'), 'advisers.work.CONTRACT_REVIEW': figure('advisers.work.CONTRACT_REVIEW', 3, '件') },
      },
      'now',
    );
    expect(findParagraph(withAdviser, 'measures.system.2')!.narrative).toContain(
      '聘请某律师事务所{{advisers.retained}}法律顾问，全年参与行政合同审查{{advisers.work.CONTRACT_REVIEW}}',
    );
    expect(reportGaps(withAdviser).map((g) => g.paragraphKey)).not.toContain('measures.system.2');
  });
});

describe('editing and regeneration', () => {
  it('keeps an edited narrative across regeneration while its figures follow the records', () => {
    const first = generateReport(facts2021(), 'a');
    const { content: edited, problems } = editParagraph(first, 'measures.system.3', '我局现有执法人员{{officers.enforcement}}，全年培训{{trainings.held}}。');
    expect(problems).toEqual([]);
    const again = regenerateReport(edited, facts2021({ 'trainings.held': 0, 'officers.enforcement': 11 }), 'b');
    const paragraph = findParagraph(again, 'measures.system.3')!;
    expect(paragraph.edited).toBe(true);
    expect(fillNarrative(paragraph.narrative, again.figures).text).toBe('我局现有执法人员11名，全年培训0次。');
    // An unedited paragraph is regenerated from the new figures.
    expect(renderPlainText(again)).toContain('执法人员11名');
  });

  it('refuses a placeholder naming no figure, and keeps an edited suggestion the data no longer makes', () => {
    const first = generateReport(facts2021({ 'reviews.late': 2 }), 'a');
    expect(editParagraph(first, 'preamble', '共{{no.such}}').problems).toEqual([{ code: 'UNKNOWN_FIGURE', detail: 'no.such' }]);
    const { content } = editParagraph(first, 'shortcomings.data.reviews.late', '一是审核超期{{reviews.late}}。');
    const again = regenerateReport(content, facts2021({ 'reviews.late': 0 }), 'b');
    expect(renderPlainText(again)).toContain('一是审核超期0件。');
  });

  it('leaves the empty optional section 五 out of the document', () => {
    const content = generateReport(facts2021(), 'a');
    expect(renderBlocks(content).some((b) => 'text' in b && b.text === '五、其他')).toBe(false);
    const { content: withOther } = editParagraph(content, 'other.1', '无其他需要报告的事项。');
    expect(renderBlocks(withOther).some((b) => 'text' in b && b.text === '五、其他')).toBe(true);
  });
});

describe('leaders and plan sections', () => {
  it('names the responsible leaders and the complaint line, and accounts for the tasks planned for this year', () => {
    const facts = facts2021();
    facts.figures['collectiveDecisions.held'] = figure('collectiveDecisions.held', 6, '项');
    facts.figures['collectiveDecisions.publicised'] = figure('collectiveDecisions.publicised', 5, '项');
    facts.planThisYear = [
      { heading: '加强民政普法宣传', task: '开展重阳节普法宣传', owner: '办公室', dueOn: '2021-10-31', status: 'DONE', outcome: '已在10月14日开展' },
      { heading: '完善执法工作机制', task: '修订不罚清单', owner: '执法科', dueOn: null, status: 'IN_PROGRESS', outcome: '' },
    ];
    const text = renderPlainText(generateReport(facts, 'now'));
    expect(text).toContain('形成主要领导（局长王局长）亲自抓');
    expect(text).toContain('全年集体讨论决定重大事项6项，其中依规公示5项');
    expect(text).toContain('公开投诉举报电话（12345）');
    expect(text).toContain('（四）2020年度工作安排落实情况');
    expect(text).toContain('1、加强民政普法宣传：开展重阳节普法宣传（责任人：办公室，计划完成时间2021-10-31）。落实情况：已完成。已在10月14日开展。');
    expect(text).toContain('2、完善执法工作机制：修订不罚清单（责任人：执法科）。落实情况：正在推进。');
  });
});
