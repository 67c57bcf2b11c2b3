import { z } from '@/lib/schemas/zod';
import { idField } from '@/lib/schemas/fields';

// 以案释法 teaching cases (lib/services/publicity/teaching-case.ts).
const id = (message: string) => idField(message, { max: 64, strict: true });

export const draftTeachingCaseSchema = z.object({ caseId: id('请选择已结案的案件') });
export type DraftTeachingCaseInput = z.infer<typeof draftTeachingCaseSchema>;

export const updateTeachingCaseSchema = z.object({
  id: id('缺少案例'),
  title: z.string({ error: '请填写标题' }).trim().min(1, { error: '请填写标题' }).max(200, { error: '标题不能超过200个字' }),
  body: z.string({ error: '请填写正文' }).trim().min(1, { error: '请填写正文' }).max(20000, { error: '正文不能超过20000个字' }),
});
export type UpdateTeachingCaseInput = z.infer<typeof updateTeachingCaseSchema>;

export const sendTeachingCaseSchema = z.object({ id: id('缺少案例') });
export type SendTeachingCaseInput = z.infer<typeof sendTeachingCaseSchema>;
