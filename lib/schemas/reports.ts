import { SUBMISSION_STEPS } from '@/lib/domain/reports/submissions';
import { isoDate } from '@/lib/schemas/review';
import { z } from '@/lib/schemas/zod';

export const reportYearSchema = z.coerce
  .number({ error: '请输入年度' })
  .int({ error: '年度应为整数' })
  .min(2000, { error: '年度不能早于2000年' })
  .max(2100, { error: '年度不能晚于2100年' });

export const reportYearInputSchema = z.object({ year: reportYearSchema });
export type ReportYearInput = z.infer<typeof reportYearInputSchema>;

// Regeneration after publication needs the author's confirmation of the differences shown.
export const generateReportSchema = z.object({
  year: reportYearSchema,
  acceptChanges: z
    .enum(['true'], { error: '确认项无效' })
    .optional()
    .transform((value) => value === 'true'),
});
export type GenerateReportInput = { year: number; acceptChanges?: boolean };

export const editParagraphSchema = z.object({
  year: reportYearSchema,
  key: z.string().trim().min(1, { error: '缺少段落编号' }).max(120),
  narrative: z
    .string()
    .transform((value) => value.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().max(5_000, { error: '段落不能超过5000个字' })),
  // The version the editor loaded: saving over a newer version is refused.
  expectedVersion: z.coerce.number().int().min(1, { error: '缺少版本信息，请刷新后重试' }),
});
export type EditParagraphInput = z.infer<typeof editParagraphSchema>;

// The secrecy check is not the director's (the report's author): an editor records it on the disclosure page.
export const sendReportSchema = z.object({ year: reportYearSchema });
export type SendReportInput = z.infer<typeof sendReportSchema>;

export const recordLicenceSchema = z.object({
  decidedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '请输入有效的决定日期' }),
  matter: z.string().trim().min(1, { error: '请输入许可事项' }).max(200),
  applicant: z.string().trim().min(1, { error: '请输入申请人' }).max(200),
  granted: z.enum(['true', 'false'], { error: '请选择决定结果' }).transform((v) => v === 'true'),
});
export type RecordLicenceInput = z.infer<typeof recordLicenceSchema>;

export const recordSubmissionSchema = z.object({
  year: reportYearSchema,
  step: z.enum(SUBMISSION_STEPS, { error: '请选择报送事项' }),
  doneOn: isoDate('请输入有效的办理日期'),
  receipt: z.string({ error: '请填写回执、文号或网址' }).trim().min(1, { error: '请填写回执、文号或网址' }).max(300, { error: '回执不能超过300个字' }),
});
export type RecordSubmissionInput = z.infer<typeof recordSubmissionSchema>;
