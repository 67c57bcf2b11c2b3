// Section 一、主要举措和成效: paragraph templates after the seed report, figures as placeholders.
import { FIGURE_KEYS as K, type PlanTaskFact, type ReportFacts } from './facts';
import { subHeadingNumber } from './format';
import { gapMarker } from './gaps';
import type { ReportParagraph, ReportSubsection } from './model';

const p = (key: string, narrative: string, basis?: string): ReportParagraph => ({ key, narrative, edited: false, ...(basis ? { basis } : {}) });
const v = (facts: ReportFacts, key: string) => facts.figures[key]?.value ?? 0;
const has = (facts: ReportFacts, key: string) => key in facts.figures;

export const PLAN_STATUS_TEXT = { PLANNED: '尚未启动', IN_PROGRESS: '正在推进', DONE: '已完成', DROPPED: '已调整取消' } as const;

function officersSentence(facts: ReportFacts): string {
  const all = v(facts, K.enforcementOfficers) + v(facts, K.hearingHosts);
  const certified = v(facts, K.certifiedOnPlatform);
  const tail = certified >= all ? '均录入行政执法监管平台，考试合格取得证书' : `其中{{${K.certifiedOnPlatform}}}录入行政执法监管平台并考试合格取得证书`;
  return `局机关及直属单位现有执法人员{{${K.enforcementOfficers}}}、听证主持人{{${K.hearingHosts}}}，${tail}。`;
}

function jointSentence(facts: ReportFacts): string {
  const all = v(facts, K.elderlyInstitutions);
  const joint = v(facts, K.jointInstitutions);
  if (joint === 0) return '';
  const target = joint >= all ? `对全区{{${K.jointInstitutions}}}养老服务机构` : `对全区{{${K.elderlyInstitutions}}}养老服务机构中的{{${K.jointInstitutions}}}`;
  // Rectification is claimed only when the records hold ordered rectifications.
  const rectified = v(facts, K.rectifications) > 0 ? `，对发现的问题责令整改{{${K.rectifications}}}` : '';
  return `二是开展跨部门联合检查，联合消防、市场监管等部门${target}开展实地检查${rectified}。`;
}

// The adviser register backs the adviser sentence: who was retained, and each kind of work done.
export const ADVISER_WORK_SENTENCE = [
  ['CONTRACT_REVIEW', '参与行政合同审查'],
  ['MAJOR_DECISION_ADVICE', '为重大决策出具法律意见'],
  ['NORMATIVE_DOCUMENT_ADVICE', '为规范性文件出具法律意见'],
  ['LITIGATION', '参与行政诉讼'],
  ['RECONSIDERATION', '参与行政复议'],
  ['EMERGENCY_ADVICE', '为突发事件出具法律意见'],
] as const;

function adviserSentence(facts: ReportFacts): string {
  if (v(facts, K.advisers) === 0 || facts.advisers.length === 0) {
    return gapMarker('法律顾问台账中没有该年度聘期内的法律顾问。如聘请了法律顾问，请在法律事务页登记后重新生成；否则请如实写明法律服务情况或删除本句');
  }
  const firms = [...new Set(facts.advisers.map((a) => a.firm))].join('、');
  const work = ADVISER_WORK_SENTENCE.filter(([kind]) => v(facts, `advisers.work.${kind}`) > 0).map(([kind, text]) => `${text}{{advisers.work.${kind}}}`);
  const done = work.length > 0 ? `，全年${work.join('、')}` : '';
  return `推行法律顾问制度，聘请${firms}{{${K.advisers}}}法律顾问${done}。`;
}

// From the reconsideration and litigation register; nothing is said when the year had none.
function remediesSentence(facts: ReportFacts): string {
  const reconsideration = v(facts, 'remedies.reconsideration');
  const litigation = v(facts, 'remedies.litigation');
  if (reconsideration + litigation === 0) return '';
  const parts = [reconsideration > 0 ? '办理行政复议答复{{remedies.reconsideration}}' : '', litigation > 0 ? '行政应诉{{remedies.litigation}}' : ''].filter(Boolean).join('、');
  const hearings = v(facts, 'remedies.hearings');
  const appeared = hearings > 0 ? `，开庭审理{{remedies.hearings}}，负责人出庭应诉{{remedies.headAppeared}}` : '';
  const corrected = v(facts, 'remedies.corrected') > 0 ? `，其中被撤销、变更或确认违法{{remedies.corrected}}` : '';
  return `全年${parts}${appeared}${corrected}。`;
}

