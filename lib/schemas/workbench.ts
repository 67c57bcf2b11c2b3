import { z } from '@/lib/schemas/zod';
import { HANDOFF_KINDS } from '@/lib/domain/workbench/handoff';

// The hand-off form on a case page (报请决定, 提请听证, 送法制审核).
const required = (message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(40, { error: message });

export const handOffCaseSchema = z.object({
  caseId: required('缺少案件'),
  handoffKind: z.enum(HANDOFF_KINDS, { error: '请选择移交事项' }),
  receiverId: required('请选择接收人'),
  handoffNote: z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string().trim().max(500, { error: '说明不能超过500个字' })),
});
export type HandOffCaseInput = z.output<typeof handOffCaseSchema>;

// Mark one notification read (its id), or all of one's own (no id).
export const markReadSchema = z.object({
  id: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), z.string().max(40, { error: '消息编号无效' }).optional()),
});
