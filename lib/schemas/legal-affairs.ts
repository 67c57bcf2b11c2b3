import { z } from '@/lib/schemas/zod';
import { isoDate } from '@/lib/schemas/review';
import { optionalFile } from '@/lib/schemas/upload';
import { idField } from '@/lib/schemas/fields';

const id = (message: string) => idField(message, { max: 64, strict: true });

const text = (options: { required: string; max: number; label: string }) =>
  z
    .string({ error: options.required })
    .trim()
    .min(1, { error: options.required })
    .max(options.max, { error: `${options.label}不能超过${options.max}个字` });

// An optional form field: blank → null.
const optionalText = (options: { max: number; label: string }) =>
  z
    .preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
      z
        .string()
        .trim()
        .max(options.max, { error: `${options.label}不能超过${options.max}个字` })
        .optional(),
    )
    .transform((value) => value ?? null);

// ─── 重大行政决策 ───
export const majorDecisionFields = {
  title: text({ required: '请填写决策事项名称', max: 200, label: '决策事项名称' }),
  description: text({ required: '请填写决策草案内容', max: 20000, label: '决策草案内容' }),
};
export const createMajorDecisionSchema = z.object(majorDecisionFields);
export type CreateMajorDecisionInput = z.infer<typeof createMajorDecisionSchema>;
export const updateMajorDecisionSchema = z.object({ id: id('缺少决策事项'), ...majorDecisionFields });
export type UpdateMajorDecisionInput = z.infer<typeof updateMajorDecisionSchema>;

// ─── 行政合同 ───
// A term's end may not precede its start; checked whenever both dates are valid, so the error is
// reported together with any other field's.
const term = (messages: { from: string; to: string; order: string }) => {
  const dates = z.object({ termFrom: isoDate(messages.from), termTo: isoDate(messages.to) });
  return {
    fields: dates.shape,
    ordered: (value: { termFrom: string; termTo: string }) => value.termTo >= value.termFrom,
    options: { path: ['termTo'], error: messages.order, when: (payload: { value: unknown }) => dates.safeParse(payload.value).success },
  };
};

const contractTerm = term({
  from: '请填写有效的合同期限起始日期（YYYY-MM-DD）',
  to: '请填写有效的合同期限截止日期（YYYY-MM-DD）',
  order: '合同期限截止日期不能早于起始日期',
});
const contractFields = {
  title: text({ required: '请填写合同名称', max: 200, label: '合同名称' }),
  counterparty: text({ required: '请填写合同相对方', max: 200, label: '合同相对方' }),
  // Yuan with at most two decimals, kept as a string so no float rounding reaches the hash.
  amount: z
    .string({ error: '请填写合同金额' })
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: '请填写有效的合同金额（元，最多两位小数）' }),
  ...contractTerm.fields,
  // The contract text (PDF, Word or image); reviewed with the terms (its hash is in the content hash).
  file: optionalFile({ label: '合同文件' }),
};
export const createAdminContractSchema = z.object(contractFields).refine(contractTerm.ordered, contractTerm.options);
export type CreateAdminContractInput = z.infer<typeof createAdminContractSchema>;
export const updateAdminContractSchema = z.object({ id: id('缺少合同'), ...contractFields }).refine(contractTerm.ordered, contractTerm.options);
export type UpdateAdminContractInput = z.infer<typeof updateAdminContractSchema>;

export const concludeMatterSchema = z.object({ id: id('缺少事项') });
export type ConcludeMatterInput = z.infer<typeof concludeMatterSchema>;

