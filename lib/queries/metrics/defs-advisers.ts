import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, sqlMetric, type MetricDef } from './sql-metric';

// The legal adviser register (法律顾问): who was retained in the year (by term, not by today's
// state) and the work they did in it.
const AREA = '法律顾问';
const WORK = {
  CONTRACT_REVIEW: '参与行政合同审查',
  MAJOR_DECISION_ADVICE: '为重大决策出具法律意见',
  NORMATIVE_DOCUMENT_ADVICE: '为规范性文件出具法律意见',
  LITIGATION: '参与行政诉讼',
  RECONSIDERATION: '参与行政复议',
  EMERGENCY_ADVICE: '为突发事件出具法律意见',
} as const;

export const ADVISER_WORK_KINDS = Object.keys(WORK) as (keyof typeof WORK)[];

export const adviserMetrics: MetricDef[] = [
  sqlMetric({
    key: 'advisers.retained',
    label: '聘请法律顾问',
    unit: '名',
    area: AREA,
    source: '法律顾问台账：聘期与该年度有交集的法律顾问',
    from: (r) => Prisma.sql`FROM "LegalAdviser" a WHERE a."termFrom" <= ${d(r.end)} AND a."termTo" >= ${d(r.start)}`,
    columns: Prisma.sql`a."id" AS id, a."name" || '（' || a."firm" || '）' AS title, to_char(a."termFrom", 'YYYY-MM-DD') AS date`,
    href: () => '/staff/legal-affairs',
  }),
  ...Object.entries(WORK).map(([kind, label]) =>
    sqlMetric({
      key: `advisers.work.${kind}`,
      label: `法律顾问${label}`,
      unit: '件',
      area: AREA,
      source: `法律顾问台账：该年度${label}的工作记录`,
      from: (r) => Prisma.sql`FROM "LegalAdviserWork" w JOIN "LegalAdviser" a ON a."id" = w."adviserId"
        WHERE w."kind" = ${kind}::"AdviserWorkKind" AND w."occurredOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`,
      columns: Prisma.sql`w."id" AS id, a."name" || '：' || w."title" AS title, to_char(w."occurredOn", 'YYYY-MM-DD') AS date`,
      href: () => '/staff/legal-affairs',
    }),
  ),
];
