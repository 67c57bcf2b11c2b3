import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, shanghaiDay, sqlMetric, ts, type MetricDef, type YearRange } from './sql-metric';

// Officers, trainings, recording devices and evidence, legal publicity.

// A certificate in force at some time in the year (a revocation counts from its Shanghai day on).
const inForce = (r: YearRange) => Prisma.sql`c."officerId" = o."id" AND c."validFrom" <= ${d(r.end)} AND c."validTo" >= ${d(r.start)}
  AND (c."revokedAt" IS NULL OR ${shanghaiDay(Prisma.sql`c."revokedAt"`)} > ${d(r.start)})`;
const officerColumns = Prisma.sql`o."id" AS id, o."name" || '（' || o."unit" || '）' AS title, NULL::text AS date`;
const officerHref = ({ id }: { id: string }) => `/staff/officers/${id}`;
const heldIn = (alias: string, r: YearRange) => Prisma.sql`${Prisma.raw(alias)}."heldOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`;

const officers: MetricDef[] = [
  sqlMetric({
    key: 'officers.enforcement',
    label: '持证执法人员',
    unit: '名',
    area: '执法队伍',
    source: '执法人员：该年度内持有在有效期内、考试合格的执法证的人员',
    from: (r) => Prisma.sql`FROM "Officer" o WHERE EXISTS (SELECT 1 FROM "Certificate" c WHERE ${inForce(r)} AND c."kind" = 'ENFORCEMENT' AND c."examPassed")`,
    columns: officerColumns,
    href: officerHref,
  }),
  sqlMetric({
    key: 'officers.hearingHosts',
    label: '听证主持人',
    unit: '名',
    area: '执法队伍',
    source: '执法人员：该年度内持有在有效期内、考试合格的听证主持人证的人员',
    from: (r) => Prisma.sql`FROM "Officer" o WHERE EXISTS (SELECT 1 FROM "Certificate" c WHERE ${inForce(r)} AND c."kind" = 'HEARING_HOST' AND c."examPassed")`,
    columns: officerColumns,
    href: officerHref,
  }),
  sqlMetric({
    key: 'officers.certifiedAndOnPlatform',
    label: '考试合格并录入执法监管平台的人员',
    unit: '名',
    area: '执法队伍',
    source: '执法人员：该年度持证人员中，所持证件均考试合格且已录入行政执法监管平台的',
    from: (r) => Prisma.sql`FROM "Officer" o WHERE EXISTS (SELECT 1 FROM "Certificate" c WHERE ${inForce(r)})
      AND NOT EXISTS (SELECT 1 FROM "Certificate" c WHERE ${inForce(r)} AND NOT (c."examPassed" AND c."platformRegistered"))`,
    columns: officerColumns,
    href: officerHref,
  }),
  sqlMetric({
    key: 'officers.trained',
    label: '参加培训的执法人员',
    unit: '名',
    area: '执法队伍',
    source: '培训记录：该年度参加过培训的执法人员',
    from: (r) => Prisma.sql`FROM "Officer" o WHERE EXISTS (SELECT 1 FROM "TrainingAttendance" a JOIN "Training" t ON t."id" = a."trainingId"
      WHERE a."officerId" = o."id" AND a."attended" AND ${heldIn('t', r)})`,
    columns: officerColumns,
    href: officerHref,
  }),
  sqlMetric({
    key: 'trainings.held',
    label: '组织执法人员培训',
    unit: '次',
    area: '执法队伍',
    source: '培训记录：举办日期在该年度的培训',
    from: (r) => Prisma.sql`FROM "Training" t WHERE ${heldIn('t', r)}`,
    columns: Prisma.sql`t."id" AS id, t."title" AS title, to_char(t."heldOn", 'YYYY-MM-DD') AS date`,
    href: () => '/staff/officers/trainings',
  }),
];

const deviceKinds = { BODY_CAMERA: ['devices.bodyCameras', '执法记录仪', '台'], CAMERA: ['devices.cameras', '照相机', '台'] } as const;
const evidenceKinds = { VIDEO: '视频', AUDIO: '音频', PHOTO: '照片', DOCUMENT: '书证材料' } as const;
const capturedIn = (r: YearRange) => Prisma.sql`e."capturedAt" >= ${ts(r.startTs)} AND e."capturedAt" < ${ts(r.endTs)}`;
const evidenceColumns = Prisma.sql`e."id" AS id, e."fileName" AS title, to_char(${shanghaiDay(Prisma.sql`e."capturedAt"`)}, 'YYYY-MM-DD') AS date, e."caseId" AS link`;
const caseLink = ({ link }: { link: string | null }) => (link ? `/staff/cases/${link}` : undefined);

