import { z } from '@/lib/schemas/zod';
import { labelledDate, textOrEmpty } from '@/lib/schemas/fields';

// 依申请公开: a request for government information and its answer.
export const APPLICANT_KINDS = ['PERSON', 'BUSINESS', 'RESEARCH', 'SOCIAL_ORG', 'LEGAL_SERVICE', 'OTHER'] as const;
const WITHHOLDING_REASONS_FOR_ANSWER = [
  'STATE_SECRET',
  'LAW_PROHIBITS',
  'SECURITY_STABILITY',
  'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS',
  'PROCESS_INFORMATION',
  'ENFORCEMENT_FILE',
  'ADMINISTRATIVE_QUERY',
] as const;
export const REQUEST_OUTCOMES = ['DISCLOSED_IN_FULL', 'DISCLOSED_IN_PART', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER'] as const;

const isoDate = labelledDate;
const reason = z.string().trim().max(500, { error: '理由不能超过500个字' }).default('');

export const recordRequestSchema = z.object({
  receivedOn: isoDate('收到日期'),
  applicantKind: z.enum(APPLICANT_KINDS, { error: '请选择申请人类型' }),
  subject: z.string({ error: '请填写申请内容' }).trim().min(1, { error: '请填写申请内容' }).max(300, { error: '申请内容不能超过300个字' }),
});
export type RecordRequestInput = z.input<typeof recordRequestSchema>;

export const answerRequestSchema = z
  .object({
    requestId: z.string({ error: '缺少申请' }).trim().min(1, { error: '缺少申请' }).max(40, { error: '缺少申请' }),
    outcome: z.enum(REQUEST_OUTCOMES, { error: '请选择答复结果' }),
    outcomeReason: reason,
    answeredOn: isoDate('答复日期'),
    // 不予公开 and 部分公开 name the statutory reason type (the annual report counts by it).
    withholdingReason: z.union([z.literal(''), z.enum(WITHHOLDING_REASONS_FOR_ANSWER)]).default(''),
  })
  .refine((input) => input.outcome === 'DISCLOSED_IN_FULL' || input.outcomeReason.length > 0, {
    error: '部分公开、不予公开等答复请填写理由',
    path: ['outcomeReason'],
  })
  .refine((input) => input.outcome !== 'NOT_DISCLOSED' || input.withholdingReason !== '', {
    error: '不予公开的答复请选择不予公开的理由类型',
    path: ['withholdingReason'],
  });
export type AnswerRequestInput = z.input<typeof answerRequestSchema>;

// ── requests submitted by the public at /apply, and the statutory clock's steps ──
export const ID_TYPES = ['RESIDENT_ID', 'PASSPORT', 'HK_MACAO_TAIWAN', 'CREDIT_CODE', 'OTHER'] as const;
export const PREFERRED_FORMS = ['PAPER', 'ELECTRONIC', 'OTHER'] as const;
export const DELIVERIES = ['ONLINE', 'EMAIL', 'POST', 'PICKUP'] as const;
export const WITHHOLDING_REASONS = WITHHOLDING_REASONS_FOR_ANSWER;

const required = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });
const optionalText = textOrEmpty;

export const submitRequestSchema = z
  .object({
    applicantKind: z.enum(APPLICANT_KINDS, { error: '请选择申请人类型' }),
    applicantName: required('姓名或名称', 100),
    idType: z.enum(ID_TYPES, { error: '请选择证件类型' }),
    idNumber: required('证件号码', 40).regex(/^[0-9A-Za-z\-（）()]+$/, { error: '证件号码只能包含数字、字母和连字符' }),
    contactPhone: required('联系电话', 30).regex(/^[0-9+\-\s（）()转]+$/, { error: '请填写有效的联系电话' }),
    contactEmail: z.union([z.literal(''), z.string().trim().max(120).email({ error: '请填写有效的电子邮箱' })]).default(''),
    contactAddress: optionalText('通信地址', 200),
    subject: required('所需信息的内容描述', 1000),
    purpose: optionalText('用途', 300),
    preferredForm: z.enum(PREFERRED_FORMS, { error: '请选择获取信息的方式' }),
    delivery: z.enum(DELIVERIES, { error: '请选择信息的送达方式' }),
  })
  .refine((input) => input.delivery !== 'EMAIL' || input.contactEmail !== '', { error: '选择电子邮件送达时请填写电子邮箱', path: ['contactEmail'] })
  .refine((input) => input.delivery !== 'POST' || input.contactAddress !== '', { error: '选择邮寄送达时请填写通信地址', path: ['contactAddress'] });
export type SubmitRequestInput = z.input<typeof submitRequestSchema>;

export const trackSchema = z.object({ code: required('查询码', 40) });

const requestId = z.string({ error: '缺少申请' }).trim().min(1, { error: '缺少申请' }).max(40, { error: '缺少申请' });

export const correctionSchema = z.object({ requestId, on: isoDate('告知补正日期'), note: required('需要补正的事项', 500) });
export const correctionReplySchema = z.object({ requestId, on: isoDate('收到补正日期') });
export const consultationSchema = z.object({ requestId, on: isoDate('日期') });
export const extensionSchema = z.object({
  requestId,
  on: isoDate('延长决定日期'),
  days: z.coerce
    .number({ error: '请填写延长的工作日数' })
    .int({ error: '延长的期限为整数个工作日' })
    .min(1, { error: '延长的期限为1至20个工作日' })
    .max(20, { error: '延长的期限最长不超过20个工作日' }),
  reason: required('延长理由', 500),
});
export type CorrectionInput = z.input<typeof correctionSchema>;
export type ExtensionInput = z.input<typeof extensionSchema>;
