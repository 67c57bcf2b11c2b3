import 'server-only';
import { CASE_TYPE_NAMES } from '@/lib/domain/enforcement/case-types';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, shanghaiDay, sqlMetric, today, ts, type MetricDef, type YearRange } from './sql-metric';

// Enforcement cases and legal reviews.
const CASES = '执法案件';
const REVIEWS = '法制审核';

const caseColumns = (column: string) => Prisma.sql`k."id" AS id, k."caseNumber" || ' ' || k."title" AS title, to_char(k.${Prisma.raw(`"${column}"`)}, 'YYYY-MM-DD') AS date`;
const caseHref = ({ id }: { id: string }) => `/staff/cases/${id}`;
const dayIn = (column: string, r: YearRange) => Prisma.sql`k.${Prisma.raw(`"${column}"`)} BETWEEN ${d(r.start)} AND ${d(r.end)}`;

type CaseSpec = { key: string; label: string; source: string; column: string; where?: Prisma.Sql | ((r: YearRange) => Prisma.Sql); anyYear?: boolean };
const caseWhere = (spec: CaseSpec, r: YearRange) => {
  const parts = [...(spec.anyYear ? [] : [dayIn(spec.column, r)]), ...(spec.where ? [typeof spec.where === 'function' ? spec.where(r) : spec.where] : [])];
  return Prisma.join(parts, ' AND ');
};
const caseMetric = (spec: CaseSpec) =>
  sqlMetric({
    key: spec.key,
    label: spec.label,
    unit: '件',
    area: CASES,
    source: spec.source,
    from: (r) => Prisma.sql`FROM "EnforcementCase" k WHERE ${caseWhere(spec, r)}`,
    columns: caseColumns(spec.column),
    href: caseHref,
  });

const decidedIn = (r: YearRange) => Prisma.sql`lr."decidedAt" >= ${ts(r.startTs)} AND lr."decidedAt" < ${ts(r.endTs)} AND lr."status" IN ('APPROVED', 'RETURNED', 'REFERRED')`;

// Art. 60: decide within N calendar days of filing (setting case.decisionCalendarDays), or by an
// approved extension; a case still undecided past that day counts too.
const decisionLimit = Prisma.sql`(SELECT (s."value" #>> '{}')::int FROM "Setting" s WHERE s."key" = 'case.decisionCalendarDays')`;
const overdue = Prisma.sql`k."type" = 'PENALTY' AND COALESCE(k."decidedOn", k."closedOn", ${today})
  > GREATEST(k."filedOn" + ${decisionLimit}, CASE WHEN k."extensionApproved" THEN k."extensionUntil" END)`;

const cases: MetricDef[] = [
  caseMetric({ key: 'cases.filed', label: '立案办理的执法案件', source: '执法案件：立案日期在该年度的案件', column: 'filedOn' }),
  ...Object.entries(CASE_TYPE_NAMES).map(([type, name]) =>
    caseMetric({
      key: `cases.type.${type}`,
      label: `执法案件：${name}`,
      source: `执法案件：立案日期在该年度的“${name}”案件`,
      column: 'filedOn',
      where: Prisma.sql`k."type" = ${type}::"CaseType"`,
    }),
  ),
  caseMetric({
    key: 'cases.summary',
    label: '简易程序案件',
    source: '执法案件：立案日期在该年度、适用简易程序的案件',
    column: 'filedOn',
    where: Prisma.sql`k."procedure" = 'SUMMARY'`,
  }),
  caseMetric({ key: 'cases.decided', label: '作出执法决定', source: '执法案件：决定日期在该年度的案件', column: 'decidedOn' }),
  caseMetric({
    key: 'cases.noPenalty',
    label: '依法不予处罚',
    source: '执法案件：该年度结案、适用不罚清单不予处罚（记录不罚理由）的案件',
    column: 'closedOn',
    where: Prisma.sql`k."noPenaltyReason" IS NOT NULL`,
  }),
  caseMetric({ key: 'cases.closed', label: '结案', source: '执法案件：结案日期在该年度的案件', column: 'closedOn' }),
  caseMetric({ key: 'cases.revoked', label: '撤销或变更的决定', source: '执法案件：决定撤销日期在该年度的案件', column: 'revokedOn' }),
  caseMetric({ key: 'cases.hearingsHeld', label: '举行听证', source: '执法案件：听证举行日期在该年度的案件', column: 'hearingHeldOn' }),
  caseMetric({ key: 'cases.major', label: '重大执法案件', source: '执法案件：立案日期在该年度、经认定为重大的案件', column: 'filedOn', where: Prisma.sql`k."isMajor"` }),
  caseMetric({
    key: 'cases.majorReviewed',
    label: '重大执法决定经法制审核',
    source: '法制审核：该年度作出审核意见的重大执法决定（按案件计）',
    column: 'filedOn',
    anyYear: true,
    where: (r) => Prisma.sql`EXISTS (SELECT 1 FROM "LegalReview" lr WHERE lr."subjectType" = 'ENFORCEMENT_DECISION' AND lr."subjectId" = k."id" AND ${decidedIn(r)})`,
  }),
  caseMetric({
    key: 'cases.overdue',
    label: '超过办案期限的处罚案件',
    source: '执法案件：该年度立案、超过法定办案期限（参数 case.decisionCalendarDays，经批准延长的以延长期限为准）作出决定或仍未决定的行政处罚案件',
    column: 'filedOn',
    where: overdue,
  }),
];

