import { z } from '@/lib/schemas/zod';
import { labelledDate, textOrEmpty } from '@/lib/schemas/fields';

// 举报 / 投诉 at /report and their triage by staff.
export const REPORT_KINDS = ['ILLEGAL_ORG', 'COMPLAINT'] as const;
export const REPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const REPORT_FILES_MAX_TOTAL = 8 * 1024 * 1024;
export const REPORT_FILES_MAX_COUNT = 3;

const text = textOrEmpty;
const isoDate = labelledDate;

const evidence = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.instanceof(File, { error: '请选择证据材料文件' }).refine((f) => f.size <= REPORT_FILE_MAX_BYTES, { error: '每个证据材料文件不能超过5MB' }))
    .max(REPORT_FILES_MAX_COUNT, { error: `证据材料最多${REPORT_FILES_MAX_COUNT}个文件` })
    .refine((files) => files.reduce((sum, f) => sum + f.size, 0) <= REPORT_FILES_MAX_TOTAL, { error: '证据材料合计不能超过8MB' }),
);

export const submitReportSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: '请选择举报或投诉' }),
    anonymous: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
    reporterName: text('姓名', 50),
    reporterContact: text('联系方式', 100),
    organisationName: text('组织名称', 100),
    place: text('活动地点', 200),
    officerName: text('执法人员', 50),
    caseReference: text('案件或文书编号', 60),
    description: z.string({ error: '请填写具体情况' }).trim().min(1, { error: '请填写具体情况' }).max(2000, { error: '具体情况不能超过2000个字' }),
    evidence,
  })
  .refine((r) => r.kind !== 'ILLEGAL_ORG' || r.organisationName !== '', { error: '请填写涉嫌非法社会组织的名称', path: ['organisationName'] })
  .refine((r) => r.anonymous || r.reporterContact !== '', { error: '实名提交请填写联系方式，或选择匿名', path: ['reporterContact'] });
export type SubmitReportInput = z.output<typeof submitReportSchema>;

const reportId = z.string({ error: '缺少举报、投诉' }).trim().min(1, { error: '缺少举报、投诉' }).max(40, { error: '缺少举报、投诉' });
export const REPORT_LINKS = ['NONE', 'WATCHLIST', 'CASE'] as const;
export const acceptReportSchema = z
  .object({ reportId, on: isoDate('受理日期'), link: z.enum(REPORT_LINKS, { error: '请选择处理方式' }), caseNumber: text('案件编号', 60) })
  .refine((r) => r.link !== 'CASE' || r.caseNumber !== '', { error: '请填写要关联的执法案件编号', path: ['caseNumber'] });
export const closeReportSchema = z.object({
  reportId,
  on: isoDate('办结日期'),
  answer: z.string({ error: '请填写答复内容' }).trim().min(1, { error: '请填写答复内容' }).max(2000, { error: '答复内容不能超过2000个字' }),
});
