import 'server-only';
import { CATEGORY_NAMES, categoriesInColumn, type DisclosureColumn } from '@/lib/domain/disclosure/categories';
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';

// The public site's view of the disclosure categories: URL slug and a one-line description, with
// the Chinese names and standard columns from lib/domain/disclosure.
export type PublicCategory = {
  category: DisclosureCategory;
  slug: string;
  name: string;
  description: string;
};

const SITE: Record<DisclosureCategory, { slug: string; description: string }> = {
  FUNCTIONS: { slug: 'functions', description: '机构设置、主要职责、内设机构、领导分工与联系方式' },
  POLICY_REGULATION: { slug: 'policies', description: '本局执行的法律法规、规章和上级政策文件' },
  NORMATIVE_DOCUMENT: { slug: 'normative-documents', description: '本局制定的行政规范性文件（经法制审核）' },
  POLICY_INTERPRETATION: { slug: 'interpretations', description: '对重要政策文件的解读与问答' },
  NOTICE: { slug: 'notices', description: '通知、通告、通报（发布前均经法制审核）' },
  ENFORCEMENT_PUBLICITY: { slug: 'enforcement', description: '行政执法事前、事后公示（自然人姓名已依法隐去）' },
  WORK_NEWS: { slug: 'work-news', description: '民政工作要闻与基层动态' },
  ANNUAL_REPORT: { slug: 'annual-reports', description: '政府信息公开工作年度报告、法治政府建设年度报告' },
};

// Display order on the home page and in the statutory column.
const ORDER: DisclosureCategory[] = [
  'FUNCTIONS',
  'POLICY_REGULATION',
  'NORMATIVE_DOCUMENT',
  'POLICY_INTERPRETATION',
  'NOTICE',
  'ENFORCEMENT_PUBLICITY',
  'WORK_NEWS',
  'ANNUAL_REPORT',
];

export const PUBLIC_CATEGORIES: readonly PublicCategory[] = ORDER.map((category) => ({
  category,
  name: CATEGORY_NAMES[category],
  ...SITE[category],
}));

const bySlug = new Map(PUBLIC_CATEGORIES.map((c) => [c.slug, c]));
const byCategory = new Map(PUBLIC_CATEGORIES.map((c) => [c.category, c]));

export function categoryBySlug(slug: string): PublicCategory | undefined {
  return bySlug.get(slug);
}

export function publicCategory(category: DisclosureCategory): PublicCategory {
  const found = byCategory.get(category);
  if (!found) throw new Error(`unknown disclosure category ${category}`);
  return found;
}

/** The categories shown under one of the standard columns, in display order. */
export function columnCategories(column: DisclosureColumn): PublicCategory[] {
  const inColumn = new Set<DisclosureCategory>(categoriesInColumn(column));
  return PUBLIC_CATEGORIES.filter((c) => inColumn.has(c.category));
}
