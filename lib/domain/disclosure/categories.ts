// Disclosure categories (政务公开类别) and the standard disclosure columns they are shown under
// (国务院办公厅政府信息与政务公开办公室 2019 guidance on 政府信息公开 columns).

export const DISCLOSURE_CATEGORIES = [
  'WORK_NEWS',
  'POLICY_REGULATION',
  'POLICY_INTERPRETATION',
  'NORMATIVE_DOCUMENT',
  'FUNCTIONS',
  'NOTICE',
  'ENFORCEMENT_PUBLICITY',
  'ANNUAL_REPORT',
] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

export const DISCLOSURE_COLUMNS = ['GUIDE', 'RULES', 'STATUTORY_PROACTIVE', 'ANNUAL_REPORTS'] as const;
export type DisclosureColumn = (typeof DISCLOSURE_COLUMNS)[number];

export const COLUMN_NAMES = {
  GUIDE: '政府信息公开指南',
  RULES: '政府信息公开制度',
  STATUTORY_PROACTIVE: '法定主动公开内容',
  ANNUAL_REPORTS: '政府信息公开年报',
} as const satisfies Record<DisclosureColumn, string>;

export const CATEGORY_NAMES = {
  WORK_NEWS: '工作动态',
  POLICY_REGULATION: '政策法规',
  POLICY_INTERPRETATION: '政策解读',
  NORMATIVE_DOCUMENT: '规范性文件',
  FUNCTIONS: '机构职能',
  NOTICE: '通知公告',
  ENFORCEMENT_PUBLICITY: '执法公示',
  ANNUAL_REPORT: '年度报告',
} as const satisfies Record<DisclosureCategory, string>;

// The guide column holds the bureau's disclosure guide (a fixed page, not items); the rules column
// holds the bureau's own disclosure rules, which are policies of the bureau itself.
export const CATEGORY_COLUMN = {
  WORK_NEWS: 'STATUTORY_PROACTIVE',
  POLICY_REGULATION: 'RULES',
  POLICY_INTERPRETATION: 'STATUTORY_PROACTIVE',
  NORMATIVE_DOCUMENT: 'STATUTORY_PROACTIVE',
  FUNCTIONS: 'STATUTORY_PROACTIVE',
  NOTICE: 'STATUTORY_PROACTIVE',
  ENFORCEMENT_PUBLICITY: 'STATUTORY_PROACTIVE',
  ANNUAL_REPORT: 'ANNUAL_REPORTS',
} as const satisfies Record<DisclosureCategory, DisclosureColumn>;

export function isDisclosureCategory(value: string): value is DisclosureCategory {
  return (DISCLOSURE_CATEGORIES as readonly string[]).includes(value);
}

export function categoriesInColumn(column: DisclosureColumn): DisclosureCategory[] {
  return DISCLOSURE_CATEGORIES.filter((category) => CATEGORY_COLUMN[category] === column);
}

// Categories reviewed whatever the setting says (the database gate, disclosure_requires_review,
// holds the same list): notices and circulars (通告、通报, the bureau's rule), normative documents
// (合法性审核 before issue, 国办发〔2018〕115号) and the annual report. The setting
// 'review.requiredCategories' may only add categories to these.
export const LAW_GATED_CATEGORIES = ['NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT'] as const satisfies readonly DisclosureCategory[];

export function requiresReview(category: DisclosureCategory, requiredCategories: readonly string[]): boolean {
  return (LAW_GATED_CATEGORIES as readonly string[]).includes(category) || requiredCategories.includes(category);
}
