// Enforcement cases of 2021 in the seed's domains (social-assistance household surveys, economic-
// status verification, an illegal social organisation ban, vagrant rescue, funeral-reform
// inspection, elderly-care supervision, penalties), worked through the case services with the
// dates they happened on. Their after-decision publicity is published through the disclosure
// workflow and counts towards 2021's 365 published items (see disclosures-2021.ts).
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { CHECKLISTS } from '@/lib/domain/review/checkpoints';
import { REVIEW_NOTES } from './review-notes';
import { advanceCaseSchema, fileCaseSchema } from '@/lib/schemas/enforcement';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { advanceCase } from '@/lib/services/enforcement/advance-case';
import { fileCase } from '@/lib/services/enforcement/file-case';
import { recordHearingResponse } from '@/lib/services/enforcement/hearing';
import { decideReview } from '@/lib/services/review/decide-review';
import { submitForReview } from '@/lib/services/review/submit-for-review';

export type EnforcementSeedResult = { cases: number; publicityPublished: number };

/** How many after-decision publicity items these cases publish in 2021 (disclosures-2021.ts subtracts them). */
export const ENFORCEMENT_PUBLICITY_PUBLISHED_2021 = 4;

type Actors = { officer: Actor; director: Actor; reviewer: Actor; editor: Actor; hearingHost: Actor };
type Fields = Record<string, string | string[]>;

const at = (date: string, hour = 10) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);

async function officerIds(db: Db, names: string[]): Promise<string[]> {
  const rows = await db.officer.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  return names.map((name) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`demo officer ${name} missing`);
    return row.id;
  });
}

