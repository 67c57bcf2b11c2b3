// The principal leaders' rule-of-law duties in 2021 (collective decisions on major matters, work
// reports heard, study sessions, responsibilities, year-end 述法, assessment items) and the tasks
// planned for 2022, as the seed report describes them, plus a few 2021 requests for disclosure
// (依申请公开). Created through the register services (same validation, same audit rows).
import { toActor, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import type { CreatePlanTaskInput, RecordCollectiveDecisionInput, RecordLeadershipActivityInput } from '@/lib/schemas/leadership';
import { recordLeadershipActivity } from '@/lib/services/leadership/record-activity';
import { recordCollectiveDecision } from '@/lib/services/leadership/record-collective-decision';
import { recordAssessmentItem, recordResponsibility } from '@/lib/services/leadership/record-responsibility';
import { createPlanTask } from '@/lib/services/leadership/plan-tasks';
import { answerInformationRequest, recordInformationRequest } from '@/lib/services/requests/record-request';

export type LeadershipSeedResult = { entries: number };

const PARTY_GROUP = ['王局长', '刘建华', '孙志明', '陈玉兰'];

const DECISIONS: RecordCollectiveDecisionInput[] = [
  {
    heldOn: '2021-02-23',
    category: 'WORK_ARRANGEMENT',
    topic: '审议《区民政局2021年法治政府建设工作要点》',
    attendees: PARTY_GROUP,
    outcome: '原则通过，按分工抓好落实',
    publicised: true,
    publicityNote: '在区政府门户网站公开工作要点',
  },
  {
    heldOn: '2021-04-08',
    category: 'FUNDS',
    topic: '2021年度高龄津贴、养老服务补贴资金分配方案',
    attendees: PARTY_GROUP,
    outcome: '同意分配方案',
    publicised: true,
    publicityNote: '补贴对象名单在各街道便民服务中心公示7天',
  },
  {
    heldOn: '2021-05-20',
    category: 'PROCUREMENT',
    topic: '采购行政执法记录仪及照相机',
    attendees: PARTY_GROUP,
    outcome: '同意按政府采购程序采购执法记录仪4台、照相机1台',
    publicised: true,
    publicityNote: '采购结果在政府采购网公告',
  },
  {
    heldOn: '2021-07-13',
    category: 'PERSONNEL',
    topic: '局属事业单位中层干部调整',
    attendees: PARTY_GROUP,
    outcome: '同意调整方案，按程序办理',
    publicised: true,
    publicityNote: '任前公示5个工作日，公布监督电话',
  },
  {
    heldOn: '2021-09-16',
    category: 'MAJOR_PROJECT',
    topic: '区社会福利中心适老化改造项目',
    attendees: PARTY_GROUP,
    outcome: '同意立项，经法律顾问审查合同后实施',
    publicised: false,
    publicityNote: '',
  },
  {
    heldOn: '2021-11-25',
    category: 'FUNDS',
    topic: '2021年度社会救助资金结余使用安排',
    attendees: PARTY_GROUP,
    outcome: '同意用于临时救助和冬季困难群众救助',
    publicised: true,
    publicityNote: '在区政府门户网站公开资金使用情况',
  },
];

const ACTIVITIES: RecordLeadershipActivityInput[] = [
  { kind: 'WORK_REPORT_HEARD', heldOn: '2021-03-16', title: '党组会听取一季度法治政府建设工作汇报', attendees: PARTY_GROUP, summary: '研究部署行政执法三项制度落实工作' },
  { kind: 'WORK_REPORT_HEARD', heldOn: '2021-06-29', title: '党组会听取上半年依法行政工作汇报', attendees: PARTY_GROUP, summary: '研究解决法制审核人员不足问题' },
  { kind: 'WORK_REPORT_HEARD', heldOn: '2021-09-28', title: '党组会听取三季度法治建设工作汇报', attendees: PARTY_GROUP, summary: '研究养老机构联合检查整改落实' },
  { kind: 'WORK_REPORT_HEARD', heldOn: '2021-12-21', title: '党组会听取全年法治政府建设工作汇报', attendees: PARTY_GROUP, summary: '审议年度法治政府建设情况报告' },
  { kind: 'STUDY_SESSION', heldOn: '2021-03-05', title: '党组理论学习中心组专题学习习近平法治思想', attendees: PARTY_GROUP, summary: '学习中央全面依法治国工作会议精神' },
  {
    kind: 'STUDY_SESSION',
    heldOn: '2021-07-08',
    title: '新修订《行政处罚法》专题学习',
    attendees: [...PARTY_GROUP, '张执法', '陈执法'],
    summary: '法律顾问解读新修订《行政处罚法》',
  },
  { kind: 'STUDY_SESSION', heldOn: '2021-11-19', title: '学习贯彻党的十九届六中全会精神暨习近平法治思想', attendees: PARTY_GROUP, summary: '' },
  { kind: 'LAW_REPORT', heldOn: '2021-12-30', title: '2021年度领导班子成员年终述职述法', attendees: PARTY_GROUP, summary: '主要负责人报告履行推进法治建设第一责任人职责情况' },
];

const RESPONSIBILITIES = [
  { level: 'PRINCIPAL', personName: '王局长', post: '局长、党组书记', duties: '履行推进法治建设第一责任人职责，主持研究法治政府建设重大问题' },
  { level: 'IN_CHARGE', personName: '刘建华', post: '副局长', duties: '分管法治工作，组织推进行政执法三项制度和法制审核' },
  { level: 'SECTION', personName: '赵法审', post: '办公室（法制）负责人', duties: '具体承办法制审核、法律顾问联络和普法工作' },
  { level: 'SECTION', personName: '张执法', post: '社会事务科科长', duties: '落实殡葬改革稽查、流浪乞讨人员救助执法全过程记录' },
  { level: 'SECTION', personName: '陈执法', post: '养老服务科科长', duties: '落实养老机构监管和联合检查整改' },
] as const;

const ASSESSMENTS = [
  { item: '依法行政工作纳入股室年度考核', weight: 10, result: '各股室均已完成' },
  { item: '法治民政建设成效作为干部考核和任职、定级、晋升的重要参考', weight: 10, result: '已纳入年度干部考核' },
  { item: '党政主要负责人履行推进法治建设第一责任人职责列入年终述职', weight: 5, result: '已在年终述职中述法' },
];

const PLAN_2022: CreatePlanTaskInput[] = [
  { year: 2022, heading: '继续加强组织领导', task: '制定我局2022年法治政府建设工作方案，压紧压实第一责任人责任', owner: '办公室', dueOn: '2022-03-31' },
  { year: 2022, heading: '完善执法工作机制', task: '强化联合执法机制，推动执法部门“横向联通”、各级民政部门“纵向联动”', owner: '刘建华（分管领导）', dueOn: '2022-12-31' },
  { year: 2022, heading: '完善执法工作机制', task: '完善普法清单，掌握不罚清单使用条件，精准执法、柔性执法', owner: '办公室', dueOn: '2022-09-30' },
  {
    year: 2022,
    heading: '强化整治非法社会组织力度',
    task: '联合公安、教育、市场监管等部门，完善非法社会组织预警、举报、曝光和执法机制',
    owner: '社会组织管理科',
    dueOn: '2022-12-31',
  },
  { year: 2022, heading: '加强民政普法宣传', task: '落实“八五”普法规划，利用清明节、重阳节等传统节日开展民政法律法规宣传', owner: '办公室', dueOn: '2022-10-31' },
  { year: 2022, heading: '加强民政普法宣传', task: '发挥微信、微博等新媒体作用，提升民政法律法规政策宣传效果', owner: '办公室', dueOn: '2022-12-31' },
];

const REQUESTS = [
  {
    receivedOn: '2021-04-12',
    applicantKind: 'PERSON',
    subject: '申请公开本街道2020年度低保对象审批程序',
    answer: { outcome: 'DISCLOSED_IN_FULL', outcomeReason: '', answeredOn: '2021-04-28' },
  },
  {
    receivedOn: '2021-08-03',
    applicantKind: 'BUSINESS',
    subject: '申请公开养老机构运营补贴发放标准及依据',
    answer: { outcome: 'DISCLOSED_IN_PART', outcomeReason: '涉及第三方商业信息的部分不予公开', answeredOn: '2021-08-24' },
  },
  {
    receivedOn: '2021-11-15',
    applicantKind: 'PERSON',
    subject: '申请公开某殡葬服务单位收费许可材料',
    answer: { outcome: 'UNABLE_TO_PROVIDE', outcomeReason: '本机关未制作或获取该信息，已告知向区发展改革部门申请', answeredOn: '2021-12-02' },
  },
] as const;

const at = (day: string) => new Date(`${day}T17:00:00+08:00`);

export async function seedLeadership2021(db: Db, actors: { director: Actor }): Promise<LeadershipSeedResult> {
  if ((await db.collectiveDecision.count()) + (await db.planTask.count()) > 0) return { entries: 0 };
  let entries = 0;
  for (const decision of DECISIONS) {
    await recordCollectiveDecision(db, actors.director, decision, at(decision.heldOn));
    entries += 1;
  }
  for (const activity of ACTIVITIES) {
    await recordLeadershipActivity(db, actors.director, activity, at(activity.heldOn));
    entries += 1;
  }
  for (const responsibility of RESPONSIBILITIES) {
    await recordResponsibility(db, actors.director, { year: 2021, ...responsibility });
    entries += 1;
  }
  for (const assessment of ASSESSMENTS) {
    await recordAssessmentItem(db, actors.director, { year: 2021, ...assessment });
    entries += 1;
  }
  for (const task of PLAN_2022) {
    await createPlanTask(db, actors.director, task);
    entries += 1;
  }
  // Requests are the disclosure editor's register.
  const editorUser = await db.user.findFirst({ where: { roles: { has: 'EDITOR' }, active: true }, orderBy: { createdAt: 'asc' } });
  if (editorUser) {
    const editor = toActor(editorUser);
    for (const request of REQUESTS) {
      const { answer, ...received } = request;
      const row = await recordInformationRequest(db, editor, received, at(received.receivedOn));
      await answerInformationRequest(db, editor, { requestId: row.id, ...answer }, {}, at(answer.answeredOn));
      entries += 1;
    }
  }
  return { entries };
}
