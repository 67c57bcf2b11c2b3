import { z } from '@/lib/schemas/zod';
import { isIsoDate } from '@/lib/domain/calendar/date-string';
import { CERTIFICATE_KINDS } from '@/lib/domain/officers/certificate-status';
import { blankToNull, checkbox, idField, labelledDate, nullableText, requiredText } from '@/lib/schemas/fields';

// Schemas are idempotent (parsing a parsed value gives it back), so services re-validate what
// actions, seeds and other modules hand them.
const id = (message: string) => idField(message);
const text = requiredText;
const isoDate = labelledDate;
// An unticked checkbox sends nothing; a ticked one sends 'on'.
const optionalText = nullableText;

const bothDates = (value: unknown) => {
  const { validFrom, validTo } = (value ?? {}) as { validFrom?: unknown; validTo?: unknown };
  return typeof validFrom === 'string' && typeof validTo === 'string' && isIsoDate(validFrom.trim()) && isIsoDate(validTo.trim());
};

const officerFields = {
  name: text('姓名', 50),
  unit: text('单位', 100),
  isLegalStaff: checkbox,
  legalQualificationNo: optionalText('法律职业资格证号', 50),
  // The staff account the officer signs in with, when they have one.
  userId: z.preprocess(blankToNull, id('用户无效').nullable()),
};

export const createOfficerSchema = z.object(officerFields);
export type CreateOfficerInput = z.infer<typeof createOfficerSchema>;

export const updateOfficerSchema = z.object({ ...officerFields, officerId: id('缺少执法人员'), active: checkbox });
export type UpdateOfficerInput = z.infer<typeof updateOfficerSchema>;

export const addCertificateSchema = z
  .object({
    officerId: id('缺少执法人员'),
    kind: z.enum(CERTIFICATE_KINDS, { error: '请选择证件种类' }),
    category: text('证件类别', 50),
    number: text('证件号', 50).regex(/^\S+$/, { error: '证件号不能包含空格' }),
    validFrom: isoDate('有效期起'),
    validTo: isoDate('有效期止'),
    examPassed: checkbox,
    platformRegistered: checkbox,
  })
  .refine((input) => input.validTo >= input.validFrom, {
    error: '有效期止不能早于有效期起',
    path: ['validTo'],
    // Also checked when other fields are wrong, so every problem is reported at once.
    when: ({ value }) => bothDates(value),
  });
export type AddCertificateInput = z.infer<typeof addCertificateSchema>;

export const revokeCertificateSchema = z.object({
  certificateId: id('缺少执法证'),
  reason: text('注销原因', 200),
});
export type RevokeCertificateInput = z.infer<typeof revokeCertificateSchema>;

const ids = z.preprocess((value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]), z.array(id('参训人员无效')).max(500));

export const recordTrainingSchema = z.object({
  title: text('培训名称', 100),
  heldOn: isoDate('培训日期'),
  hours: z.preprocess(
    (value) => (typeof value === 'string' ? (value.trim() === '' ? undefined : Number(value)) : value),
    z
      .number({ error: '请填写有效的学时' })
      .positive({ error: '学时应大于0' })
      .max(999, { error: '学时不能超过999' })
      .refine((hours) => Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-9, { error: '学时最多保留一位小数' }),
  ),
  organiser: text('主办单位', 100),
  officerIds: ids.refine((list) => list.length > 0, { error: '请至少选择一名参训人员' }),
});
export type RecordTrainingInput = z.infer<typeof recordTrainingSchema>;

export const publicOfficerQuerySchema = z.object({
  q: z.string().trim().min(2, { error: '请输入至少2个字的姓名或证件号' }).max(50, { error: '查询内容不能超过50个字' }),
});
