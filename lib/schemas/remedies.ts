import { REMEDY_KINDS, REMEDY_OUTCOMES } from '@/lib/domain/remedies/remedies';
import { isoDate } from '@/lib/schemas/review';
import { z } from '@/lib/schemas/zod';

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });
const optionalId = z.preprocess(blank, z.string().trim().max(64, { error: '关联记录无效' }).optional()).transform((v) => v ?? null);
const optionalDay = (message: string) => z.preprocess(blank, isoDate(message).optional()).transform((v) => v ?? null);

// The register of reconsideration and litigation (行政复议/行政诉讼 台账).
export const registerRemedySchema = z.object({
  remedyKind: z.enum(REMEDY_KINDS, { error: '请选择类别' }),
  caseNumber: text('案号', 60),
  organ: text('复议机关或人民法院', 100),
  claimant: text('申请人或原告', 100),
  challengedDecision: text('被复议（诉讼）的行政行为', 200),
  enforcementCaseId: optionalId,
  informationRequestId: optionalId,
  disclosureId: optionalId,
  afterReconsideration: z.preprocess(blank, z.enum(['true'], { error: '选项无效' }).optional()).transform((v) => v === 'true'),
  receivedOn: isoDate('请填写收到答复通知书或起诉状副本的日期'),
});
export type RegisterRemedyInput = z.infer<typeof registerRemedySchema>;

export const recordRemedyProgressSchema = z.object({
  remedyId: z.string({ error: '缺少案件' }).trim().min(1, { error: '缺少案件' }).max(64),
  answeredOn: optionalDay('请输入有效的答复（答辩）日期'),
  hearingOn: optionalDay('请输入有效的开庭日期'),
  headAppeared: z.preprocess(blank, z.enum(['true', 'false'], { error: '选项无效' }).optional()).transform((v) => (v === undefined ? null : v === 'true')),
  outcome: z.preprocess(blank, z.enum(REMEDY_OUTCOMES, { error: '请选择审结结果' }).optional()).transform((v) => v ?? null),
  concludedOn: optionalDay('请输入有效的审结日期'),
  notes: z.string().trim().max(2000, { error: '备注不能超过2000个字' }).default(''),
});
export type RecordRemedyProgressInput = z.infer<typeof recordRemedyProgressSchema>;
