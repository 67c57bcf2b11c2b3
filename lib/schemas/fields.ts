import { isIsoDate } from '@/lib/domain/calendar';
import { z } from '@/lib/schemas/zod';

// The field builders the schemas share (one definition each). Messages are Chinese and name the
// field; `strict` also words a missing or non-text value with the field's message (otherwise the
// generic "缺少此项或格式无效" of lib/schemas/zod.ts).

/** A blank text box as "not given". */
export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
export const blankToNull = (value: unknown) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value);
/** A repeated form field as an array (none given → []). */
export const toArray = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);
/** An HTML checkbox ("on" when ticked, absent when not). */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());

/** A record's id (cuid, at most `max` characters), refused with `message`. */
export const idField = (message: string, options: { max?: number; strict?: boolean } = {}) =>
  z
    .string(options.strict ? { error: message } : undefined)
    .trim()
    .min(1, { error: message })
    .max(options.max ?? 40, { error: message });

/** A `YYYY-MM-DD` day, refused with `message`. */
export const isoDateField = (message: string, options: { strict?: boolean } = {}) =>
  z
    .string(options.strict ? { error: message } : undefined)
    .trim()
    .refine(isIsoDate, { error: message });

/** A `YYYY-MM-DD` day named by its label: 请填写{label} when missing, 请填写有效的{label} when not a day. */
export const labelledDate = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isIsoDate, { error: `请填写有效的${label}` });

/** An optional day: blank is "not given". */
export const optionalDate = (message: string, options: { strict?: boolean } = {}) => z.preprocess(blankToUndefined, isoDateField(message, options).optional());

/** Required text named by its label: 请填写{label} when blank, {label}不能超过{max}个字 when too long. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不能超过${max}个字` });

/** Optional text: blank is null. */
export const nullableText = (label: string, max: number) =>
  z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .max(max, { error: `${label}不能超过${max}个字` })
      .nullable(),
  );

/** Optional text: blank (or absent) is ''. */
export const textOrEmpty = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不能超过${max}个字` })
    .default('');
