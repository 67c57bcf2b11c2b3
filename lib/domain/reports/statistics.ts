// The two statutory yearly outputs built from records (pure): the enforcement statistics (行政执法
// 数据, published by 31 January) and the tables of the government-information-disclosure annual
// report (国务院办公厅政府信息公开工作年度报告格式), with their internal totals checked.

import { outcomeGroup, type RemedyKind, type RemedyOutcome } from '@/lib/domain/remedies/remedies';

export type StatProblem = { table: string; row: string; column: string; expected: number; actual: number; message: string };

// ── enforcement statistics ──────────────────────────────────────────────────────────────────────
export const ENFORCEMENT_STAT_KEYS = [
  'licence',
  'penalty',
  'coercion',
  'inspection',
  'ILLEGAL_SOCIAL_ORG_BAN',
  'ASSISTANCE_HOUSEHOLD_SURVEY',
  'ECONOMIC_STATUS_VERIFICATION',
  'VAGRANT_RESCUE',
  'FUNERAL_REFORM_INSPECTION',
  'ELDERLY_CARE_SUPERVISION',
] as const;
export type EnforcementStatKey = (typeof ENFORCEMENT_STAT_KEYS)[number];

export const ENFORCEMENT_STAT_LABELS = {
  licence: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  ILLEGAL_SOCIAL_ORG_BAN: '取缔非法社会组织',
  ASSISTANCE_HOUSEHOLD_SURVEY: '社会救助入户调查',
  ECONOMIC_STATUS_VERIFICATION: '居民家庭经济状况核对',
  VAGRANT_RESCUE: '流浪乞讨人员救助',
  FUNERAL_REFORM_INSPECTION: '殡葬改革稽查',
  ELDERLY_CARE_SUPERVISION: '养老服务监管',
} as const satisfies Record<EnforcementStatKey, string>;

export type EnforcementStatRow = { key: EnforcementStatKey; label: string; count: number; detail: string };

// Every category appears, with 0 where nothing happened (the published form lists them all).
export function enforcementStatistics(counts: Partial<Record<EnforcementStatKey, { count: number; detail: string }>>) {
  const rows: EnforcementStatRow[] = ENFORCEMENT_STAT_KEYS.map((key) => ({
    key,
    label: ENFORCEMENT_STAT_LABELS[key],
    count: counts[key]?.count ?? 0,
    detail: counts[key]?.detail ?? '',
  }));
  return { rows, total: rows.reduce((sum, row) => sum + row.count, 0) };
}

