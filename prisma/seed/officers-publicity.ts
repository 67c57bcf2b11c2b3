// Demo data for officers and legal publicity: the seed report's 2021 figures, created through the
// same services the UI calls (same validation, same audit rows). Names are fictional.
//   officers: 12 certified enforcement officers + 1 hearing host (13 people), all exam-certified
//             and registered on the supervision platform; 1 training in 2021
//   publicity: a 2021 responsibility list; 4 offline events with 15,100 leaflets (1.5万余份);
//             WeChat publications; Qingming and Chongyang campaigns
// Wire-up: `await seedOfficersAndPublicity(db, { admin, editor })` from prisma/seed.ts.
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { addCertificate } from '@/lib/services/officers/add-certificate';
import { createOfficer } from '@/lib/services/officers/create-officer';
import { recordTraining } from '@/lib/services/officers/record-training';
import { createResponsibility } from '@/lib/services/publicity/create-responsibility';
import { recordPublicityActivity } from '@/lib/services/publicity/record-activity';
import type { RecordActivityInput } from '@/lib/schemas/publicity';

const BUREAU = '市中区民政局';

// Demo staff accounts (prisma/demo-accounts.json) linked to their officer records when present.
const LINKED = { 张执法: 'officer@demo.minzheng.gov.cn', 陈执法: 'officer2@demo.minzheng.gov.cn', 刘听证: 'host@demo.minzheng.gov.cn' } as const;

const ENFORCEMENT_OFFICERS: { name: string; unit: string; validTo?: string }[] = [
  { name: '张执法', unit: `${BUREAU}社会事务科` },
  { name: '陈执法', unit: `${BUREAU}养老服务科` },
  { name: '王建国', unit: `${BUREAU}社会事务科` },
  { name: '李明华', unit: `${BUREAU}社会事务科` },
  { name: '赵志强', unit: `${BUREAU}养老服务科` },
  { name: '孙丽娟', unit: `${BUREAU}养老服务科` },
  { name: '周海涛', unit: `${BUREAU}社会组织管理科` },
  { name: '吴文静', unit: `${BUREAU}社会组织管理科` },
  { name: '郑国庆', unit: `${BUREAU}社会救助科` },
  { name: '冯晓东', unit: `${BUREAU}社会救助科` },
  { name: '何雪梅', unit: `${BUREAU}区救助管理站` },
  // Lapses in January 2027: shows on the expiring-certificates panel around the demo's date.
  { name: '高振宇', unit: `${BUREAU}区救助管理站`, validTo: '2027-01-15' },
];
const HEARING_HOST: { name: string; unit: string; validTo?: string } = { name: '刘听证', unit: `${BUREAU}办公室` };

const RESPONSIBILITIES = [
  { unit: `${BUREAU}社会事务科`, laws: '《殡葬管理条例》及殡葬改革政策', audience: '辖区群众、殡葬服务单位', dueOn: '2021-04-30' },
  { unit: `${BUREAU}社会救助科`, laws: '《社会救助暂行办法》、最低生活保障政策', audience: '救助对象、社区工作人员', dueOn: '2021-06-30' },
  { unit: `${BUREAU}社会组织管理科`, laws: '《社会团体登记管理条例》《民办非企业单位登记管理暂行条例》', audience: '社会组织负责人', dueOn: '2021-09-30' },
  { unit: `${BUREAU}养老服务科`, laws: '《中华人民共和国老年人权益保障法》《养老机构管理办法》', audience: '养老机构、老年人及其家属', dueOn: '2021-10-31' },
  { unit: `${BUREAU}办公室`, laws: '《中华人民共和国民法典》《中华人民共和国行政处罚法》', audience: '机关干部职工、执法人员', dueOn: '2021-12-31' },
];