function reviewsSentence(facts: ReportFacts): string {
  if (v(facts, K.reviewsDecided) === 0) return '';
  const major = v(facts, K.majorReviewed) > 0 ? `，其中重大执法决定{{${K.majorReviewed}}}` : '';
  return `落实重大行政执法决定法制审核制度，全年办结法制审核{{${K.reviewsDecided}}}${major}。`;
}

// The domains are named only when the year's records hold full-process evidence.
function evidenceSentence(facts: ReportFacts): string {
  return v(facts, K.evidence) > 0
    ? `全年采集执法全过程记录证据材料{{${K.evidence}}}，在社会救助入户调查、居民家庭经济状况核对、非法社会组织取缔、流浪乞讨人员救助、殡葬改革稽查等方面全程记录行政执法过程。`
    : '';
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
  const online = has(facts, K.onlinePublications) && v(facts, K.onlinePublications) > 0 ? `全年通过微信公众号等新媒体发布普法信息{{${K.onlinePublications}}}，` : '';
  const subsections: ReportSubsection[] = [
    {
      key: 'measures.system',
      heading: `${subHeadingNumber(1)}完善制度机制，增强行政管理水平`,
      paragraphs: [
        p(
          'measures.system.1',
          `1、实行执法公示制度，让依法行政“更阳光”。${year}年，在区政府门户网站主动公开各类信息{{${K.published}}}，内容涉及工作动态、政策法规、机构职能等内容，主动接受社会各界监督。推行行政执法全过程记录，配备{{${K.bodyCameras}}}行政执法记录仪和{{${K.cameras}}}照相机。${evidenceSentence(facts)}`,
        ),
        p('measures.system.2', `2、完善法律服务机制，让依法行政“有底气”。${adviserSentence(facts)}${reviewsSentence(facts)}${remediesSentence(facts)}`),
        p(
          'measures.system.3',
          `3、加大执法队伍建设，让依法行政“更专业”。${officersSentence(facts)}此外组织执法人员参加培训{{${K.trainings}}}，进一步转变执法理念、改进执法方式、增强执法素养、提高执法水平，推进民政领域治理体系和治理能力现代化建设。`,
        ),
      ],
    },
    {
      key: 'measures.publicity',
      heading: `${subHeadingNumber(2)}加强法治宣教，营造法治文化氛围`,
      paragraphs: [
        p(
          'measures.publicity.1',
          v(facts, K.responsibilities) > 0
            ? `1、深入落实普法责任制。认真落实“八五”普法相关要求，制定普法责任清单（{{${K.responsibilities}}}），实行“谁执法谁普法”责任制，建立谁执法谁普法工作台账，将普法活动渗透到行政管理、行政服务、行政执法活动全过程。`
            : `1、深入落实普法责任制。${gapMarker('普法责任清单中没有该年度的责任事项，请登记后重新生成，或如实写明普法责任制落实情况')}`,
        ),
        p(
          'measures.publicity.2',
          v(facts, K.offlineEvents) > 0
            ? `2、创新线下普法活动。深入开展普法宣传系列活动，积极宣传、普及民政业务相关的法律法规，让民政主动走向社会，让社会广泛了解民政。今年以来，共开展活动{{${K.offlineEvents}}}${v(facts, K.leaflets) > 0 ? `，发放宣传资料{{${K.leaflets}|wan}}` : ''}。`
            : `2、创新线下普法活动。${gapMarker('普法台账中没有该年度的线下活动，请登记后重新生成，或如实写明线下普法情况')}`,
        ),
        p(
          'measures.publicity.3',
          online
            ? `3、创新线上普法活动。灵活运用微信公众号等新媒体，${online}积极宣传、普及民政业务相关的法律法规，及时传达政策方针、发布解读惠民政策。`
            : `3、创新线上普法活动。${gapMarker('普法台账中没有该年度的线上发布，请登记后重新生成，或如实写明线上普法情况')}`,
        ),
      ],
    },
    {
      key: 'measures.supervision',
      heading: `${subHeadingNumber(3)}突出法治监管，规范行政执法行为`,
      paragraphs: [
        p(
          'measures.supervision.1',
          `加强重点领域行政执法。${caseSentence(facts)}一是加强民政行业监管力度，全面规范行政检查行为，对民政监管对象定期开展行政检查，检查养老机构{{${K.elderlyInspections}}}。${jointSentence(facts)}`,
        ),
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
