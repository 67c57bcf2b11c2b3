import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, sqlMetric, type MetricDef, type YearRange } from './sql-metric';

// The principal leaders' duties register and the plan (下步打算).
const AREA = '主要负责人履职';
const CATEGORIES = { WORK_ARRANGEMENT: '重要工作安排', PERSONNEL: '人事任免', FUNDS: '资金分配使用', PROCUREMENT: '物资采购', MAJOR_PROJECT: '重大项目建设' } as const;
const ACTIVITIES = {
  WORK_REPORT_HEARD: ['leadership.workReports', '听取法治工作汇报', '次'],
  STUDY_SESSION: ['leadership.studySessions', '法治专题学习', '次'],
  LAW_REPORT: ['leadership.lawReports', '年终述法', '次'],
} as const;

const heldIn = (alias: string, r: YearRange) => Prisma.sql`${Prisma.raw(alias)}."heldOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`;
const decisionColumns = Prisma.sql`c."id" AS id, c."topic" AS title, to_char(c."heldOn", 'YYYY-MM-DD') AS date`;
const decisionHref = ({ id }: { id: string }) => `/staff/leadership#decision-${id}`;
const decisionMetric = (key: string, label: string, source: string, where?: Prisma.Sql) =>
  sqlMetric({
    key,
    label,
    unit: '项',
    area: AREA,
    source,
    from: (r) => Prisma.sql`FROM "CollectiveDecision" c WHERE ${heldIn('c', r)}${where ? Prisma.sql` AND ${where}` : Prisma.empty}`,
    columns: decisionColumns,
    href: decisionHref,
  });
const planColumns = Prisma.sql`t."id" AS id, t."heading" || '：' || t."task" AS title, to_char(t."dueOn", 'YYYY-MM-DD') AS date`;
const planHref = ({ id }: { id: string }) => `/staff/leadership/plan#task-${id}`;

export const leadershipMetrics: MetricDef[] = [
  decisionMetric('collectiveDecisions.held', '重大事项集体讨论决定', '“三重一大”台账：该年度集体讨论决定的重大事项'),
  decisionMetric('collectiveDecisions.publicised', '集体决定事项依规公示', '“三重一大”台账：该年度集体决定并已公示的事项', Prisma.sql`c."publicised"`),
  ...Object.entries(CATEGORIES).map(([category, name]) =>
    decisionMetric(
      `collectiveDecisions.category.${category}`,
      `集体决定：${name}`,
      `“三重一大”台账：该年度集体决定的${name}事项`,
      Prisma.sql`c."category" = ${category}::"MajorMatterCategory"`,
    ),
  ),
  ...Object.entries(ACTIVITIES).map(([kind, [key, label, unit]]) =>
    sqlMetric({
      key,
      label,
      unit,
      area: AREA,
      source: `主要负责人履职台账：该年度的${label}记录`,
      from: (r) => Prisma.sql`FROM "LeadershipActivity" a WHERE ${heldIn('a', r)} AND a."kind" = ${kind}::"LeadershipActivityKind"`,
      columns: Prisma.sql`a."id" AS id, a."title" AS title, to_char(a."heldOn", 'YYYY-MM-DD') AS date`,
      href: ({ id }) => `/staff/leadership#activity-${id}`,
    }),
  ),
  sqlMetric({
    key: 'leadership.responsibilities',
    label: '法治建设责任分工',
    unit: '项',
    area: AREA,
    source: '主要负责人履职台账：该年度主要领导、分管领导、股室负责人的法治建设职责',
    from: (r) => Prisma.sql`FROM "RuleOfLawResponsibility" p WHERE p."year" = ${r.year}`,
    columns: Prisma.sql`p."id" AS id, p."personName" || '（' || p."post" || '）' AS title, NULL::text AS date`,
    href: ({ id }) => `/staff/leadership#responsibility-${id}`,
  }),
  sqlMetric({
    key: 'leadership.assessmentItems',
    label: '法治建设内部考核事项',
    unit: '项',
    area: AREA,
    source: '主要负责人履职台账：该年度纳入内部考核的法治建设事项',
    from: (r) => Prisma.sql`FROM "AssessmentItem" p WHERE p."year" = ${r.year}`,
    columns: Prisma.sql`p."id" AS id, p."item" AS title, NULL::text AS date`,
    href: ({ id }) => `/staff/leadership#assessment-${id}`,
  }),
  sqlMetric({
    key: 'plan.tasks',
    label: '年度计划任务',
    unit: '项',
    area: AREA,
    source: '下步打算：计划在该年度完成的任务（上一年度报告提出）',
    from: (r) => Prisma.sql`FROM "PlanTask" t WHERE t."year" = ${r.year}`,
    columns: planColumns,
    href: planHref,
  }),
  sqlMetric({
    key: 'plan.done',
    label: '已完成的计划任务',
    unit: '项',
    area: AREA,
    source: '下步打算：计划在该年度完成、状态为已完成的任务',
    from: (r) => Prisma.sql`FROM "PlanTask" t WHERE t."year" = ${r.year} AND t."status" = 'DONE'`,
    columns: planColumns,
    href: planHref,
  }),
  sqlMetric({
    key: 'plan.nextYear',
    label: '下一年度工作安排',
    unit: '项',
    area: AREA,
    source: '下步打算：计划在下一年度完成的任务',
    from: (r) => Prisma.sql`FROM "PlanTask" t WHERE t."year" = ${r.year + 1}`,
    columns: planColumns,
    href: planHref,
  }),
];
