import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { ADVISER_WORK_SENTENCE } from '@/lib/domain/reports/sections-measures';
import { d, sqlMetric, type MetricDef } from './sql-metric';

// The legal adviser register (法律顾问): who was retained in the year (by term, not by today's
// state) and the work they did in it.
const AREA = '法律顾问';

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
  // One figure per kind of work, worded as the report's adviser sentence words it.
  ...ADVISER_WORK_SENTENCE.map(([kind, label]) =>
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

// The register of reconsideration and litigation against the bureau (by the day it was received;
// head appearances by hearing day).
const remedyColumns = Prisma.sql`m."id" AS id, m."caseNumber" || ' ' || m."challengedDecision" AS title, to_char(m."receivedOn", 'YYYY-MM-DD') AS date`;
const remedyMetric = (key: string, label: string, source: string, where: Prisma.Sql, column = 'receivedOn') =>
  sqlMetric({
    key,
    label,
    unit: '件',
    area: '复议诉讼',
    source,
    from: (r) => Prisma.sql`FROM "RemedyCase" m WHERE m.${Prisma.raw(`"${column}"`)} BETWEEN ${d(r.start)} AND ${d(r.end)} AND ${where}`,
    columns: remedyColumns,
    href: () => '/staff/remedies',
  });

export const remedyMetrics: MetricDef[] = [
  remedyMetric('remedies.reconsideration', '行政复议案件', '复议诉讼台账：该年度收到的以本局为被申请人的行政复议', Prisma.sql`m."kind" = 'RECONSIDERATION'`),
  remedyMetric('remedies.litigation', '行政应诉案件', '复议诉讼台账：该年度收到的以本局为被告的行政诉讼', Prisma.sql`m."kind" = 'LITIGATION'`),
  remedyMetric(
    'remedies.corrected',
    '被撤销、变更或确认违法',
    '复议诉讼台账：该年度收到、结果为撤销、变更、确认违法或责令履行的案件',
    Prisma.sql`m."outcome" IN ('REVOKED', 'VARIED', 'CONFIRMED_ILLEGAL', 'ORDERED_TO_PERFORM')`,
  ),
  remedyMetric('remedies.hearings', '开庭审理的行政诉讼', '复议诉讼台账：开庭日期在该年度的行政诉讼', Prisma.sql`m."kind" = 'LITIGATION'`, 'hearingOn'),
  remedyMetric(
    'remedies.headAppeared',
    '负责人出庭应诉',
    '复议诉讼台账：开庭日期在该年度、行政机关负责人出庭应诉的行政诉讼',
    Prisma.sql`m."kind" = 'LITIGATION' AND m."headAppeared"`,
    'hearingOn',
  ),
];
