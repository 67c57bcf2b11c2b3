// Demo data for inspections: the seed report's 2021 figures, created through the same services the
// UI calls (same rules — two certified inspectors, no conflicts — and the same audit rows).
//   the district's 29 elderly-care institutions (fictional names), 3 social organisations and
//   2 funeral businesses; a 2021 plan with a random draw (双随机); 192 inspections of elderly-care
//   institutions in 2021, each by two certified officers, 29 of them joint inspections with the
//   fire and market-supervision departments, one at each institution; every finding's
//   rectification followed to closure (response, re-check; a few fail a first re-check).
// Wire-up: `await seedInspections(db, { admin, officer }, enforcementOfficerIds)` from
// prisma/seed.ts, after the officers exist (certificates valid throughout 2021).
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { addWorkingDays, isWorkingDay, addDays, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import type { DrawResult } from '@/lib/domain/inspections';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import type { RecordInspectionInput } from '@/lib/schemas/inspections';
import { createSupervisedEntity } from '@/lib/services/inspections/create-entity';
import { createInspectionPlan } from '@/lib/services/inspections/create-plan';
import { declareConflict } from '@/lib/services/inspections/declare-conflict';
import { recordInspection } from '@/lib/services/inspections/record-inspection';
import { recordRecheck } from '@/lib/services/inspections/record-recheck';
import { recordRectificationResponse } from '@/lib/services/inspections/record-response';
import { runRandomDraw } from '@/lib/services/inspections/run-draw';

const HOMES = [
  '福寿养老院',
  '康乐老年公寓',
  '夕阳红养老中心',
  '颐和养老院',
  '松鹤老年公寓',
  '安康护理院',
  '幸福里养老服务中心',
  '长青颐养院',
  '金秋养老院',
  '仁爱养老院',
  '和平街道敬老院',
  '杏林颐养中心',
  '德馨养老院',
  '福康老年护理中心',
  '寿星苑养老院',
  '椿萱养老院',
  '晚晴养老院',
  '乐龄养老服务中心',
  '康寿老年公寓',
  '慈恩养老院',
  '怡园养老中心',
  '南山敬老院',
  '泉城颐养院',
  '锦绣养老院',
  '悦年华养老中心',
  '嘉禾老年公寓',
  '同心养老院',
  // Filed in 2021: each gets its on-site check within 20 working days of filing.
  '银龄护理院',
  '康馨养老院',
];
const FILED_IN_2021: Record<string, IsoDate> = { 银龄护理院: '2021-03-15', 康馨养老院: '2021-09-28' };
const STREETS = ['和平路', '建设路', '解放路', '幸福街', '文化路', '英雄山路', '经七路', '舜耕路', '泺源大街', '共青团路'];
const OTHERS = [
  { entityKind: 'SOCIAL_ORGANISATION', name: '市中区老年人体育协会', licence: '51370103MJD0000011' },
  { entityKind: 'SOCIAL_ORGANISATION', name: '市中区慈善总会', licence: '51370103MJD0000022' },
  { entityKind: 'SOCIAL_ORGANISATION', name: '市中区社会工作者协会', licence: '51370103MJD0000033' },
  { entityKind: 'FUNERAL_BUSINESS', name: '市中区殡仪馆', licence: '12370103MB0000044' },
  { entityKind: 'FUNERAL_BUSINESS', name: '市中区安息园公墓', licence: '12370103MB0000055' },
] as const;

const ROUTINE_ITEMS = ['消防安全', '食品安全', '服务质量与护理记录', '入住老人健康档案', '从业人员持证情况'];
const JOINT_ITEMS = ['消防设施设备', '疏散通道与安全出口', '食品经营许可与留样', '特种设备', '服务安全风险防范'];
const JOINT_FINDINGS = ['消防通道堆放杂物', '部分灭火器压力不足', '食品留样记录不全', '厨房燃气报警装置未定期检测', '安全出口指示灯损坏'];
const ROUTINE_FINDINGS = ['护理记录填写不规范', '部分从业人员健康证过期', '入住合同未约定收费标准调整方式', '老人健康档案未及时更新'];

// 10:00 on a day in Shanghai: the services read "today" from it.
const at = (day: IsoDate) => new Date(`${day}T10:00:00+08:00`);

function workdaysOf2021(calendar: WorkingCalendar): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d: IsoDate = '2021-01-04'; d <= '2021-12-31'; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) days.push(d);
  return days;
}

