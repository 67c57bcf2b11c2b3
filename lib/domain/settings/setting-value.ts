import { CATEGORY_NAMES, DISCLOSURE_CATEGORIES, LAW_GATED_CATEGORIES } from '@/lib/domain/disclosure/categories';
import { CASE_TYPE_NAMES, CASE_TYPES } from '@/lib/domain/enforcement/case-types';
import { PENALTY_KIND_NAMES, PENALTY_KINDS } from '@/lib/domain/enforcement/penalties';
import { SETTING_DEFAULTS, type SettingKey } from './defaults';

// What shape a setting's value takes is decided by its documented default, so a setting added to
// defaults.ts (and its migration) is editable without touching this file.
export type SettingShape =
  | { readonly type: 'integer'; readonly min: number; readonly max: number }
  | { readonly type: 'boolean' }
  | { readonly type: 'string' }
  | { readonly type: 'list'; readonly options: readonly SettingOption[] | null; readonly required: readonly string[] };

export type SettingOption = { readonly value: string; readonly label: string };

export type SettingValue = number | boolean | string | string[];

export type ParsedSettingValue = { ok: true; value: SettingValue } | { ok: false; message: string };

// List settings whose items come from a fixed set. The categories the law gates stay required:
// notices, normative documents and the annual report are always reviewed (also enforced by the
// database gate); the setting may only add to them.
const LIST_OPTIONS: Partial<Record<SettingKey, { options: readonly SettingOption[]; required: readonly string[] }>> = {
  'review.requiredCategories': {
    options: DISCLOSURE_CATEGORIES.map((value) => ({ value, label: CATEGORY_NAMES[value] })),
    required: LAW_GATED_CATEGORIES,
  },
  'major.caseTypes': { options: CASE_TYPES.map((value) => ({ value, label: CASE_TYPE_NAMES[value] })), required: [] },
  'major.penaltyKinds': { options: PENALTY_KINDS.map((value) => ({ value, label: PENALTY_KIND_NAMES[value] })), required: [] },
};

// Period lengths feed the working-day maths, which needs at least one day; an extension may be 0
// (no extension). Upper bounds keep a typo from producing a loop over decades.
function integerBounds(key: string): { min: number; max: number } {
  if (/Percent$/.test(key)) return { min: 0, max: 100 };
  if (/(working|calendar)Days$/i.test(key)) return { min: /extension/i.test(key) ? 0 : 1, max: 1000 };
  if (/(Days|Minutes)$/.test(key)) return { min: 0, max: 100_000 };
  if (key === 'auth.maxFailedSignIns') return { min: 1, max: 1000 };
  return { min: 0, max: 1_000_000_000 };
}

export function settingShape(key: SettingKey): SettingShape {
  const fallback: unknown = SETTING_DEFAULTS[key].value;
  if (Array.isArray(fallback)) {
    const list = LIST_OPTIONS[key];
    return { type: 'list', options: list?.options ?? null, required: list?.required ?? [] };
  }
  if (typeof fallback === 'boolean') return { type: 'boolean' };
  if (typeof fallback === 'number' && Number.isInteger(fallback)) return { type: 'integer', ...integerBounds(key) };
  return { type: 'string' };
}

/**
 * Turns a submitted form value into a setting value of the default's type, or says in Chinese why
 * it cannot (naming the setting by its description).
 */
export function parseSettingValue(key: SettingKey, raw: string | readonly string[]): ParsedSettingValue {
  const shape = settingShape(key);
  const label = `“${SETTING_DEFAULTS[key].description}”`;
  if (shape.type === 'list') return parseList(label, shape, typeof raw === 'string' ? (raw === '' ? [] : [raw]) : raw);
  const single = typeof raw === 'string' ? raw : raw.length === 1 ? raw[0] : undefined;
  if (single === undefined) return { ok: false, message: raw.length === 0 ? `${label}不能为空` : `${label}只能填写一个值` };
  const text = single.trim();
  if (shape.type === 'boolean') {
    if (text === 'true' || text === 'false') return { ok: true, value: text === 'true' };
    return { ok: false, message: `${label}须为“是”或“否”` };
  }
  if (text === '') return { ok: false, message: `${label}不能为空` };
  if (shape.type === 'string') return { ok: true, value: text };
  if (!/^[+-]?\d+$/.test(text)) return { ok: false, message: `${label}须为整数` };
  const value = Number(text);
  if (value < 0) return { ok: false, message: `${label}不能为负数` };
  if (value < shape.min || value > shape.max) {
    return { ok: false, message: `${label}须在${shape.min}至${shape.max}之间` };
  }
  return { ok: true, value };
}

function parseList(label: string, shape: Extract<SettingShape, { type: 'list' }>, raw: readonly string[]): ParsedSettingValue {
  const items = [...new Set(raw.map((item) => item.trim()).filter((item) => item !== ''))];
  if (shape.options !== null) {
    const allowed = shape.options.map((option) => option.value);
    const unknown = items.filter((item) => !allowed.includes(item));
    if (unknown.length > 0) return { ok: false, message: `${label}含有未知选项：${unknown.join('、')}` };
    const missing = shape.required.filter((item) => !items.includes(item));
    if (missing.length > 0) {
      const names = missing.map((item) => shape.options?.find((option) => option.value === item)?.label ?? item);
      return { ok: false, message: `${label}必须包含${names.join('、')}（固定项，不能取消）` };
    }
    // Required items first, then the options' order: the same choice always stores the same value.
    const order = [...shape.required, ...allowed.filter((item) => !shape.required.includes(item))];
    return { ok: true, value: order.filter((item) => items.includes(item)) };
  }
  return { ok: true, value: items };
}

/** The stored value as a form shows it (lists as their items, everything else as text). */
export function formatSettingValue(key: SettingKey, value: unknown): string {
  const shape = settingShape(key);
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.map((item) => shape.options?.find((option) => option.value === item)?.label ?? String(item)).join('、');
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}
