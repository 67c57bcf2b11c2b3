// Sections 二 (principal leaders' duties), 三 (shortcomings suggested from the data), 四 (next year's
// plan from PlanTask rows) and 五 (other, empty unless written).
import type { PlanTaskFact, ReportFacts } from './facts';
import { chineseNumeral, subHeadingNumber } from './format';
import { gapMarker } from './gaps';
import type { ReportParagraph, ReportSubsection } from './model';

const p = (key: string, narrative: string, basis?: string): ReportParagraph => ({ key, narrative, edited: false, ...(basis ? { basis } : {}) });
const has = (facts: ReportFacts, key: string) => key in facts.figures;
const value = (facts: ReportFacts, key: string) => facts.figures[key]?.value ?? 0;

// Optional leadership figures: used when the metric registry has them.
export const LEADER_KEYS = {
  studySessions: 'leadership.studySessions',
  workReports: 'leadership.workReports',
  lawReports: 'leadership.lawReports',
  collectiveDecisions: 'collectiveDecisions.held',
  collectivePublicised: 'collectiveDecisions.publicised',
} as const;

function names(facts: ReportFacts, level: 'PRINCIPAL' | 'IN_CHARGE' | 'SECTION'): string {
  const people = facts.leaders.responsibilities.filter((r) => r.level === level).map((r) => `${r.post}${r.personName}`);
  return people.length > 0 ? `（${people.join('、')}）` : '';
}

// Every claim here comes from the leadership register (responsibilities, activities, collective
// decisions, assessment items); a subsection the register holds nothing for is a gap for the author.
export function leadersSubsections(facts: ReportFacts): ReportSubsection[] {
  const K = LEADER_KEYS;
  const positive = (key: string) => has(facts, key) && value(facts, key) > 0;
  const study = positive(K.studySessions) ? `全年开展法治专题学习{{${K.studySessions}}}，` : '';
  const heard = positive(K.workReports) ? `党组会、局务会听取法治工作汇报{{${K.workReports}}}，` : '';
  const hasPeople = facts.leaders.responsibilities.length > 0;
  const layers = hasPeople ? `形成主要领导${names(facts, 'PRINCIPAL')}亲自抓、分管领导${names(facts, 'IN_CHARGE')}靠上抓、业务股室及下属单位负责人具体抓的责任分工。` : '';
  const studyText =
    study || heard || layers
      ? `认真学习贯彻习近平法治思想和中央依法治国工作会议精神，${study}${heard}${layers || '研究解决法治政府建设有关问题。'}`
      : gapMarker('主要负责人履职台账中没有该年度的法治学习、听取汇报或责任分工记录，请登记后重新生成，或如实填写');
  const line = facts.leaders.complaintLine ? `（${facts.leaders.complaintLine}）` : '';
  const deployText = positive(K.collectiveDecisions)
    ? `对重要工作安排、人事任免、资金分配使用、物资采购和重大项目建设等重大事项进行集体讨论、民主决策，全年集体讨论决定重大事项{{${K.collectiveDecisions}}}${positive(K.collectivePublicised) ? `，其中依规公示{{${K.collectivePublicised}}}` : ''}${line ? `，并公开投诉举报电话${line}` : ''}，接受干部职工和群众的监督。`
    : gapMarker('“三重一大”台账中没有该年度集体讨论决定的事项，请登记后重新生成，或如实填写');
  const items = facts.leaders.assessmentItems.map((a) => `${a.item}${a.weight > 0 ? `（${a.weight}分）` : ''}`);
  const parts = [
    positive(K.lawReports) ? `将党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容，全年开展领导干部述法{{${K.lawReports}}}` : '',
    items.length > 0 ? `将法治政府建设工作纳入民政系统内部考核体系，考核内容包括${items.join('、')}` : '',
  ].filter((part) => part !== '');
  const reportText =
    parts.length > 0
      ? `${parts.map((part, i) => `${chineseNumeral(i + 1)}是${part}`).join('。')}。`
      : gapMarker('主要负责人履职台账中没有该年度的述法记录或考核事项，请登记后重新生成，或如实填写');
  return [
    { key: 'leaders.study', heading: `${subHeadingNumber(1)}深入推进法治学习`, paragraphs: [p('leaders.study.1', studyText)] },
    { key: 'leaders.deploy', heading: `${subHeadingNumber(2)}亲自部署法治工作`, paragraphs: [p('leaders.deploy.1', deployText)] },
    { key: 'leaders.report', heading: `${subHeadingNumber(3)}推进述法工作常态化`, paragraphs: [p('leaders.report.1', reportText)] },
  ];
}

