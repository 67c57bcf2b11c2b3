import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { CATEGORY_NAMES, DISCLOSURE_CATEGORIES } from '@/lib/domain/disclosure/categories';
import {
  buildRemedyTable,
  buildRequestTable,
  checkDisclosureReport,
  enforcementStatistics,
  ENFORCEMENT_STAT_KEYS,
  type EnforcementStatKey,
  type OutcomeRow,
  type ProactiveTable,
} from '@/lib/domain/reports/statistics';
import { metricHref, metricValues } from '@/lib/queries/metrics/registry';

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
// Asia/Shanghai midnights as instants, for timestamp columns.
const instant = (year: number) => new Date(`${year}-01-01T00:00:00+08:00`);

// Where each enforcement category's figure comes from: a metric of the registry, or the licence register.
const STAT_METRICS: Record<Exclude<EnforcementStatKey, 'licence'>, string> = {
  penalty: 'cases.type.PENALTY',
  coercion: 'cases.type.COERCIVE_MEASURE',
  inspection: 'inspections.total',
  ILLEGAL_SOCIAL_ORG_BAN: 'cases.type.ILLEGAL_SOCIAL_ORG_BAN',
  ASSISTANCE_HOUSEHOLD_SURVEY: 'cases.type.ASSISTANCE_HOUSEHOLD_SURVEY',
  ECONOMIC_STATUS_VERIFICATION: 'cases.type.ECONOMIC_STATUS_VERIFICATION',
  VAGRANT_RESCUE: 'cases.type.VAGRANT_RESCUE',
  FUNERAL_REFORM_INSPECTION: 'cases.type.FUNERAL_REFORM_INSPECTION',
  ELDERLY_CARE_SUPERVISION: 'cases.type.ELDERLY_CARE_SUPERVISION',
};

async function licenceCounts(db: Db | Tx, year: number) {
  const where = { decidedOn: { gte: day(`${year}-01-01`), lte: day(`${year}-12-31`) } };
  const [total, granted] = await Promise.all([db.licenceDecision.count({ where }), db.licenceDecision.count({ where: { ...where, granted: true } })]);
  return { total, granted };
}

// 行政执法数据 of the year: every category, zeros included, each with the list of its records.
export async function loadEnforcementStatistics(db: Db | Tx, year: number) {
  const values = await metricValues(db, year, Object.values(STAT_METRICS));
  const licences = await licenceCounts(db, year);
  const counts: Parameters<typeof enforcementStatistics>[0] = {
    licence: { count: licences.total, detail: `准予${licences.granted}件，不予${licences.total - licences.granted}件（行政许可决定登记）` },
  };
  const hrefs: Partial<Record<EnforcementStatKey, string>> = { licence: `/staff/licences?year=${year}` };
  for (const key of ENFORCEMENT_STAT_KEYS) {
    if (key === 'licence') continue;
    const metricKey = STAT_METRICS[key];
    counts[key] = { count: values[metricKey] ?? 0, detail: key === 'inspection' ? '行政检查记录（各类监管对象）' : '执法案件（按立案日期）' };
    hrefs[key] = metricHref(metricKey, year);
  }
  const stats = enforcementStatistics(counts);
  return { ...stats, rows: stats.rows.map((row) => ({ ...row, href: hrefs[row.key] })) };
}

async function normativeDocuments(db: Db | Tx, year: number) {
  const start = instant(year);
  const end = instant(year + 1);
  const category = 'NORMATIVE_DOCUMENT' as const;
  const [made, repealed, inForce] = await Promise.all([
    db.disclosure.count({ where: { category, publishedAt: { gte: start, lt: end } } }),
    db.disclosure.count({ where: { category, withdrawnAt: { gte: start, lt: end } } }),
    db.disclosure.count({ where: { category, publishedAt: { lt: end }, OR: [{ withdrawnAt: null }, { withdrawnAt: { gte: end } }] } }),
  ]);
  return { made, repealed, inForce };
}

// The tables of the government-information-disclosure annual report, counted from the records,
// with their internal totals checked.
export async function loadDisclosureReportTables(db: Db | Tx, year: number) {
  const categoryKeys = DISCLOSURE_CATEGORIES.map((c) => `disclosures.category.${c}`);
  const values = await metricValues(db, year, ['disclosures.published', ...categoryKeys, 'cases.type.PENALTY', 'cases.type.COERCIVE_MEASURE']);
  const [documents, licences, requests, remedies] = await Promise.all([
    normativeDocuments(db, year),
    licenceCounts(db, year),
    db.informationRequest.findMany({ where: { receivedOn: { lte: day(`${year}-12-31`) } } }),
    // Table 四 counts only cases about information disclosure: those challenging a request answer or a disclosure.
    db.remedyCase.findMany({
      where: { receivedOn: { gte: day(`${year}-01-01`), lte: day(`${year}-12-31`) }, OR: [{ informationRequestId: { not: null } }, { disclosureId: { not: null } }] },
      select: { kind: true, afterReconsideration: true, outcome: true },
    }),
  ]);
  const proactive: ProactiveTable = {
    documents: [{ label: '行政规范性文件', ...documents }],
    decisions: [
      { label: '行政许可', count: licences.total },
      { label: '行政处罚', count: values['cases.type.PENALTY'] ?? 0 },
      { label: '行政强制', count: values['cases.type.COERCIVE_MEASURE'] ?? 0 },
    ],
    byCategory: DISCLOSURE_CATEGORIES.map((c) => ({ label: CATEGORY_NAMES[c], count: values[`disclosures.category.${c}`] ?? 0 })),
    published: values['disclosures.published'] ?? 0,
  };
  const tables = {
    proactive,
    requests: buildRequestTable(
      year,
      requests.map((r) => ({
        receivedOn: r.receivedOn.toISOString().slice(0, 10),
        answeredOn: r.answeredOn ? r.answeredOn.toISOString().slice(0, 10) : null,
        applicantKind: r.applicantKind,
        outcome: r.outcome as OutcomeRow | 'PENDING',
      })),
    ),
    remedies: buildRemedyTable(remedies),
  };
  return { tables, problems: checkDisclosureReport(tables), requestCount: requests.length };
}