// ─── 重大行政决策的法定程序 ───
const optionalDay = (message: string) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), isoDate(message).optional());
export const recordDecisionProcedureSchema = z.object({
  decisionId: id('缺少决策事项'),
  kind: z.enum(['PUBLIC_PARTICIPATION', 'EXPERT_ARGUMENTATION', 'RISK_ASSESSMENT', 'COLLECTIVE_DISCUSSION', 'POST_EVALUATION'], { error: '请选择程序' }),
  heldFrom: optionalDay('请填写有效的开始日期（YYYY-MM-DD）'),
  heldTo: optionalDay('请填写有效的结束日期（YYYY-MM-DD）'),
  summary: text({ required: '请填写程序情况摘要', max: 5000, label: '情况摘要' }),
  exemptionReason: optionalText({ max: 1000, label: '未履行或缩短期限的理由' }),
  collectiveDecisionId: optionalText({ max: 64, label: '集体决策记录' }),
});
export type RecordDecisionProcedureInput = z.infer<typeof recordDecisionProcedureSchema>;

// ─── 法律顾问 ───
const adviserTerm = term({
  from: '请填写有效的聘期起始日期（YYYY-MM-DD）',
  to: '请填写有效的聘期截止日期（YYYY-MM-DD）',
  order: '聘期截止日期不能早于起始日期',
});
export const createLegalAdviserSchema = z
  .object({
    name: text({ required: '请填写法律顾问姓名', max: 50, label: '姓名' }),
    firm: text({ required: '请填写所在律师事务所', max: 100, label: '律师事务所' }),
    ...adviserTerm.fields,
  })
  .refine(adviserTerm.ordered, adviserTerm.options);
export type CreateLegalAdviserInput = z.infer<typeof createLegalAdviserSchema>;

export const ADVISER_WORK_KINDS = ['CONTRACT_REVIEW', 'LITIGATION', 'RECONSIDERATION', 'EMERGENCY_ADVICE', 'MAJOR_DECISION_ADVICE', 'NORMATIVE_DOCUMENT_ADVICE'] as const;
export type AdviserWorkKind = (typeof ADVISER_WORK_KINDS)[number];

export const recordAdviserWorkSchema = z
  .object({
    adviserId: id('请选择法律顾问'),
    kind: z.enum(ADVISER_WORK_KINDS, { error: '请选择工作类型' }),
    title: text({ required: '请填写事项名称', max: 200, label: '事项名称' }),
    occurredOn: isoDate('请填写有效的日期（YYYY-MM-DD）'),
    caseNumber: optionalText({ max: 100, label: '案号' }),
    courtOrOrgan: optionalText({ max: 100, label: '法院或复议机关' }),
    caseStatus: optionalText({ max: 50, label: '案件状态' }),
    caseOutcome: optionalText({ max: 500, label: '案件结果' }),
    reviewId: optionalText({ max: 64, label: '法制审核记录' }),
    notes: z.string().trim().max(5000, { error: '备注不能超过5000个字' }).default(''),
  })
  .superRefine((value, context) => {
    if (value.kind === 'LITIGATION' || value.kind === 'RECONSIDERATION') {
      if (!value.caseNumber) context.addIssue({ code: 'custom', path: ['caseNumber'], message: '诉讼、复议案件须填写案号' });
      if (!value.courtOrOrgan) {
        context.addIssue({ code: 'custom', path: ['courtOrOrgan'], message: '诉讼、复议案件须填写法院或复议机关' });
      }
    }
    if (value.kind === 'CONTRACT_REVIEW' && !value.reviewId) {
      context.addIssue({ code: 'custom', path: ['reviewId'], message: '合同审查须关联法制审核记录' });
    }
  });
export type RecordAdviserWorkInput = z.infer<typeof recordAdviserWorkSchema>;

// 法律职业资格 of a legal reviewer: required before their first review (行政处罚法第五十八条).
export const recordLegalQualificationSchema = z.object({
  userId: id('请选择法制审核人员'),
  qualificationNo: z
    .string({ error: '请填写法律职业资格证书编号' })
    .trim()
    .regex(/^[A-Za-z0-9-]{6,30}$/, { error: '请填写有效的法律职业资格证书编号（6至30位字母或数字）' }),
});
export type RecordLegalQualificationInput = z.infer<typeof recordLegalQualificationSchema>;
