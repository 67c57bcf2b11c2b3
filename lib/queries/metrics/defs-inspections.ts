import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { d, sqlMetric, today, type MetricDef, type YearRange } from './sql-metric';

const AREA = '行政检查';
const KINDS = { ROUTINE: '日常检查', RANDOM: '双随机抽查', JOINT: '联合检查', SPECIAL: '专项检查' } as const;

const inspectedIn = (r: YearRange) => Prisma.sql`i."inspectedOn" BETWEEN ${d(r.start)} AND ${d(r.end)}`;
const inspectionFrom = Prisma.sql`FROM "Inspection" i JOIN "SupervisedEntity" e ON e."id" = i."entityId"`;
const inspectionColumns = Prisma.sql`i."id" AS id, e."name" AS title, to_char(i."inspectedOn", 'YYYY-MM-DD') AS date`;
const inspectionHref = ({ id }: { id: string }) => `/staff/inspections/records/${id}`;
const entityColumns = Prisma.sql`e."id" AS id, e."name" AS title, NULL::text AS date`;
const entityHref = ({ id }: { id: string }) => `/staff/inspections/entities/${id}`;
// Elderly-care institutions the district had in the year: filed or registered by its end and not
// closed before it began (closedOn, never today's `active`: closing one now leaves past years alone).
const elderlyCareInYear = (r: YearRange) => Prisma.sql`e."kind" = 'ELDERLY_CARE'
  AND COALESCE(e."filedOn", e."registeredOn", ${d(r.end)}) <= ${d(r.end)}
  AND (e."closedOn" IS NULL OR e."closedOn" > ${d(r.start)})`;
const rectificationFrom = (r: YearRange) => Prisma.sql`FROM "Rectification" x JOIN "Finding" f ON f."id" = x."findingId"
  JOIN "Inspection" i ON i."id" = f."inspectionId" JOIN "SupervisedEntity" e ON e."id" = i."entityId" WHERE ${inspectedIn(r)}`;
const rectificationColumns = Prisma.sql`x."id" AS id, e."name" || '：' || f."description" AS title, to_char(x."dueOn", 'YYYY-MM-DD') AS date`;
const rectificationHref = ({ id }: { id: string }) => `/staff/inspections/rectifications/${id}`;

export const inspectionMetrics: MetricDef[] = [
  sqlMetric({
    key: 'inspections.total',
    label: '行政检查',
    unit: '次',
    area: AREA,
    source: '行政检查记录：检查日期在该年度的检查（各类监管对象）',
    from: (r) => Prisma.sql`${inspectionFrom} WHERE ${inspectedIn(r)}`,
    columns: inspectionColumns,
    href: inspectionHref,
  }),
  ...Object.entries(KINDS).map(([kind, name]) =>
    sqlMetric({
      key: `inspections.kind.${kind}`,
      label: name,
      unit: '次',
      area: AREA,
      source: `行政检查记录：检查日期在该年度的${name}`,
      from: (r) => Prisma.sql`${inspectionFrom} WHERE ${inspectedIn(r)} AND i."kind" = ${kind}::"InspectionKind"`,
      columns: inspectionColumns,
      href: inspectionHref,
    }),
  ),
  sqlMetric({
    key: 'inspections.elderlyCare',
    label: '检查养老机构',
    unit: '次',
    area: AREA,
    source: '行政检查记录：检查日期在该年度、对象为养老机构的检查',
    from: (r) => Prisma.sql`${inspectionFrom} WHERE ${inspectedIn(r)} AND e."kind" = 'ELDERLY_CARE'`,
    columns: inspectionColumns,
    href: inspectionHref,
  }),
  sqlMetric({
    key: 'inspections.jointElderlyCareInstitutions',
    label: '联合检查覆盖的养老机构',
    unit: '家',
    area: AREA,
    source: '行政检查记录：该年度至少接受过一次联合检查（消防、市场监管等部门）的养老机构',
    from: (r) => Prisma.sql`FROM "SupervisedEntity" e WHERE e."kind" = 'ELDERLY_CARE'
      AND EXISTS (SELECT 1 FROM "Inspection" i WHERE i."entityId" = e."id" AND i."kind" = 'JOINT' AND ${inspectedIn(r)})`,
    columns: entityColumns,
    href: entityHref,
  }),
  sqlMetric({
    key: 'entities.elderlyCare',
    label: '全区养老机构',
    unit: '家',
    area: AREA,
    source: '监管对象：备案（或登记）日期不晚于该年末、该年度未关停前在营的养老机构',
    from: (r) => Prisma.sql`FROM "SupervisedEntity" e WHERE ${elderlyCareInYear(r)}`,
    columns: entityColumns,
    href: entityHref,
  }),
  sqlMetric({
    key: 'entities.elderlyCareUncovered',
    label: '未实地检查的养老机构',
    unit: '家',
    area: AREA,
    source: '监管对象：该年度在册但该年度没有任何实地检查记录的养老机构',
    from: (r) => Prisma.sql`FROM "SupervisedEntity" e WHERE ${elderlyCareInYear(r)}
      AND NOT EXISTS (SELECT 1 FROM "Inspection" i WHERE i."entityId" = e."id" AND i."onSite" AND ${inspectedIn(r)})`,
    columns: entityColumns,
    href: entityHref,
  }),
  sqlMetric({
    key: 'rectifications.ordered',
    label: '责令整改',
    unit: '项',
    area: AREA,
    source: '整改记录：该年度检查发现问题所下达的整改',
    from: (r) => rectificationFrom(r),
    columns: rectificationColumns,
    href: rectificationHref,
  }),
  sqlMetric({
    key: 'rectifications.open',
    label: '尚未整改完毕',
    unit: '项',
    area: AREA,
    source: '整改记录：该年度检查下达、目前尚未经复查关闭的整改',
    from: (r) => Prisma.sql`${rectificationFrom(r)} AND x."status" <> 'CLOSED'`,
    columns: rectificationColumns,
    href: rectificationHref,
  }),
  sqlMetric({
    key: 'rectifications.overdue',
    label: '逾期未整改',
    unit: '项',
    area: AREA,
    source: '整改记录：该年度检查下达、目前未关闭且已过整改期限的整改',
    from: (r) => Prisma.sql`${rectificationFrom(r)} AND x."status" <> 'CLOSED' AND x."dueOn" < ${today}`,
    columns: rectificationColumns,
    href: rectificationHref,
  }),
];
