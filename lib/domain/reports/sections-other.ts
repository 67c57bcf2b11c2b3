// Sections 二 (principal leaders' duties), 三 (shortcomings suggested from the data), 四 (next year's
// plan from PlanTask rows) and 五 (other, empty unless written).
import type { PlanTaskFact, ReportFacts } from './facts';
import { chineseNumeral, subHeadingNumber } from './format';
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

export function leadersSubsections(facts: ReportFacts): ReportSubsection[] {
  const K = LEADER_KEYS;
  const study = has(facts, K.studySessions) ? `全年开展法治专题学习{{${K.studySessions}}}，` : '';
  const heard = has(facts, K.workReports) ? `党组会、局务会听取法治工作汇报{{${K.workReports}}}，` : '定期听取工作汇报，';
  const decisions = has(facts, K.collectiveDecisions)
    ? `全年集体讨论决定重大事项{{${K.collectiveDecisions}}}${has(facts, K.collectivePublicised) && value(facts, K.collectivePublicised) > 0 ? `，其中依规公示{{${K.collectivePublicised}}}` : ''}；`
    : '';
  const line = facts.leaders.complaintLine ? `（${facts.leaders.complaintLine}）` : '';
  const lawReports = has(facts, K.lawReports) && value(facts, K.lawReports) > 0 ? `，全年开展领导干部述法{{${K.lawReports}}}` : '';
  const items = facts.leaders.assessmentItems.map((a) => `${a.item}${a.weight > 0 ? `（${a.weight}分）` : ''}`);
  const assessment = items.length > 0 ? `，考核内容包括${items.join('、')}` : '';
  return [
    {
      key: 'leaders.study',
      heading: `${subHeadingNumber(1)}深入推进法治学习`,
      paragraphs: [
        p('leaders.study.1', `认真学习贯彻习近平法治思想和中央依法治国工作会议精神，切实发挥局党组在推进我区民政系统法治建设中的领导核心作用，结合法治建设各项目标任务，${study}${heard}研究解决法治政府建设有关重大问题，形成主要领导${names(facts, 'PRINCIPAL')}亲自抓、分管领导${names(facts, 'IN_CHARGE')}靠上抓、业务股室及下属单位负责人具体抓，全区民政系统依法行政工作层层抓落实的良好局面。`),
      ],
    },
    {
      key: 'leaders.deploy',
      heading: `${subHeadingNumber(2)}亲自部署法治工作`,
      paragraphs: [
        p('leaders.deploy.1', `对凡涉及民政系统的重要工作安排、人事任免、资金分配使用、物资采购和重大项目建设等重大事项，都进行集体讨论、民主决策，${decisions}应当进行公示的，及时进行公示，并公开投诉举报电话${line}，接受干部职工和群众的监督，增强重大决策的规范性和科学性。`),
      ],
    },
    {
      key: 'leaders.report',
      heading: `${subHeadingNumber(3)}推进述法工作常态化`,
      paragraphs: [
        p('leaders.report.1', `一是认真贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》，将党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容${lawReports}。二是将法治政府建设工作纳入民政系统内部考核体系${assessment}，把依法行政工作、法治民政建设成效作为领导干部考核和任职、定级、晋升的重要参考依据。`),
      ],
    },
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

export function shortcomingsSubsections(facts: ReportFacts): ReportSubsection[] {
  const suggested = SHORTCOMING_RULES.filter((rule) => value(facts, rule.key) > 0);
  const general = [
    '民政法制建设滞后于当前民政工作现实发展的要求，难以很好发挥指导作用。',
    '法制机构设置不到位，专职法制工作人员较少。',
    '民政执法监督能力和水平有待提高，民政执法队伍建设有待加强。',
  ];
  let n = 0;
  const ordinal = () => `${chineseNumeral(++n)}是`;
  const paragraphs = [
    p('shortcomings.intro', `${facts.year}年，我局的依法行政工作通过全局上下的积极参与、共同努力、大力推进，取得了一定的成绩。但是工作中还存在着一些薄弱环节，主要表现在以下几个方面：`),
    ...suggested.map((rule) => p(`shortcomings.data.${rule.key}`, `${ordinal()}${rule.text(rule.key)}`, `根据数据提示：${rule.basis}`)),
    p('shortcomings.general', general.map((text) => `${ordinal()}${text}`).join('')),
  ];
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
    paragraphs: [p('plan.intro.1', '下一步，我局将认真贯彻落实省、市、区工作部署，围绕学习习近平法治思想和中央全面依法治国工作会议精神这一主线，结合民政自身实际，从严从实从细制定措施，扎实做好法治政府建设工作。')],
  };
  const headings = [...new Set(facts.planNext.map((task) => task.heading))];
  return [
    intro,
    ...headings.map((heading, i) => {
      const tasks = facts.planNext.filter((task) => task.heading === heading);
      const text = tasks.length === 1
        ? `${planTaskText(tasks[0]!)}。`
        : `${tasks.map((task, j) => `${chineseNumeral(j + 1)}是${planTaskText(task)}`).join('；')}。`;
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
