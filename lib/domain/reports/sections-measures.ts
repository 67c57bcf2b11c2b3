// Section 一、主要举措和成效: paragraph templates after the seed report, figures as placeholders.
import { FIGURE_KEYS as K, type PlanTaskFact, type ReportFacts } from './facts';
import { subHeadingNumber } from './format';
import type { ReportParagraph, ReportSubsection } from './model';

const p = (key: string, narrative: string, basis?: string): ReportParagraph => ({ key, narrative, edited: false, ...(basis ? { basis } : {}) });
const v = (facts: ReportFacts, key: string) => facts.figures[key]?.value ?? 0;
const has = (facts: ReportFacts, key: string) => key in facts.figures;

export const PLAN_STATUS_TEXT = { PLANNED: '尚未启动', IN_PROGRESS: '正在推进', DONE: '已完成', DROPPED: '已调整取消' } as const;

function officersSentence(facts: ReportFacts): string {
  const all = v(facts, K.enforcementOfficers) + v(facts, K.hearingHosts);
  const certified = v(facts, K.certifiedOnPlatform);
  const tail = certified >= all
    ? '均录入行政执法监管平台，考试合格取得证书'
    : `其中{{${K.certifiedOnPlatform}}}录入行政执法监管平台并考试合格取得证书`;
  return `局机关及直属单位现有执法人员{{${K.enforcementOfficers}}}、听证主持人{{${K.hearingHosts}}}，${tail}。`;
}

function jointSentence(facts: ReportFacts): string {
  const all = v(facts, K.elderlyInstitutions);
  const joint = v(facts, K.jointInstitutions);
  const target = joint >= all
    ? `对全区{{${K.jointInstitutions}}}养老服务机构`
    : `对全区{{${K.elderlyInstitutions}}}养老服务机构中的{{${K.jointInstitutions}}}`;
  return `二是开展跨部门联合检查，联合消防、市场监管等部门${target}开展实地检查，督促有关机构落实整改并通过重点领域监督等制度加以落实，使民政执法监督得到强化。`;
}

function reviewsSentence(facts: ReportFacts): string {
  if (!has(facts, 'reviews.decided') || v(facts, 'reviews.decided') === 0) return '';
  const major = has(facts, 'cases.majorReviewed') && v(facts, 'cases.majorReviewed') > 0 ? `，其中重大执法决定{{cases.majorReviewed}}` : '';
  return `全年办结法制审核{{reviews.decided}}${major}。`;
}

function caseSentence(facts: ReportFacts): string {
  return v(facts, 'cases.filed') > 0 ? `全年立案办理行政执法案件{{cases.filed}}。` : '';
}

export function planAccountParagraphs(year: number, tasks: PlanTaskFact[]): ReportParagraph[] {
  return tasks.map((task, i) => {
    const due = task.dueOn ? `，计划完成时间${task.dueOn}` : '';
    const outcome = task.outcome.trim() ? `。${task.outcome.trim().replace(/[。.]$/, '')}` : '';
    return p(
      `measures.plan.${i + 1}`,
      `${i + 1}、${task.heading}：${task.task.replace(/[。.]$/, '')}（责任人：${task.owner}${due}）。落实情况：${PLAN_STATUS_TEXT[task.status]}${outcome}。`,
      `${year - 1}年度报告“下一年度工作安排”所列任务`,
    );
  });
}

export function measuresSubsections(facts: ReportFacts): ReportSubsection[] {
  const { year } = facts;
  const online = has(facts, K.onlinePublications) && v(facts, K.onlinePublications) > 0
    ? `全年通过微信公众号等新媒体发布普法信息{{${K.onlinePublications}}}，` : '';
  const subsections: ReportSubsection[] = [
    {
      key: 'measures.system',
      heading: `${subHeadingNumber(1)}完善制度机制，增强行政管理水平`,
      paragraphs: [
        p('measures.system.1', `1、实行执法公示制度，让依法行政“更阳光”。${year}年，在区政府门户网站主动公开各类信息{{${K.published}}}，内容涉及工作动态、政策法规、机构职能等内容，主动接受社会各界监督。推行行政执法全过程记录，配备{{${K.bodyCameras}}}行政执法记录仪和{{${K.cameras}}}照相机。在社会救助入户调查、居民家庭经济状况核对、非法社会组织取缔、流浪乞讨人员救助、殡葬改革稽查等方面，全程记录行政执法过程。`),
        p('measures.system.2', `2、完善法律服务机制，让依法行政“有底气”。推行法律顾问制度，聘请法律顾问全程参与行政合同审查，充分发挥其在行政执法、重大决策、重大行政行为及规范性文件、涉诉案件、突发事件教育依法行政方面的参谋顾问作用。${reviewsSentence(facts)}落实重大行政执法决定法制审核制度，在决定开展重大行政执法前，广泛征求区法制办意见，发出的通告和通报，均有法制办审核把关，确保决策科学、内容合规、过程规范、手续完备。`),
        p('measures.system.3', `3、加大执法队伍建设，让依法行政“更专业”。${officersSentence(facts)}此外组织执法人员参加培训{{${K.trainings}}}，进一步转变执法理念、改进执法方式、增强执法素养、提高执法水平，推进民政领域治理体系和治理能力现代化建设。`),
      ],
    },
    {
      key: 'measures.publicity',
      heading: `${subHeadingNumber(2)}加强法治宣教，营造法治文化氛围`,
      paragraphs: [
        p('measures.publicity.1', '1、深入落实普法责任制。认真落实“八五”普法相关要求，制定普法责任清单及本年度工作计划，实行“谁执法谁普法”责任制，建立谁执法谁普法工作台账，将普法活动渗透到行政管理、行政服务、行政执法活动全过程。'),
        p('measures.publicity.2', `2、创新线下普法活动。深入开展“我为群众办实事”普法宣传系列活动，积极宣传、普及民政业务相关的法律法规，让民政主动走向社会，让社会广泛了解民政，努力提高民政法治宣传教育的影响力和普及率。今年以来，共开展活动{{${K.offlineEvents}}}，发放宣传资料{{${K.leaflets}|wan}}。`),
        p('measures.publicity.3', `3、创新线上普法活动。灵活运用微信公众号等新媒体，${online}积极宣传、普及民政业务相关的法律法规，及时传达政策方针、发布解读惠民政策，让社会广泛了解民政，努力提高民政法治宣传教育的影响力和普及率。`),
      ],
    },
    {
      key: 'measures.supervision',
      heading: `${subHeadingNumber(3)}突出法治监管，规范行政执法行为`,
      paragraphs: [
        p('measures.supervision.1', `加强重点领域行政执法。${caseSentence(facts)}一是加强民政行业监管力度，全面规范行政检查行为，对民政监管对象定期开展行政检查，检查养老机构{{${K.elderlyInspections}}}。${jointSentence(facts)}`),
      ],
    },
  ];
  if (facts.planThisYear.length > 0) {
    subsections.push({
      key: 'measures.plan',
      heading: `${subHeadingNumber(4)}${year - 1}年度工作安排落实情况`,
      paragraphs: planAccountParagraphs(year, facts.planThisYear),
    });
  }
  return subsections;
}