const recording: MetricDef[] = [
  ...Object.entries(deviceKinds).map(([kind, [key, label, unit]]) =>
    sqlMetric({
      key,
      label,
      unit,
      area: '全过程记录',
      source: `记录设备台账：该年度内在用（启用日期不晚于年末、未在年初前停用）的${label}`,
      // In service at some time in the year, from its dates: retiring a device today never changes a past year.
      from: (r) => Prisma.sql`FROM "RecordingDevice" v WHERE v."kind" = ${kind}::"DeviceKind" AND v."inServiceFrom" <= ${d(r.end)}
        AND (v."retiredOn" IS NULL OR v."retiredOn" > ${d(r.start)})`,
      columns: Prisma.sql`v."id" AS id, v."code" || ' ' || v."model" AS title, to_char(v."inServiceFrom", 'YYYY-MM-DD') AS date`,
      href: () => '/staff/devices',
    }),
  ),
  sqlMetric({
    key: 'devices.loans',
    label: '记录设备领用',
    unit: '次',
    area: '全过程记录',
    source: '记录设备台账：领用时间在该年度的领用记录',
    from: (r) => Prisma.sql`FROM "DeviceLoan" l JOIN "RecordingDevice" v ON v."id" = l."deviceId" JOIN "Officer" o ON o."id" = l."officerId"
      WHERE l."handedOutAt" >= ${ts(r.startTs)} AND l."handedOutAt" < ${ts(r.endTs)}`,
    columns: Prisma.sql`l."id" AS id, v."code" || ' · ' || o."name" AS title, to_char(${shanghaiDay(Prisma.sql`l."handedOutAt"`)}, 'YYYY-MM-DD') AS date`,
    href: () => '/staff/devices',
  }),
  sqlMetric({
    key: 'evidence.items',
    label: '全过程记录证据材料',
    unit: '份',
    area: '全过程记录',
    source: '案卷证据：采集时间在该年度的证据材料',
    from: (r) => Prisma.sql`FROM "EvidenceItem" e WHERE ${capturedIn(r)}`,
    columns: evidenceColumns,
    href: caseLink,
  }),
  ...Object.entries(evidenceKinds).map(([kind, name]) =>
    sqlMetric({
      key: `evidence.kind.${kind}`,
      label: `证据材料：${name}`,
      unit: '份',
      area: '全过程记录',
      source: `案卷证据：采集时间在该年度的${name}`,
      from: (r) => Prisma.sql`FROM "EvidenceItem" e WHERE ${capturedIn(r)} AND e."kind" = ${kind}::"EvidenceKind"`,
      columns: evidenceColumns,
      href: caseLink,
    }),
  ),
];

const activityColumns = Prisma.sql`p."id" AS id, p."title" AS title, to_char(p."heldOn", 'YYYY-MM-DD') AS date`;
const ledger = () => '/staff/publicity/ledger';
const activityMetric = (key: string, label: string, kind: string, source: string) =>
  sqlMetric({
    key,
    label,
    unit: '次',
    area: '法治宣传',
    source,
    from: (r) => Prisma.sql`FROM "PublicityActivity" p WHERE ${heldIn('p', r)} AND p."kind" = ${kind}::"PublicityActivityKind"`,
    columns: activityColumns,
    href: ledger,
  });

const publicity: MetricDef[] = [
  activityMetric('publicity.offlineEvents', '线下普法活动', 'OFFLINE_EVENT', '普法台账：该年度举办的线下活动'),
  sqlMetric({
    key: 'publicity.leaflets',
    label: '发放宣传资料',
    unit: '份',
    area: '法治宣传',
    kind: 'sum',
    source: '普法台账：该年度各项活动发放宣传资料份数之和',
    from: (r) => Prisma.sql`FROM "PublicityActivity" p WHERE ${heldIn('p', r)} AND p."leaflets" > 0`,
    columns: Prisma.sql`${activityColumns}, p."leaflets" AS amount`,
    amount: Prisma.sql`p."leaflets"`,
    href: ledger,
  }),
  activityMetric('publicity.onlinePublications', '线上普法发布', 'ONLINE_PUBLICATION', '普法台账：该年度在微信公众号等新媒体发布的普法内容'),
  activityMetric('publicity.festivalCampaigns', '节日主题普法', 'FESTIVAL_CAMPAIGN', '普法台账：该年度结合传统节日开展的普法宣传'),
  sqlMetric({
    key: 'publicity.onlineReach',
    label: '线上普法阅读量',
    unit: '人次',
    area: '法治宣传',
    kind: 'sum',
    source: '普法台账：该年度线上发布与节日宣传的阅读（触达）人次之和',
    from: (r) => Prisma.sql`FROM "PublicityActivity" p WHERE ${heldIn('p', r)} AND p."kind" <> 'OFFLINE_EVENT' AND p."reach" > 0`,
    columns: Prisma.sql`${activityColumns}, p."reach" AS amount`,
    amount: Prisma.sql`p."reach"`,
    href: ledger,
  }),
  sqlMetric({
    key: 'publicity.responsibilities',
    label: '普法责任清单事项',
    unit: '项',
    area: '法治宣传',
    source: '普法责任清单：该年度的责任事项',
    from: (r) => Prisma.sql`FROM "PublicityResponsibility" p WHERE p."year" = ${r.year}`,
    columns: Prisma.sql`p."id" AS id, p."unit" || '：' || p."laws" AS title, to_char(p."dueOn", 'YYYY-MM-DD') AS date`,
    href: () => '/staff/publicity',
  }),
];

export const peopleMetrics: MetricDef[] = [...officers, ...recording, ...publicity];
