import { z } from '@/lib/schemas/zod';
import { DISCLOSURE_TOPICS } from '@/lib/domain/disclosure/catalogue';
import { DISCLOSURE_CATEGORIES } from '@/lib/domain/disclosure/categories';
import { DISCLOSURE_STATUSES } from '@/lib/domain/disclosure/workflow';
import { blankToUndefined, isoDateField } from '@/lib/schemas/fields';

const id = z.string().trim().min(1, { error: '缺少信息编号' }).max(40);
const isoDate = (message: string) => isoDateField(message);
// An empty optional form field arrives as '' — treat it as absent.

const contentFields = z.object({
  category: z.enum(DISCLOSURE_CATEGORIES, { error: '请选择类别' }),
  title: z.string().trim().min(1, { error: '请输入标题' }).max(200, { error: '标题不能超过200个字' }),
  summary: z.string().trim().max(500, { error: '摘要不能超过500个字' }).default(''),
  // Line breaks are kept as typed; only trailing whitespace is dropped.
  body: z
    .string()
    .transform((value) => value.replace(/\r\n/g, '\n').trimEnd())
    .pipe(z.string().min(1, { error: '请输入正文' }).max(100_000, { error: '正文不能超过10万字' })),
  sourceDepartment: z.string().trim().min(1, { error: '请输入发布机构' }).max(100, { error: '发布机构不能超过100个字' }),
  formedOn: isoDate('请输入有效的成文日期'),
  // Catalogue metadata (optional): 文号, 主题分类, and a normative document's period of validity.
  documentNumber: z.string().trim().max(60, { error: '文号不能超过60个字' }).optional(),
  topic: z.union([z.enum(DISCLOSURE_TOPICS, { error: '请选择主题分类' }), z.literal('')]).optional(),
  validFrom: z.union([z.literal(''), isoDate('请输入有效的施行日期')]).optional(),
  validUntil: z.union([z.literal(''), isoDate('请输入有效的失效日期')]).optional(),
});
const validityOrdered = (v: { validFrom?: string; validUntil?: string }) => !v.validFrom || !v.validUntil || v.validFrom <= v.validUntil;
const validityMessage = { error: '失效日期不能早于施行日期', path: ['validUntil'] };

export const disclosureContentSchema = contentFields.refine(validityOrdered, validityMessage);
export type DisclosureContentInput = z.infer<typeof disclosureContentSchema>;

export const createDisclosureSchema = disclosureContentSchema;
export type CreateDisclosureInput = DisclosureContentInput;

export const updateDisclosureSchema = contentFields
  .extend({
    id,
    // The updatedAt the editor loaded: a save over someone else's newer change is refused.
    expectedUpdatedAt: z.iso.datetime({ error: '缺少版本信息，请刷新后重试' }),
  })
  .refine(validityOrdered, validityMessage);
export type UpdateDisclosureInput = z.infer<typeof updateDisclosureSchema>;

export const secrecyCheckSchema = z.object({
  id,
  note: z.string().trim().max(500, { error: '审查意见不能超过500个字' }).default(''),
});
export type SecrecyCheckInput = z.infer<typeof secrecyCheckSchema>;

export const disclosureIdSchema = z.object({ id });
export type DisclosureIdInput = z.infer<typeof disclosureIdSchema>;

export const withdrawDisclosureSchema = z.object({
  id,
  reason: z.string().trim().min(1, { error: '请填写撤回理由' }).max(500, { error: '撤回理由不能超过500个字' }),
  decisionChangedOn: z.preprocess(blankToUndefined, isoDate('请输入有效日期').optional()),
});
export type WithdrawDisclosureInput = z.infer<typeof withdrawDisclosureSchema>;

export const listDisclosuresSchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(DISCLOSURE_STATUSES).optional().catch(undefined)),
  category: z.preprocess(blankToUndefined, z.enum(DISCLOSURE_CATEGORIES).optional().catch(undefined)),
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});
