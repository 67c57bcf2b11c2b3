// The yearly statutory dates, as steps each done with a receipt. The year is the year reported on;
// every step falls due in the following year.
import type { Blocker } from '@/lib/domain/blockers';

export const SUBMISSION_STEPS = [
  'ENFORCEMENT_STATISTICS',
  'DISCLOSURE_ANNUAL_REPORT',
  'RULE_OF_LAW_TO_PARTY_AND_GOVERNMENT',
  'RULE_OF_LAW_TO_HIGHER_DEPARTMENT',
  'RULE_OF_LAW_PUBLISHED',
] as const;
export type SubmissionStep = (typeof SUBMISSION_STEPS)[number];

const RULE_OF_LAW = '《法治政府建设与责任落实督察工作规定》';
export const SUBMISSION_RULES = {
  ENFORCEMENT_STATISTICS: { due: '01-31', citation: '国办发〔2018〕118号（每年1月31日前公开上年度行政执法总体情况和有关数据）' },
  DISCLOSURE_ANNUAL_REPORT: { due: '01-31', citation: '《中华人民共和国政府信息公开条例》第四十九条（每年1月31日前公布本行政机关上一年度政府信息公开工作年度报告）' },
  RULE_OF_LAW_TO_PARTY_AND_GOVERNMENT: { due: '03-01', citation: `${RULE_OF_LAW}（每年3月1日前向本级党委和政府报告）` },
  RULE_OF_LAW_TO_HIGHER_DEPARTMENT: { due: '03-01', citation: `${RULE_OF_LAW}（每年3月1日前向上一级政府有关部门报告）` },
  RULE_OF_LAW_PUBLISHED: { due: '04-01', citation: `${RULE_OF_LAW}（每年4月1日前通过报刊、网站等向社会公开）` },
} as const satisfies Record<SubmissionStep, { due: string; citation: string }>;

export const submissionDueOn = (year: number, step: SubmissionStep): string => `${year + 1}-${SUBMISSION_RULES[step].due}`;

export type SubmissionState = { step: SubmissionStep; dueOn: string; doneOn: string | null; receipt: string | null; status: 'DONE' | 'LATE' | 'OVERDUE' | 'OPEN' };

/** Each step of the year with its due date and where it stands on `today`. */
export function submissionStates(year: number, done: readonly { step: SubmissionStep; doneOn: string; receipt: string }[], today: string): SubmissionState[] {
  return SUBMISSION_STEPS.map((step) => {
    const dueOn = submissionDueOn(year, step);
    const row = done.find((d) => d.step === step);
    if (row) return { step, dueOn, doneOn: row.doneOn, receipt: row.receipt, status: row.doneOn > dueOn ? 'LATE' : 'DONE' };
    return { step, dueOn, doneOn: null, receipt: null, status: today > dueOn ? 'OVERDUE' : 'OPEN' };
  });
}

/** A step can be recorded once, not before the year it reports on has ended nor in the future. */
export function submissionBlockers(f: { year: number; step: SubmissionStep; doneOn: string; today: string; alreadyDone: boolean }): Blocker[] {
  const blockers: Blocker[] = [];
  if (f.alreadyDone) blockers.push({ code: 'ALREADY_RECORDED', message: '该事项已登记' });
  if (f.doneOn > f.today) blockers.push({ code: 'FUTURE_DATE', message: '办理日期不能晚于今天' });
  if (f.doneOn <= `${f.year}-12-31`) blockers.push({ code: 'BEFORE_YEAR_END', message: `办理日期应在${f.year}年度结束之后`, citation: SUBMISSION_RULES[f.step].citation });
  return blockers;
}