export async function seedEnforcement2021(db: Db, actors: Actors): Promise<EnforcementSeedResult> {
  const file = (fields: Fields, day: string) => fileCase(db, actors.officer, fileCaseSchema.parse({ recusalDeclared: 'on', ...fields, filedOn: day }), at(day, 9));
  const step = (actor: Actor, caseId: string, to: string, day: string, fields: Fields = {}) =>
    advanceCase(db, actor, advanceCaseSchema.parse({ caseId, to, ...fields }), at(day, 11));
  const steps = async (caseId: string, plan: [string, string, Fields?][]) => {
    for (const [to, day, fields] of plan) await step(actors.officer, caseId, to, day, fields ?? {});
  };
  const publish = async (caseId: string, day: string) => {
    const draft = await db.disclosure.findFirstOrThrow({ where: { enforcementCaseId: caseId, category: 'ENFORCEMENT_PUBLICITY' } });
    // The draft is the decision-maker's: an editor, not its author, signs off the secrecy check.
    await recordSecrecyCheck(db, actors.editor, { id: draft.id, note: '当事人信息已按规定处理，不涉及国家秘密和个人隐私。' }, at(day, 9));
    await publishDisclosure(db, actors.editor, { id: draft.id }, at(day, 15));
  };
  // The demo officer account (张执法) is on every case it acts on: only a case's own officers record
  // its steps (《行政处罚法》第四十二条).
  const [zhang, chen, wang, zhao, zhou, zheng, he] = await officerIds(db, ['张执法', '陈执法', '王建国', '赵志强', '周海涛', '郑国庆', '何雪梅']);
  let cases = 0;
  let published = 0;

  // 社会救助入户调查 (two households).
  for (const [name, day, visit, conclusion] of [
    ['刘某芳', '2021-03-08', '2021-03-10', '2021-03-15'],
    ['孙某强', '2021-09-06', '2021-09-08', '2021-09-13'],
  ] as const) {
    const c = await file(
      {
        caseType: 'ASSISTANCE_HOUSEHOLD_SURVEY',
        caseTitle: `${name}家庭最低生活保障申请入户调查`,
        caseFacts: '申请人申请城乡最低生活保障，由街道受理后入户核查家庭人口、收入和财产状况。',
        legalBasis: '《社会救助暂行办法》第十一条',
        officerIds: [zheng!, zhang!],
        partyKind0: 'PERSON',
        partyName0: name,
      },
      day,
    );
    await steps(c.id, [
      ['HOME_VISIT', visit, { stepNote: '两名工作人员入户，核实家庭成员、住房及收入情况。' }],
      ['SURVEY_CONCLUSION', conclusion, { stepNote: '家庭人均收入低于当地低保标准，符合条件。' }],
      ['RESULT_PUBLICITY', conclusion, { stepNote: '在社区公示栏公示7日，无异议。' }],
      ['CLOSED', conclusion],
    ]);
    cases += 1;
  }

  // 居民家庭经济状况核对.
  {
    const c = await file(
      {
        caseType: 'ECONOMIC_STATUS_VERIFICATION',
        caseTitle: '赵某家庭经济状况核对',
        caseFacts: '受社会救助科委托，对申请人家庭的存款、车辆、房产、工商登记等信息进行比对核对。',
        legalBasis: '《社会救助暂行办法》第十三条',
        officerIds: [zhang!],
        partyKind0: 'PERSON',
        partyName0: '赵某',
      },
      '2021-05-17',
    );
    await steps(c.id, [
      ['DATA_CHECK', '2021-05-18'],
      ['VERIFICATION_REPORT', '2021-05-20', { stepNote: '未发现不符合救助条件的财产信息。' }],
      ['CLOSED', '2021-05-20'],
    ]);
    cases += 1;
  }

  // 流浪乞讨人员救助.
  {
    const c = await file(
      {
        caseType: 'VAGRANT_RESCUE',
        caseTitle: '火车站广场流浪人员救助',
        caseFacts: '巡查中发现一名老年男性在火车站广场露宿，经劝导自愿接受救助。',
        legalBasis: '《城市生活无着的流浪乞讨人员救助管理办法》',
        officerIds: [he!, zhang!],
        partyKind0: 'PERSON',
        partyName0: '王某',
      },
      '2021-01-18',
    );
    await steps(c.id, [
      ['RECEPTION', '2021-01-18', { stepNote: '登记受助信息，甄别身份。' }],
      ['PLACEMENT', '2021-01-18'],
      ['FAMILY_TRACING', '2021-01-20', { stepNote: '通过公安协查找到其家属。' }],
      ['RETURN_OR_TRANSFER', '2021-01-22', { stepNote: '护送返乡，交由家属接回。' }],
      ['CLOSED', '2021-01-22'],
    ]);
    cases += 1;
  }

  // 婚葬改革（殡葬）稽查.
  {
    const c = await file(
      {
        caseType: 'FUNERAL_REFORM_INSPECTION',
        caseTitle: '清明节前殡葬服务市场稽查',
        caseFacts: '对辖区殡葬用品销售点开展稽查，检查是否销售封建迷信殡葬用品。',
        legalBasis: '《殡葬管理条例》第十七条',
        officerIds: [wang!, zhang!],
        jointDepartments: '市场监管',
      },
      '2021-03-22',
    );
    await steps(c.id, [
      ['ON_SITE_INSPECTION', '2021-03-24', { stepNote: '检查殡葬用品销售点6家。' }],
      ['INSPECTION_RECORD', '2021-03-24'],
      ['RECTIFICATION_ORDER', '2021-03-25', { stepNote: '责令1家下架封建迷信用品。' }],
      ['RECHECK', '2021-04-01', { stepNote: '复查已整改。' }],
      ['CLOSED', '2021-04-01'],
    ]);
    cases += 1;
  }

  // 养老机构监管.
  {
    const c = await file(
      {
        caseType: 'ELDERLY_CARE_SUPERVISION',
        caseTitle: '福寿养老院消防安全专项检查',
        caseFacts: '对养老院消防设施、应急预案和食品安全开展专项检查。',
        legalBasis: '《养老机构管理办法》第三十八条',
        officerIds: [zhao!, zhang!],
        jointDepartments: '消防',
      },
      '2021-06-07',
    );
    await steps(c.id, [
      ['ON_SITE_INSPECTION', '2021-06-09'],
      ['INSPECTION_RECORD', '2021-06-09', { stepNote: '消防通道堆放杂物1处。' }],
      ['RECTIFICATION_ORDER', '2021-06-10'],
      ['RECHECK', '2021-06-24', { stepNote: '复查已清理。' }],
      ['CLOSED', '2021-06-24'],
    ]);
    cases += 1;
  }

  // 行政处罚（普通程序）: an elderly-care institution's fine, decided, served, paid, published.
  {
    const c = await file(
      {
        caseType: 'PENALTY',
        caseTitle: '康乐老年公寓未按规定备案开展养老服务案',
        caseFacts: '当事人未向民政部门备案即开展养老服务，经责令限期改正逾期未改正。',
        legalBasis: '《养老机构管理办法》第四十六条',
        officerIds: [zhang!, chen!],
        partyKind0: 'ORGANISATION',
        partyName0: '市中区康乐老年公寓',
        partyRepresentative0: '钱某',
        violationType: 'ELDERLY_UNFILED',
      },
      '2021-07-05',
    );
    await steps(c.id, [
      ['INVESTIGATION', '2021-07-06'],
      [
        'RIGHTS_NOTICE',
        '2021-07-19',
        { penaltyKinds: ['WARNING', 'FINE'], fineAmount: '5000', noticeServedOn: '2021-07-19', recordingWaiverReason: '现场调查时执法记录仪电量耗尽，已拍照并制作现场笔录' },
      ],
      ['STATEMENT_OR_HEARING', '2021-07-22', { stepNote: '当事人提交书面陈述，未提出新的事实和理由。' }],
    ]);
    await step(actors.director, c.id, 'DECISION', '2021-08-02', { decisionNumber: '市中民罚决〔2021〕1号', decidedOn: '2021-08-02', partyPresent: 'on' });
    await publish(c.id, '2021-08-06');
    published += 1;
    await steps(c.id, [
      ['SERVICE', '2021-08-02', { servedOn: '2021-08-02' }],
      ['EXECUTION', '2021-08-16', { executedOn: '2021-08-16', stepNote: '当事人已缴纳罚款。' }],
      ['CLOSED', '2021-08-20'],
    ]);
    cases += 1;
  }

  // 行政处罚（简易程序）: an on-the-spot warning.
  {
    const c = await file(
      {
        caseType: 'PENALTY',
        procedure: 'SUMMARY',
        caseTitle: '殡葬用品店违规占道经营当场警告案',
        caseFacts: '当事人在公墓入口处占道摆放殡葬用品，经劝导后当场改正。',
        legalBasis: '《殡葬管理条例》第二十二条',
        officerIds: [wang!, zhang!],
        factsConclusive: 'on',
        penaltyKinds: ['WARNING'],
        partyKind0: 'PERSON',
        partyName0: '周某',
      },
      '2021-04-02',
    );
    await steps(c.id, [
      ['ON_SPOT_NOTICE', '2021-04-02'],
      ['ON_SPOT_STATEMENT', '2021-04-02'],
      [
        'ON_SPOT_DECISION',
        '2021-04-02',
        { decisionNumber: '市中民当罚〔2021〕1号', decidedOn: '2021-04-02', partyPresent: 'on', recordingWaiverReason: '执法记录仪当日送修，已由两名执法人员签字确认' },
      ],
    ]);
    await publish(c.id, '2021-04-07');
    published += 1;
    await steps(c.id, [
      ['RECORD_FILING', '2021-04-06', { recordingWaiverReason: '执法记录仪当日送修，已由两名执法人员签字确认' }],
      ['EXECUTION', '2021-04-06', { executedOn: '2021-04-06' }],
      ['CLOSED', '2021-04-06'],
    ]);
    cases += 1;
  }

  // 非法社会组织取缔: major (by the catalogue), legally reviewed, collectively decided, closed.
  {
    const watched = await db.watchedOrganisation.findFirst({ where: { status: 'SUSPECTED' }, orderBy: { notedOn: 'asc' } });
    const name = watched?.name ?? '中华传统国学文化研究总会';
    const c = await file(
      {
        caseType: 'ILLEGAL_SOCIAL_ORG_BAN',
        caseTitle: `取缔非法社会组织“${name}”案`,
        caseFacts: `“${name}”未经登记，擅自以社会团体名义发展会员、收取会费、开展活动。`,
        legalBasis: '《社会团体登记管理条例》第三十二条；《取缔非法民间组织暂行办法》第二条',
        officerIds: [zhou!, zhang!],
        partyKind0: 'ORGANISATION',
        partyName0: name,
        referredFrom: '区公安分局',
        ...(watched ? { watchedOrganisationId: watched.id } : {}),
      },
      '2021-05-06',
    );
    await steps(c.id, [
      ['FILED', '2021-05-06'],
      ['INVESTIGATION', '2021-05-07'],
      ['RIGHTS_NOTICE', '2021-05-24', { noticeServedOn: '2021-05-24', recordingWaiverReason: '活动场所已人去楼空，以照片和书证固定证据' }],
    ]);
    await recordHearingResponse(db, actors.officer, { caseId: c.id, response: 'WAIVE', respondedOn: '2021-05-26' }, at('2021-05-26'));
    await steps(c.id, [
      ['STATEMENT_OR_HEARING', '2021-05-31', { stepNote: '当事人负责人书面陈述，承认未经登记开展活动。' }],
      ['LEGAL_REVIEW', '2021-06-01'],
    ]);
    const review = await submitForReview(db, actors.officer, { subjectType: 'ENFORCEMENT_DECISION', subjectId: c.id }, at('2021-06-01'));
    await decideReview(
      db,
      actors.reviewer,
      {
        reviewId: review.id,
        checklist: review.checklist,
        outcome: 'APPROVED',
        opinion: '事实清楚，证据确凿，程序合法，适用依据正确，同意取缔。',
        checkpoints: CHECKLISTS[review.checklist].map((key) => ({ key, passed: true, note: REVIEW_NOTES[key] })),
      },
      at('2021-06-04'),
    );
    await step(actors.director, c.id, 'COLLECTIVE_DECISION', '2021-06-08', {
      collectiveDecisionOn: '2021-06-08',
      collectiveDecisionNote: '局党组会议集体讨论，参会人员一致同意予以取缔。',
    });
    await step(actors.director, c.id, 'BAN_DECISION', '2021-06-10', {
      decisionNumber: '市中民取决〔2021〕1号',
      decidedOn: '2021-06-10',
      decisionConclusion: '予以取缔，收缴其印章、资料',
    });
    await publish(c.id, '2021-06-18');
    published += 1;
    await steps(c.id, [
      ['SERVICE', '2021-06-11', { servedOn: '2021-06-11' }],
      ['SEIZURE', '2021-06-11', { recordingWaiverReason: '送达时当事人拒绝录像，已由见证人签字' }],
      ['EXPOSURE', '2021-06-21', { recordingWaiverReason: '收缴时已拍照固定，执法记录仪故障' }],
      ['CLOSED', '2021-06-25'],
    ]);
    // Closing the ban case drafted the exposure item (watch list → ban case → exposure draft); it
    // goes through the secrecy check and is published: /exposure lists it.
    const exposure = watched ? await db.watchedOrganisation.findUniqueOrThrow({ where: { id: watched.id } }) : null;
    if (exposure?.exposureDisclosureId) {
      await recordSecrecyCheck(
        db,
        actors.director,
        { id: exposure.exposureDisclosureId, note: '取缔决定已生效，组织名称依法公开，不涉及国家秘密和个人隐私。' },
        at('2021-06-28', 9),
      );
      await publishDisclosure(db, actors.editor, { id: exposure.exposureDisclosureId }, at('2021-06-28', 15));
      published += 1;
    }
    cases += 1;
  }

  if (published !== ENFORCEMENT_PUBLICITY_PUBLISHED_2021) {
    throw new Error(`enforcement seed published ${published} items, expected ${ENFORCEMENT_PUBLICITY_PUBLISHED_2021}`);
  }
  return { cases, publicityPublished: published };
}
