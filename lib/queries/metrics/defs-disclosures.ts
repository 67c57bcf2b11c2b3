import 'server-only';
import { CATEGORY_NAMES } from '@/lib/domain/disclosure/categories';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, shanghaiDay, sqlMetric, ts, type MetricDef, type YearRange } from './sql-metric';

const AREA = '政务公开';

const publishedIn = (r: YearRange) => Prisma.sql`d."publishedAt" >= ${ts(r.startTs)} AND d."publishedAt" < ${ts(r.endTs)}`;
const columns = Prisma.sql`d."id" AS id, d."title" AS title, to_char(${shanghaiDay(Prisma.sql`d."publishedAt"`)}, 'YYYY-MM-DD') AS date`;
const href = ({ id }: { id: string }) => `/staff/disclosures/${id}`;

// Late: published after its own due date (enforcement publicity) or, otherwise, after the
// proactive limit of N working days from formation (setting disclosure.proactiveWorkingDays) on
// the holiday calendar: N or more working days lie between formation and the day before publication.
const workingDaysBeforePublication = Prisma.sql`(
  SELECT COUNT(*) FROM generate_series(d."formedOn" + 1, ${shanghaiDay(Prisma.sql`d."publishedAt"`)} - 1, interval '1 day') AS g(day)
   WHERE EXISTS (SELECT 1 FROM "Holiday" h WHERE h."date" = g.day::date AND h."kind" = 'MAKEUP_WORKDAY')
      OR (extract(isodow FROM g.day) < 6 AND NOT EXISTS (SELECT 1 FROM "Holiday" h WHERE h."date" = g.day::date AND h."kind" = 'HOLIDAY')))`;
const proactiveLimit = Prisma.sql`(SELECT (s."value" #>> '{}')::int FROM "Setting" s WHERE s."key" = 'disclosure.proactiveWorkingDays')`;
const late = Prisma.sql`CASE WHEN d."publishDueOn" IS NOT NULL THEN ${shanghaiDay(Prisma.sql`d."publishedAt"`)} > d."publishDueOn"
  ELSE ${workingDaysBeforePublication} >= ${proactiveLimit} END`;

export const disclosureMetrics: MetricDef[] = [
  sqlMetric({
    key: 'disclosures.published',
    label: '主动公开政府信息',
    unit: '条',
    area: AREA,
    source: '政务公开：发布日期在该年度的信息（各栏目合计，含此后撤回的）',
    from: (r) => Prisma.sql`FROM "Disclosure" d WHERE ${publishedIn(r)}`,
    columns,
    href,
  }),
  ...Object.entries(CATEGORY_NAMES).map(([category, name]) =>
    sqlMetric({
      key: `disclosures.category.${category}`,
      label: `主动公开：${name}`,
      unit: '条',
      area: AREA,
      source: `政务公开：栏目“${name}”中发布日期在该年度的信息`,
      from: (r) => Prisma.sql`FROM "Disclosure" d WHERE ${publishedIn(r)} AND d."category" = ${category}::"DisclosureCategory"`,
      columns,
      href,
    }),
  ),
  sqlMetric({
    key: 'disclosures.late',
    label: '超过公开时限发布的信息',
    unit: '条',
    area: AREA,
    source: '政务公开：该年度发布、晚于应公开日期（执法公示）或形成后法定工作日时限（参数 disclosure.proactiveWorkingDays）的信息',
    from: (r) => Prisma.sql`FROM "Disclosure" d WHERE ${publishedIn(r)} AND ${late}`,
    columns,
    href,
  }),
  sqlMetric({
    key: 'disclosures.overdueUnpublished',
    label: '已过应公开日期仍未发布的信息',
    unit: '条',
    area: AREA,
    source: '政务公开：应公开日期（如执法公示期限）在该年度、已过期且至今未发布的信息',
    from: (r) => Prisma.sql`FROM "Disclosure" d WHERE d."publishDueOn" BETWEEN ${d(r.start)} AND ${d(r.end)}
      AND d."publishedAt" IS NULL AND d."status" <> 'WITHDRAWN'
      AND d."publishDueOn" < (now() AT TIME ZONE 'Asia/Shanghai')::date`,
    columns: Prisma.sql`d."id" AS id, d."title" AS title, to_char(d."publishDueOn", 'YYYY-MM-DD') AS date`,
    href,
  }),
  sqlMetric({
    key: 'disclosures.withdrawn',
    label: '撤回的信息',
    unit: '条',
    area: AREA,
    source: '政务公开：撤回日期在该年度的信息',
    from: (r) => Prisma.sql`FROM "Disclosure" d WHERE d."withdrawnAt" >= ${ts(r.startTs)} AND d."withdrawnAt" < ${ts(r.endTs)}`,
    columns: Prisma.sql`d."id" AS id, d."title" AS title, to_char(${shanghaiDay(Prisma.sql`d."withdrawnAt"`)}, 'YYYY-MM-DD') AS date`,
    href,
  }),
  sqlMetric({
    key: 'requests.received',
    label: '收到政府信息公开申请',
    unit: '件',
    area: AREA,
    source: '依申请公开登记：收到日期在该年度的申请',
    from: (r) => Prisma.sql`FROM "InformationRequest" q WHERE q."receivedOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`,
    columns: Prisma.sql`q."id" AS id, q."subject" AS title, to_char(q."receivedOn", 'YYYY-MM-DD') AS date`,
    href: ({ id }) => `/staff/requests#request-${id}`,
  }),
  sqlMetric({
    key: 'requests.answered',
    label: '答复政府信息公开申请',
    unit: '件',
    area: AREA,
    source: '依申请公开登记：答复日期在该年度的申请',
    from: (r) => Prisma.sql`FROM "InformationRequest" q WHERE q."answeredOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`,
    columns: Prisma.sql`q."id" AS id, q."subject" AS title, to_char(q."answeredOn", 'YYYY-MM-DD') AS date`,
    href: ({ id }) => `/staff/requests#request-${id}`,
  }),
];