const ACTIVITIES: RecordActivityInput[] = [
  { kind: 'OFFLINE_EVENT', title: '“美好生活·民法典相伴”民法典宣传进社区', heldOn: '2021-03-12', place: '和平街道文化广场', audience: '社区居民', leaflets: 3800, reach: 0 },
  { kind: 'OFFLINE_EVENT', title: '清明节文明祭扫暨殡葬改革政策宣传', heldOn: '2021-03-30', place: '区公墓及周边社区', audience: '祭扫群众', leaflets: 4000, reach: 0 },
  { kind: 'OFFLINE_EVENT', title: '社会救助政策宣传月集中宣传', heldOn: '2021-06-18', place: '区政务服务中心', audience: '困难群众、社区工作人员', leaflets: 3700, reach: 0 },
  { kind: 'OFFLINE_EVENT', title: '重阳节老年人权益保障法律宣传', heldOn: '2021-10-14', place: '区社会福利中心', audience: '老年人及其家属', leaflets: 3600, reach: 0 },
  {
    kind: 'ONLINE_PUBLICATION',
    title: '一图读懂新修订的《行政处罚法》',
    heldOn: '2021-07-15',
    channel: '微信公众号',
    link: 'https://mp.weixin.qq.com/s/demo-2021-0715',
    reach: 1860,
  },
  { kind: 'ONLINE_PUBLICATION', title: '民法典中的“养老”条款', heldOn: '2021-05-20', channel: '微信公众号', link: 'https://mp.weixin.qq.com/s/demo-2021-0520', reach: 1420 },
  { kind: 'ONLINE_PUBLICATION', title: '非法社会组织识别与举报指南', heldOn: '2021-08-26', channel: '微信公众号', link: 'https://mp.weixin.qq.com/s/demo-2021-0826', reach: 2105 },
  {
    kind: 'ONLINE_PUBLICATION',
    title: '“12·4”国家宪法日：民政人学宪法',
    heldOn: '2021-12-04',
    channel: '微信公众号',
    link: 'https://mp.weixin.qq.com/s/demo-2021-1204',
    reach: 980,
  },
  {
    kind: 'FESTIVAL_CAMPAIGN',
    title: '清明节网上祭扫、绿色殡葬倡议',
    heldOn: '2021-04-02',
    festival: '清明节',
    channel: '微信公众号',
    link: 'https://mp.weixin.qq.com/s/demo-2021-0402',
    reach: 2630,
  },
  {
    kind: 'FESTIVAL_CAMPAIGN',
    title: '重阳节“敬老月”防范养老诈骗宣传',
    heldOn: '2021-10-12',
    festival: '重阳节',
    channel: '微信公众号',
    link: 'https://mp.weixin.qq.com/s/demo-2021-1012',
    reach: 1750,
  },
];

async function linkedUserId(db: Db, name: string): Promise<string | null> {
  const email = LINKED[name as keyof typeof LINKED];
  if (!email) return null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user?.id ?? null;
}

async function seedOfficers(db: Db, admin: Actor): Promise<number> {
  const officerIds: string[] = [];
  let sequence = 0;
  for (const person of [...ENFORCEMENT_OFFICERS, HEARING_HOST]) {
    const officer = await createOfficer(db, admin, {
      name: person.name,
      unit: person.unit,
      isLegalStaff: false,
      legalQualificationNo: null,
      userId: await linkedUserId(db, person.name),
    });
    const host = person === HEARING_HOST;
    sequence += 1;
    await addCertificate(db, admin, {
      officerId: officer.id,
      kind: host ? 'HEARING_HOST' : 'ENFORCEMENT',
      category: host ? '听证主持人证' : '行政执法证',
      number: host ? 'SZMZ-TZ-2020-001' : `SZMZ-ZF-2019-${String(sequence).padStart(3, '0')}`,
      validFrom: host ? '2020-09-01' : '2019-07-01',
      validTo: person.validTo ?? '2027-06-30',
      examPassed: true,
      platformRegistered: true,
    });
    officerIds.push(officer.id);
  }
  await recordTraining(db, admin, {
    title: '2021年度行政执法人员新修订《行政处罚法》专题培训',
    heldOn: '2021-06-25',
    hours: 6,
    organiser: BUREAU,
    officerIds,
  });
  return officerIds.length;
}

async function seedPublicity(db: Db, editor: Actor): Promise<number> {
  for (const item of RESPONSIBILITIES) await createResponsibility(db, editor, { year: 2021, ...item });
  for (const activity of ACTIVITIES) await recordPublicityActivity(db, editor, activity);
  return ACTIVITIES.length;
}

// Skips either part when its tables already hold data, so running it twice adds nothing.
export async function seedOfficersAndPublicity(db: Db, actors: { admin: Actor; editor: Actor }): Promise<{ officers: number; activities: number }> {
  const officers = (await db.officer.count()) > 0 ? 0 : await seedOfficers(db, actors.admin);
  const hasPublicity = (await db.publicityActivity.count()) + (await db.publicityResponsibility.count()) > 0;
  const activities = hasPublicity ? 0 : await seedPublicity(db, actors.editor);
  return { officers, activities };
}
