import { z } from '@/lib/schemas/zod';
import { blankToUndefined, idField, isoDateField } from '@/lib/schemas/fields';

// Evidence upload metadata (query parameters of the streaming upload route), the device ledger and
// the illegal social organisation watch list.
const id = (message: string) => idField(message);
const isoDate = (message: string) => isoDateField(message);
// An instant with an explicit offset, e.g. 2021-05-06T14:30:00+08:00 (the form sends Beijing time).
const instant = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, { error: message })
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), { error: message });

export const EVIDENCE_KINDS = ['VIDEO', 'AUDIO', 'PHOTO', 'DOCUMENT'] as const;

export const evidenceUploadSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS, { error: '请选择证据类型' }),
  officerId: id('请选择采集人员'),
  deviceId: z.preprocess(blankToUndefined, id('记录设备无效').optional()),
  capturedAt: instant('请输入有效的采集时间'),
  fileName: z.string().trim().min(1, { error: '请选择要上传的文件' }).max(255, { error: '文件名不能超过255个字符' }),
});
export type EvidenceUploadInput = z.infer<typeof evidenceUploadSchema>;

export const DEVICE_KINDS = ['BODY_CAMERA', 'CAMERA'] as const;

export const registerDeviceSchema = z.object({
  code: z.string().trim().min(1, { error: '请输入设备编号' }).max(40, { error: '设备编号不能超过40个字符' }),
  deviceKind: z.enum(DEVICE_KINDS, { error: '请选择设备类型' }),
  model: z.string().trim().min(1, { error: '请输入型号' }).max(100, { error: '型号不能超过100个字' }),
});
export type RegisterDeviceInput = z.infer<typeof registerDeviceSchema>;

const localInstant = (message: string) =>
  z.preprocess((value) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.trim()) ? `${value.trim()}:00+08:00` : value), instant(message));

export const handOutDeviceSchema = z.object({
  deviceId: id('缺少设备'),
  officerId: id('请选择执法人员'),
  handedOutAt: localInstant('请输入有效的领用时间'),
});
export type HandOutDeviceInput = z.infer<typeof handOutDeviceSchema>;

export const returnDeviceSchema = z.object({
  deviceId: id('缺少设备'),
  returnedAt: localInstant('请输入有效的归还时间'),
});
export type ReturnDeviceInput = z.infer<typeof returnDeviceSchema>;

export const retireDeviceSchema = z.object({
  deviceId: id('缺少设备'),
});
export type RetireDeviceInput = z.infer<typeof retireDeviceSchema>;

export const WATCH_STATUSES = ['SUSPECTED', 'INVESTIGATING', 'BANNED', 'CLEARED'] as const;

export const addWatchedOrganisationSchema = z.object({
  name: z.string().trim().min(1, { error: '请输入组织名称' }).max(100, { error: '组织名称不能超过100个字' }),
  source: z.string().trim().min(1, { error: '请选择线索来源' }).max(40, { error: '线索来源不能超过40个字' }),
  sourceDetail: z.preprocess((v) => v ?? '', z.string().trim().max(500, { error: '来源说明不能超过500个字' })),
  notedOn: isoDate('请输入有效的发现日期'),
  note: z.preprocess((v) => v ?? '', z.string().trim().max(1000, { error: '备注不能超过1000个字' })),
});
export type AddWatchedOrganisationInput = z.infer<typeof addWatchedOrganisationSchema>;

export const setWatchStatusSchema = z.object({
  watchedOrganisationId: id('缺少预警记录'),
  status: z.enum(WATCH_STATUSES, { error: '请选择状态' }),
  note: z.preprocess((v) => v ?? '', z.string().trim().max(1000, { error: '备注不能超过1000个字' })),
});
export type SetWatchStatusInput = z.infer<typeof setWatchStatusSchema>;
