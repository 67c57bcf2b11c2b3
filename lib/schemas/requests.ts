import { isIsoDate } from '@/lib/domain/calendar/date-string';
import { z } from '@/lib/schemas/zod';

// 依申请公开: a request for government information and its answer.
export const APPLICANT_KINDS = ['PERSON', 'BUSINESS', 'RESEARCH', 'SOCIAL_ORG', 'LEGAL_SERVICE', 'OTHER'] as const;
export const REQUEST_OUTCOMES = ['DISCLOSED_IN_FULL', 'DISCLOSED_IN_PART', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER'] as const;

const isoDate = (label: string) => z.string({ error: `请填写${label}` }).trim().refine(isIsoDate, { error: `请填写有效的${label}` });
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
  })
  .refine((input) => input.outcome === 'DISCLOSED_IN_FULL' || input.outcomeReason.length > 0, {
    error: '部分公开、不予公开等答复请填写理由',
    path: ['outcomeReason'],
  });
export type AnswerRequestInput = z.input<typeof answerRequestSchema>;
