// Catalogue metadata of a disclosure (政府信息公开目录): the subject classification (主题分类) and
// the validity (有效性) of a normative document. Pure: the caller passes today's date.
import type { DisclosureCategory } from '@/lib/generated/prisma/enums';

/** 主题分类: the civil-affairs subjects an item is filed under. */
export const DISCLOSURE_TOPICS = [
  '社会救助',
  '养老服务',
  '社会组织管理',
  '儿童福利',
  '残疾人福利',
  '殡葬管理',
  '婚姻登记',
  '区划地名',
  '慈善和社会工作',
  '基层政权和社区建设',
  '流浪乞讨人员救助',
  '综合政务',
] as const;
export type DisclosureTopic = (typeof DISCLOSURE_TOPICS)[number];

export type DisclosureValidity = 'NOT_YET_VALID' | 'VALID' | 'EXPIRED';

export const VALIDITY_NAMES: Record<DisclosureValidity, string> = {
  NOT_YET_VALID: '尚未施行',
  VALID: '有效',
  EXPIRED: '失效',
};

/** Only normative documents carry a validity; dates are YYYY-MM-DD, validUntil inclusive. */
export function validityOf(item: { category: DisclosureCategory; validFrom: string | null; validUntil: string | null }, today: string): DisclosureValidity | null {
  if (item.category !== 'NORMATIVE_DOCUMENT') return null;
  if (item.validUntil && today > item.validUntil) return 'EXPIRED';
  if (item.validFrom && today < item.validFrom) return 'NOT_YET_VALID';
  return 'VALID';
}
