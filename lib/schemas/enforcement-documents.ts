import { DOCUMENT_TYPES } from '@/lib/domain/enforcement-documents/types';
import { z } from './zod';

// Generating a document (staff) and checking one (the public /verify page).
export const generateDocumentSchema = z.object({
  caseId: z.string({ error: '缺少案件' }).trim().min(1, '缺少案件').max(64),
  docType: z.enum(DOCUMENT_TYPES, { error: '请选择文书种类' }),
  docPartyId: z.string({ error: '请选择当事人' }).trim().min(1, '请选择当事人').max(64),
});
export type GenerateDocumentInput = z.output<typeof generateDocumentSchema>;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

export const verifyDocumentSchema = z
  .object({
    verifyCode: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[23456789A-HJ-NP-Z]{10}$/, '验证码为10位字母或数字，请核对文书上的验证码')
        .optional(),
    ),
    documentSha256: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[0-9a-f]{64}$/, '请选择文书的PDF文件，或粘贴其SHA-256值（64位十六进制）')
        .optional(),
    ),
  })
  .refine((v) => v.verifyCode !== undefined || v.documentSha256 !== undefined, { message: '请输入验证码，或选择文书PDF、粘贴其SHA-256值', path: ['verifyCode'] });
export type VerifyDocumentInput = z.output<typeof verifyDocumentSchema>;

const text = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(max, `${label}不能超过${max}个字`);

/** A new version of a document template (the admin form); sections in one text box (parseSectionsText). */
export const saveDocumentTemplateSchema = z.object({
  docType: z.enum(DOCUMENT_TYPES, { error: '请选择文书种类' }),
  templateTitle: text(40, '文书标题').min(1, '请填写文书标题'),
  organName: text(60, '机关名称').default(''),
  organAbbrev: text(12, '机关代字').min(1, '请填写机关代字'),
  numberCode: text(8, '文书代字').min(1, '请填写文书代字'),
  sealText: text(20, '印章位置文字').default(''),
  sectionsText: text(20000, '正文').min(1, '请填写正文'),
});