const reviewColumns = (column: string) =>
  Prisma.sql`lr."id" AS id, lr."title" || '（第' || lr."round" || '轮）' AS title, to_char(${shanghaiDay(Prisma.raw(`lr."${column}"`))}, 'YYYY-MM-DD') AS date`;
const reviewHref = ({ id }: { id: string }) => `/staff/reviews/${id}`;
const SUBJECTS = { DISCLOSURE: '政务公开信息', ENFORCEMENT_DECISION: '重大执法决定', MAJOR_ADMIN_DECISION: '重大行政决策', ADMIN_CONTRACT: '行政合同' } as const;
const OUTCOMES = { APPROVED: '同意', RETURNED: '退回修改', REFERRED: '移送' } as const;
const reviewMetric = (key: string, label: string, source: string, where?: Prisma.Sql) =>
  sqlMetric({
    key,
    label,
    unit: '件',
    area: REVIEWS,
    source,
    from: (r) => Prisma.sql`FROM "LegalReview" lr WHERE ${decidedIn(r)}${where ? Prisma.sql` AND ${where}` : Prisma.empty}`,
    columns: reviewColumns('decidedAt'),
    href: reviewHref,
  });

const reviews: MetricDef[] = [
  reviewMetric('reviews.decided', '办结法制审核', '法制审核：该年度作出审核意见的审核（每轮计一次）'),
  ...Object.entries(SUBJECTS).map(([subject, name]) =>
    reviewMetric(`reviews.subject.${subject}`, `法制审核：${name}`, `法制审核：该年度作出审核意见的${name}审核`, Prisma.sql`lr."subjectType" = ${subject}::"ReviewSubjectType"`),
  ),
  ...Object.entries(OUTCOMES).map(([status, name]) =>
    reviewMetric(`reviews.outcome.${status}`, `审核意见：${name}`, `法制审核：该年度审核意见为“${name}”的审核`, Prisma.sql`lr."status" = ${status}::"ReviewStatus"`),
  ),
  reviewMetric(
    'reviews.onTime',
    '按期办结的法制审核',
    '法制审核：该年度作出意见、且不晚于（含延长后）审核期限的审核',
    Prisma.sql`${shanghaiDay(Prisma.sql`lr."decidedAt"`)} <= lr."dueOn"`,
  ),
  sqlMetric({
    key: 'reviews.late',
    label: '超期的法制审核',
    unit: '件',
    area: REVIEWS,
    source: '法制审核：该年度提交、晚于审核期限作出意见或至今超期未办的审核',
    from: (r) => Prisma.sql`FROM "LegalReview" lr WHERE lr."submittedAt" >= ${ts(r.startTs)} AND lr."submittedAt" < ${ts(r.endTs)}
      AND ((lr."status" IN ('APPROVED', 'RETURNED', 'REFERRED') AND ${shanghaiDay(Prisma.sql`lr."decidedAt"`)} > lr."dueOn")
        OR (lr."status" = 'PENDING' AND lr."dueOn" < ${today}))`,
    columns: reviewColumns('submittedAt'),
    href: reviewHref,
  }),
];

export const caseMetrics: MetricDef[] = [...cases, ...reviews];