// ── disclosure annual report, table 三: requests received and handled ───────────────────────────
export const APPLICANT_COLUMNS = ['PERSON', 'BUSINESS', 'RESEARCH', 'SOCIAL_ORG', 'LEGAL_SERVICE', 'OTHER'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
export type RequestColumn = ApplicantColumn | 'TOTAL';
export const REQUEST_COLUMN_LABELS = {
  PERSON: '自然人',
  BUSINESS: '商业企业',
  RESEARCH: '科研机构',
  SOCIAL_ORG: '社会公益组织',
  LEGAL_SERVICE: '法律服务机构',
  OTHER: '其他',
  TOTAL: '总计',
} as const satisfies Record<RequestColumn, string>;

export const OUTCOME_ROWS = ['DISCLOSED_IN_FULL', 'DISCLOSED_IN_PART', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER'] as const;
export type OutcomeRow = (typeof OUTCOME_ROWS)[number];
export type RequestRowKey = 'received' | 'carriedIn' | OutcomeRow | 'outcomeTotal' | 'carriedOut';
export const REQUEST_ROW_LABELS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedIn: '二、上年结转政府信息公开申请数量',
  DISCLOSED_IN_FULL: '三、本年度办理结果（一）予以公开',
  DISCLOSED_IN_PART: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  NOT_DISCLOSED: '（三）不予公开',
  UNABLE_TO_PROVIDE: '（四）无法提供',
  NOT_PROCESSED: '（五）不予处理',
  OTHER: '（六）其他处理',
  outcomeTotal: '（七）总计',
  carriedOut: '四、结转下年度继续办理',
} as const satisfies Record<RequestRowKey, string>;
export const REQUEST_ROWS = Object.keys(REQUEST_ROW_LABELS) as RequestRowKey[];

export type RequestRecord = {
  receivedOn: string; // YYYY-MM-DD
  answeredOn: string | null;
  applicantKind: ApplicantColumn;
  outcome: OutcomeRow | 'PENDING';
};
export type RequestTable = Record<RequestRowKey, Record<RequestColumn, number>>;

const emptyRow = (): Record<RequestColumn, number> => ({ PERSON: 0, BUSINESS: 0, RESEARCH: 0, SOCIAL_ORG: 0, LEGAL_SERVICE: 0, OTHER: 0, TOTAL: 0 });

// Counted from the request records: never typed-in figures. A request is handled in the year it
// was answered (answeredOn with an outcome); one still open at the year's end is carried over.
export function buildRequestTable(year: number, requests: readonly RequestRecord[]): RequestTable {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const table = Object.fromEntries(REQUEST_ROWS.map((row) => [row, emptyRow()])) as RequestTable;
  const add = (row: RequestRowKey, column: ApplicantColumn) => {
    table[row][column] += 1;
    table[row].TOTAL += 1;
  };
  for (const request of requests) {
    const answered = request.outcome !== 'PENDING' && request.answeredOn !== null ? request.answeredOn : null;
    if (request.receivedOn > end || (answered !== null && answered < start)) continue;
    if (request.receivedOn >= start) add('received', request.applicantKind);
    else add('carriedIn', request.applicantKind);
    if (answered !== null && answered <= end && request.outcome !== 'PENDING') {
      add(request.outcome, request.applicantKind);
      add('outcomeTotal', request.applicantKind);
    } else {
      add('carriedOut', request.applicantKind);
    }
  }
  return table;
}

export function checkRequestTable(table: RequestTable): StatProblem[] {
  const problems: StatProblem[] = [];
  const name = '表三 收到和处理政府信息公开申请情况';
  for (const row of REQUEST_ROWS) {
    const sum = APPLICANT_COLUMNS.reduce((s, c) => s + table[row][c], 0);
    if (sum !== table[row].TOTAL) {
      problems.push({
        table: name,
        row,
        column: 'TOTAL',
        expected: sum,
        actual: table[row].TOTAL,
        message: `“${REQUEST_ROW_LABELS[row]}”的总计应等于各类申请人之和（${sum}），实为${table[row].TOTAL}`,
      });
    }
  }
  for (const column of [...APPLICANT_COLUMNS, 'TOTAL'] as const) {
    const outcomes = OUTCOME_ROWS.reduce((s, r) => s + table[r][column], 0);
    if (outcomes !== table.outcomeTotal[column]) {
      problems.push({
        table: name,
        row: 'outcomeTotal',
        column,
        expected: outcomes,
        actual: table.outcomeTotal[column],
        message: `“${REQUEST_COLUMN_LABELS[column]}”列办理结果总计应等于（一）至（六）之和（${outcomes}），实为${table.outcomeTotal[column]}`,
      });
    }
    const incoming = table.received[column] + table.carriedIn[column];
    const outgoing = table.outcomeTotal[column] + table.carriedOut[column];
    if (incoming !== outgoing) {
      problems.push({
        table: name,
        row: 'carriedOut',
        column,
        expected: incoming - table.outcomeTotal[column],
        actual: table.carriedOut[column],
        message: `“${REQUEST_COLUMN_LABELS[column]}”列新收与上年结转之和（${incoming}）应等于办理结果总计与结转下年度之和（${outgoing}）`,
      });
    }
  }
  return problems;
}

// ── table 二: proactive disclosure ─────────────────────────────────────────────────────────────
export type ProactiveTable = {
  documents: { label: string; made: number; repealed: number; inForce: number }[];
  decisions: { label: string; count: number }[];
  byCategory: { label: string; count: number }[];
  published: number;
};

export function checkProactiveTable(table: ProactiveTable): StatProblem[] {
  const name = '表二 主动公开政府信息情况';
  const sum = table.byCategory.reduce((s, row) => s + row.count, 0);
  return sum === table.published
    ? []
    : [
        {
          table: name,
          row: 'byCategory',
          column: 'count',
          expected: table.published,
          actual: sum,
          message: `各栏目主动公开数之和（${sum}）应等于本年主动公开总数（${table.published}）`,
        },
      ];
}

// ── table 四: administrative reconsideration and litigation ──────────────────────────────────────
export const REMEDY_RESULTS = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING', 'TOTAL'] as const;
export type RemedyResult = (typeof REMEDY_RESULTS)[number];
export const REMEDY_RESULT_LABELS = { UPHELD: '结果维持', CORRECTED: '结果纠正', OTHER: '其他结果', PENDING: '尚未审结', TOTAL: '总计' } as const satisfies Record<
  RemedyResult,
  string
>;
export const REMEDY_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'] as const;
export type RemedyGroup = (typeof REMEDY_GROUPS)[number];
export const REMEDY_GROUP_LABELS = {
  reconsideration: '行政复议',
  litigationDirect: '行政诉讼（未经复议直接起诉）',
  litigationAfterReconsideration: '行政诉讼（复议后起诉）',
} as const satisfies Record<RemedyGroup, string>;
export type RemedyTable = Record<RemedyGroup, Record<RemedyResult, number>>;

// One register entry (RemedyCase) about information disclosure: structured kind and outcome.
export type RemedyRecord = { kind: RemedyKind; afterReconsideration: boolean; outcome: RemedyOutcome | null };

export function buildRemedyTable(records: readonly RemedyRecord[]): RemedyTable {
  const table = Object.fromEntries(REMEDY_GROUPS.map((g) => [g, { UPHELD: 0, CORRECTED: 0, OTHER: 0, PENDING: 0, TOTAL: 0 }])) as RemedyTable;
  for (const record of records) {
    const group: RemedyGroup = record.kind === 'RECONSIDERATION' ? 'reconsideration' : record.afterReconsideration ? 'litigationAfterReconsideration' : 'litigationDirect';
    table[group][outcomeGroup(record.outcome)] += 1;
    table[group].TOTAL += 1;
  }
  return table;
}

export function checkRemedyTable(table: RemedyTable): StatProblem[] {
  return REMEDY_GROUPS.flatMap((group) => {
    const row = table[group];
    const sum = row.UPHELD + row.CORRECTED + row.OTHER + row.PENDING;
    return sum === row.TOTAL
      ? []
      : [
          {
            table: '表四 行政复议、行政诉讼情况',
            row: group,
            column: 'TOTAL',
            expected: sum,
            actual: row.TOTAL,
            message: `${REMEDY_GROUP_LABELS[group]}的总计应等于各结果之和（${sum}），实为${row.TOTAL}`,
          },
        ];
  });
}

export type DisclosureReportTables = { proactive: ProactiveTable; requests: RequestTable; remedies: RemedyTable };

export function checkDisclosureReport(tables: DisclosureReportTables): StatProblem[] {
  return [...checkProactiveTable(tables.proactive), ...checkRequestTable(tables.requests), ...checkRemedyTable(tables.remedies)];
}
