import { z } from '@/lib/schemas/zod';
import { isIsoDate } from '@/lib/domain/calendar';

const isoDate = z.string({ error: '请输入日期' }).trim().refine(isIsoDate, { error: '请输入有效日期（YYYY-MM-DD）' });

const year = z.coerce.number({ error: '请输入年度' }).int({ error: '年度须为整数' }).min(2000, { error: '年度须在2000至2100之间' }).max(2100, { error: '年度须在2000至2100之间' });

export const HOLIDAY_KINDS = ['HOLIDAY', 'MAKEUP_WORKDAY'] as const;

export const upsertHolidaySchema = z.object({
  date: isoDate,
  kind: z.enum(HOLIDAY_KINDS, { error: '请选择放假日或调休上班日' }),
  holidayName: z.string({ error: '请输入名称' }).trim().min(1, { error: '请输入名称' }).max(30, { error: '名称不能超过30个字' }),
});
export type UpsertHolidayInput = z.infer<typeof upsertHolidaySchema>;

export const deleteHolidaySchema = z.object({ date: isoDate });
export type DeleteHolidayInput = z.infer<typeof deleteHolidaySchema>;

// An import replaces every entry dated in `year`, from the chinese-days package or pasted CSV.
export const importHolidaysSchema = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('CHINESE_DAYS'), year }),
    z.object({
      source: z.literal('CSV'),
      year,
      csv: z.string({ error: '请粘贴CSV数据' }).trim().min(1, { error: '请粘贴CSV数据' }).max(20_000, { error: 'CSV数据不能超过20000个字符' }),
    }),
  ],
  { error: '请选择数据来源' },
);
export type ImportHolidaysInput = z.infer<typeof importHolidaysSchema>;

// The due-date calculator is a GET form: its values come from the page's search parameters.
export const dueDateCalculatorSchema = z.object({
  start: isoDate,
  days: z.coerce
    .number({ error: '请输入期限天数' })
    .int({ error: '期限天数须为整数' })
    .min(1, { error: '期限天数须在1至1000之间' })
    .max(1000, { error: '期限天数须在1至1000之间' }),
  rule: z.enum(['WORKING_DAYS', 'CALENDAR_DAYS'], { error: '请选择计算方式' }).default('WORKING_DAYS'),
});
export type DueDateCalculatorInput = z.infer<typeof dueDateCalculatorSchema>;