type Ids = { homes: { id: string; name: string; filedOn: IsoDate }[]; planId: string };

async function createEntities(db: Db, officer: Actor, names: string[], startIndex: number) {
  const homes: Ids['homes'] = [];
  for (const [k, name] of names.entries()) {
    const i = startIndex + k;
    const filedOn = FILED_IN_2021[name] ?? `${2014 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(3 + (i % 20)).padStart(2, '0')}`;
    const entity = await createSupervisedEntity(db, officer, {
      entityKind: 'ELDERLY_CARE',
      entityName: `市中区${name}`,
      address: `市中区${STREETS[i % STREETS.length]}${10 + i * 7}号`,
      licenceNo: `鲁民养备${filedOn.slice(0, 4)}${String(i + 1).padStart(3, '0')}`,
      registeredOn: undefined,
      filedOn,
    });
    homes.push({ id: entity.id, name: entity.name, filedOn });
  }
  return homes;
}

type Planned = { entityId: string; on: IsoDate; kind: RecordInspectionInput['inspectionKind']; inspectorIds?: readonly string[] };

// 163 non-joint inspections (6 at each of the first 18 institutions, 5 at the other 11) and one
// joint inspection at each, spread over the working days of 2021 and never before a filing.
function schedule(homes: Ids['homes'], workdays: IsoDate[], calendar: WorkingCalendar, draw: DrawResult): Planned[] {
  const planned: Planned[] = [];
  const drawn = new Map(draw.picks.map((pick, k) => [pick.entityId, { pick, on: workdays[40 + k * 2] as IsoDate }]));
  homes.forEach((home, e) => {
    const count = e < 18 ? 6 : 5;
    const first = home.filedOn >= '2021-01-01' ? addWorkingDays({ start: home.filedOn, days: 8, calendar }).due : (workdays[0] as IsoDate);
    const pool = workdays.filter((d) => d >= first);
    for (let k = 0; k < count; k += 1) {
      // A 2021 filing's first visit is its filing check, 8 working days after filing.
      const index = k === 0 && home.filedOn >= '2021-01-01' ? 0 : Math.floor(((k + 0.5) * pool.length) / count) + (e % 5);
      const on = pool[Math.min(pool.length - 1, index)] as IsoDate;
      const random = k === 1 ? drawn.get(home.id) : undefined;
      if (random) planned.push({ entityId: home.id, on: random.on, kind: 'RANDOM', inspectorIds: random.pick.inspectorIds });
      else planned.push({ entityId: home.id, on, kind: (e + k) % 11 === 0 ? 'SPECIAL' : 'ROUTINE' });
    }
    const jointPool = workdays.filter((d) => d >= '2021-04-01' && d >= first);
    planned.push({ entityId: home.id, on: jointPool[(e * 7) % jointPool.length] as IsoDate, kind: 'JOINT' });
  });
  return planned.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

async function followUp(db: Db, officer: Actor, rectificationId: string, inspectedOn: IsoDate, calendar: WorkingCalendar, failFirst: boolean) {
  let respondOn = addWorkingDays({ start: inspectedOn, days: 6, calendar }).due;
  await recordRectificationResponse(db, officer, { rectificationId, response: '已按要求完成整改，整改照片及制度文件已报送。' }, at(respondOn));
  if (failFirst) {
    const checkedOn = addWorkingDays({ start: respondOn, days: 3, calendar }).due;
    await recordRecheck(db, officer, { rectificationId, checkedOn, passed: false, recheckNote: '回头看发现问题未彻底整改，责令继续整改。' }, at(checkedOn));
    respondOn = addWorkingDays({ start: checkedOn, days: 4, calendar }).due;
    await recordRectificationResponse(db, officer, { rectificationId, response: '已彻底整改，并建立日常巡查台账。' }, at(respondOn));
  }
  const checkedOn = addWorkingDays({ start: respondOn, days: 3, calendar }).due;
  await recordRecheck(db, officer, { rectificationId, checkedOn, passed: true, recheckNote: '回头看复查，整改到位，予以销号。' }, at(checkedOn));
}

/**
 * Creates the inspections demo data. `officers` are enforcement officers whose certificates are
 * valid throughout 2021 (at least three). Skips when supervised entities already exist.
 */
export async function seedInspections(
  db: Db,
  actors: { admin: Actor; officer: Actor },
  officers: string[],
): Promise<{ entities: number; inspections: number; joint: number; rectifications: number }> {
  if ((await db.supervisedEntity.count()) > 0) return { entities: 0, inspections: 0, joint: 0, rectifications: 0 };
  if (officers.length < 3) throw new Error('seedInspections needs at least three certified officers');
  const { officer } = actors;
  const calendar = await loadWorkingCalendar(db);
  const workdays = workdaysOf2021(calendar);

  // The 27 institutions filed before 2021 exist when the year's draw is made; two file during 2021.
  const early = HOMES.filter((name) => !FILED_IN_2021[name]);
  const homes = await createEntities(db, officer, early, 0);
  for (const [k, other] of OTHERS.entries()) {
    await createSupervisedEntity(db, officer, {
      entityKind: other.entityKind,
      entityName: other.name,
      address: `市中区${STREETS[(k + 3) % STREETS.length]}${100 + k}号`,
      licenceNo: other.licence,
      registeredOn: `${2010 + k}-06-01`,
      filedOn: undefined,
    });
  }
  // Declared conflicts: those officers are never drawn for, or named on, these institutions.
  const conflicts: [number, number, string][] = [
    [2, 3, '其配偶在该机构任护理部主任'],
    [5, 10, '曾在该机构任职未满三年'],
  ];
  for (const [o, h, reason] of conflicts) {
    await declareConflict(db, officer, { officerId: officers[o % officers.length] as string, entityId: homes[h]?.id as string, conflictReason: reason });
  }
  const conflicted = new Set(conflicts.map(([o, h]) => `${officers[o % officers.length]}|${homes[h]?.id}`));

  const plan = await createInspectionPlan(db, officer, { planYear: 2021, planTitle: '2021年度养老机构监督检查计划' }, at('2021-01-08'));
  const draw = await runRandomDraw(db, officer, { planId: plan.id, entityKind: 'ELDERLY_CARE', entityCount: 10, seed: 'SZMZ-2021-双随机-0301' }, at('2021-03-01'));
  homes.push(
    ...(await createEntities(
      db,
      officer,
      HOMES.filter((name) => FILED_IN_2021[name]),
      early.length,
    )),
  );

  let pairIndex = 0;
  const pairFor = (entityId: string): string[] => {
    for (;;) {
      const a = officers[pairIndex % officers.length] as string;
      const b = officers[(pairIndex + 1 + Math.floor(pairIndex / officers.length)) % officers.length] as string;
      pairIndex += 1;
      if (a !== b && !conflicted.has(`${a}|${entityId}`) && !conflicted.has(`${b}|${entityId}`)) return [a, b];
    }
  };

  let rectifications = 0;
  let findingCount = 0;
  const planned = schedule(homes, workdays, calendar, draw.result);
  for (const [n, item] of planned.entries()) {
    const joint = item.kind === 'JOINT';
    const findings = joint ? [JOINT_FINDINGS[n % JOINT_FINDINGS.length] as string] : n % 5 === 0 ? [ROUTINE_FINDINGS[n % ROUTINE_FINDINGS.length] as string] : [];
    const recorded = await recordInspection(
      db,
      officer,
      {
        entityId: item.entityId,
        planId: plan.id,
        inspectionKind: item.kind,
        inspectedOn: item.on,
        onSite: true,
        inspectorIds: [...(item.inspectorIds ?? pairFor(item.entityId))],
        partnerDepartments: joint ? ['消防', '市场监管'] : [],
        itemsChecked: joint ? JOINT_ITEMS : ROUTINE_ITEMS,
        findings,
        inspectionSummary: joint ? '会同区消防救援大队、区市场监管局开展联合检查。' : findings.length > 0 ? '发现问题，当场下达整改通知。' : '未发现问题。',
      },
      at(item.on),
    );
    for (const rectificationId of recorded.rectificationIds) {
      findingCount += 1;
      await followUp(db, officer, rectificationId, item.on, calendar, findingCount % 8 === 0);
      rectifications += 1;
    }
  }
  return { entities: homes.length + OTHERS.length, inspections: planned.length, joint: planned.filter((p) => p.kind === 'JOINT').length, rectifications };
}
