import { z } from '@/lib/schemas/zod';
import { isIsoDate } from '@/lib/domain/calendar';
import { CHECKLIST_KINDS, CHECKLISTS, CHECKPOINT_LABELS, type CheckpointEntry, type CheckpointKey, type Checklist } from '@/lib/domain/review/checkpoints';
import { REVIEW_OUTCOMES } from '@/lib/domain/review/status';
import { optionalFile } from '@/lib/schemas/upload';

export const REVIEW_SUBJECT_TYPES = ['DISCLOSURE', 'ENFORCEMENT_DECISION', 'MAJOR_ADMIN_DECISION', 'ADMIN_CONTRACT'] as const;

const id = (message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(64, { error: message });

// Blank form fields arrive as ''.
const text = (options: { required: string; max: number; label: string }) =>
  z
    .string({ error: options.required })
    .trim()
    .min(1, { error: options.required })
    .max(options.max, { error: `${options.label}不能超过${options.max}个字` });

export const isoDate = (message: string) => z.string({ error: message }).trim().refine(isIsoDate, { error: message });

export const submitForReviewSchema = z.object({
  subjectType: z.enum(REVIEW_SUBJECT_TYPES, { error: '送审事项类型无效' }),
  subjectId: id('缺少送审事项'),
});
export type SubmitForReviewInput = z.infer<typeof submitForReviewSchema>;

// The review form posts the round's checklist and, per point of it, a note and a 符合/不符合 choice:
// note_BODY, passed_BODY… A point left undecided is named ("请选择…"); the service then checks the
// checklist is the round's own (lib/domain/review/can-decide.ts decisionBlockers).
const checkpointFields = (keys: readonly CheckpointKey[]) =>
  Object.fromEntries(
    keys.flatMap((key) => [
      [`note_${key}`, text({ required: `请填写“${CHECKPOINT_LABELS[key]}”的审核说明`, max: 2000, label: `“${CHECKPOINT_LABELS[key]}”的审核说明` })],
      [`passed_${key}`, z.enum(['true', 'false'], { error: `请选择“${CHECKPOINT_LABELS[key]}”是否符合` })],
    ]),
  ) as Record<string, z.ZodType<string>>;

const outcomeAndOpinion = z.object({
  outcome: z.enum(REVIEW_OUTCOMES, { error: '请选择审核结论' }),
  opinion: z.string().trim().max(5000, { error: '审核意见不能超过5000个字' }).default(''),
});

const checklistField = z.enum(CHECKLIST_KINDS as [Checklist, ...Checklist[]], { error: '审核要点清单无效，请刷新页面' });

export const decideReviewSchema = z
  .object({ reviewId: id('缺少审核记录'), checklist: checklistField, ...outcomeAndOpinion.shape })
  .catchall(z.unknown())
  .superRefine((value, ctx) => {
    // The points of the posted checklist, each required (the other fields are ignored).
    const parsed = z.object(checkpointFields(CHECKLISTS[value.checklist])).safeParse(value);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
  })
  .refine((value) => value.outcome === 'APPROVED' || value.opinion !== '', {
    path: ['opinion'],
    error: '退回修改或提请移送时须填写审核意见',
    // Reported together with the other fields' errors (a missing note would otherwise hide it).
    when: (payload) => outcomeAndOpinion.safeParse(payload.value).success,
  })
  .transform((value) => ({
    reviewId: value.reviewId,
    checklist: value.checklist,
    outcome: value.outcome,
    opinion: value.opinion,
    checkpoints: CHECKLISTS[value.checklist].map((key): CheckpointEntry => {
      const passed = value[`passed_${key}`];
      return { key, note: String(value[`note_${key}`] ?? '').trim(), passed: passed === 'true' ? true : passed === 'false' ? false : null };
    }),
  }));
export type DecideReviewInput = z.infer<typeof decideReviewSchema>;

export const extendReviewSchema = z.object({
  reviewId: id('缺少审核记录'),
  extensionReason: text({ required: '请填写延长审核期限的理由', max: 500, label: '延期理由' }),
});
export type ExtendReviewInput = z.infer<typeof extendReviewSchema>;

export const recordExternalOpinionSchema = z.object({
  reviewId: id('缺少审核记录'),
  issuingBody: text({ required: '请填写出具单位', max: 100, label: '出具单位' }),
  documentNumber: text({ required: '请填写文号', max: 100, label: '文号' }),
  issuedOn: isoDate('请填写有效的出具日期（YYYY-MM-DD）'),
  summary: text({ required: '请填写意见摘要', max: 5000, label: '意见摘要' }),
  // The opinion document itself (PDF, Word or a scan), optional.
  file: optionalFile({ label: '意见文件' }),
});
export type RecordExternalOpinionInput = z.infer<typeof recordExternalOpinionSchema>;