// Shortcomings the data points to: a suggestion appears only when its figure is above zero.
export const SHORTCOMING_RULES = [
  { key: 'reviews.late', text: (k: string) => `法制审核时效有待提高，全年有{{${k}}}法制审核超过办理期限。`, basis: '法制审核：超过办理期限办结或尚未办结的审核' },
  { key: 'disclosures.late', text: (k: string) => `政务公开时效性有待加强，{{${k}}}信息未在规定期限内公开。`, basis: '政务公开：超过公开时限发布的信息' },
  { key: 'disclosures.overdueUnpublished', text: (k: string) => `{{${k}}}应公开信息已过公开期限仍未发布。`, basis: '政务公开：已过应公开日期仍未发布的信息' },
  { key: 'cases.overdue', text: (k: string) => `办案时效有待提高，{{${k}}}行政处罚案件超过法定办案期限。`, basis: '执法案件：超过办案期限的处罚案件' },
  { key: 'entities.elderlyCareUncovered', text: (k: string) => `养老机构监管覆盖不够全面，尚有{{${k}}}养老机构全年未开展现场检查。`, basis: '行政检查：年内未检查的养老机构' },
  { key: 'rectifications.overdue', text: (k: string) => `问题整改跟踪有待加强，{{${k}}}整改事项逾期尚未完成。`, basis: '行政检查：逾期未完成的整改' },
] as const;

// Shortcomings come from the data only: the rules above, and the officers page's legal-staff ratio
// (its finding, on 31 December of the year). With none, the author is asked to write them.
export function shortcomingsSubsections(facts: ReportFacts): ReportSubsection[] {
  const suggested = SHORTCOMING_RULES.filter((rule) => value(facts, rule.key) > 0);
  const staffing = facts.legalStaff.findings[0];
  let n = 0;
  const ordinal = () => `${chineseNumeral(++n)}是`;
  const paragraphs = [
    p('shortcomings.intro', `${facts.year}年，我局的依法行政工作取得了一定的成绩，但工作中还存在一些薄弱环节，主要表现在以下几个方面：`),
    ...suggested.map((rule) => p(`shortcomings.data.${rule.key}`, `${ordinal()}${rule.text(rule.key)}`, `根据数据提示：${rule.basis}`)),
    ...(staffing
      ? [
          p(
            'shortcomings.legalStaff',
            `${ordinal()}法制工作力量不足，${staffing.message}。`,
            `根据数据提示：执法人员页的法制审核人员比例（${facts.year}年12月31日，${staffing.citation ?? ''}）`,
          ),
        ]
      : []),
  ];
  if (n === 0) {
    paragraphs.push(p('shortcomings.author', gapMarker('数据未提示明显不足，请结合实际写明存在的不足及原因')));
  }
  return [{ key: 'shortcomings.main', heading: null, paragraphs }];
}

function planTaskText(task: PlanTaskFact): string {
  const due = task.dueOn ? `，${task.dueOn}前完成` : '';
  return `${task.task.replace(/[。；;.]$/, '')}（责任人：${task.owner}${due}）`;
}

export function planSubsections(facts: ReportFacts): ReportSubsection[] {
  const intro: ReportSubsection = {
    key: 'plan.intro',
    heading: null,
    paragraphs: [
      p(
        'plan.intro.1',
        facts.planNext.length > 0
          ? '下一步，我局将认真贯彻落实省、市、区工作部署，围绕学习习近平法治思想和中央全面依法治国工作会议精神这一主线，结合民政自身实际，从严从实从细制定措施，扎实做好法治政府建设工作。'
          : gapMarker(`${facts.year + 1}年度工作计划中还没有任务，请在工作计划页登记后重新生成，或在此写明下一年度工作安排`),
      ),
    ],
  };
  const headings = [...new Set(facts.planNext.map((task) => task.heading))];
  return [
    intro,
    ...headings.map((heading, i) => {
      const tasks = facts.planNext.filter((task) => task.heading === heading);
      const text = tasks.length === 1 ? `${planTaskText(tasks[0]!)}。` : `${tasks.map((task, j) => `${chineseNumeral(j + 1)}是${planTaskText(task)}`).join('；')}。`;
      return {
        key: `plan.${i + 1}`,
        heading: `${subHeadingNumber(i + 1)}${heading}`,
        paragraphs: [p(`plan.${i + 1}.1`, text, `${facts.year + 1}年度工作任务（${tasks.length}项）`)],
      };
    }),
  ];
}

export function otherSubsections(): ReportSubsection[] {
  return [{ key: 'other.main', heading: null, paragraphs: [p('other.1', '')] }];
}
