import { SETTING_DEFAULTS, type SettingKey } from './defaults';
import { settingShape } from './setting-value';

// How the settings page shows each setting in the staff's language: grouped by area, with a
// Chinese label, unit, allowed range and explanation, all read from the documented description
// ("label（unit，explanation）") and the value's shape. No setting key is ever shown.

export const SETTING_GROUPS = [
  { id: 'auth', title: '登录安全', prefixes: ['auth.'] },
  { id: 'review', title: '法制审核', prefixes: ['review.'] },
  { id: 'disclosure', title: '政务公开', prefixes: ['disclosure.', 'separation.'] },
  { id: 'case', title: '执法办案期限与听证', prefixes: ['case.', 'hearing.', 'summary.', 'publicity.'] },
  { id: 'major', title: '重大执法决定标准', prefixes: ['major.'] },
  { id: 'evidence', title: '执法证据与音像记录', prefixes: ['evidence.', 'recording.'] },
  { id: 'officer', title: '执法人员', prefixes: ['officer.'] },
  { id: 'inspection', title: '行政检查', prefixes: ['inspection.'] },
  { id: 'reminders', title: '到期提醒', prefixes: ['reminders.'] },
  { id: 'bureau', title: '本单位信息', prefixes: ['bureau.'] },
] as const;

export type SettingPresentation = { label: string; unit: string; range: string; explanation: string };

// Where the documented description names codes, the page explains in words instead.
const EXPLANATIONS: Partial<Record<SettingKey, string>> = {
  'recording.requiredSteps': '在默认要求之外，另行规定须音像记录的案件类型和环节',
};

const UNITS = ['工作日', '日', '分钟', '元', 'MB', '%', '次'];

export function presentSetting(key: SettingKey): SettingPresentation {
  const description: string = SETTING_DEFAULTS[key].description;
  const open = description.indexOf('（');
  const label = open === -1 ? description : description.slice(0, open);
  const inner = open === -1 ? '' : description.slice(open + 1, description.lastIndexOf('）') === -1 ? undefined : description.lastIndexOf('）'));
  const parts = inner
    .split('，')
    .map((p) => p.trim())
    .filter(Boolean);
  const unitPart = parts.find((p) => UNITS.includes(p));
  const explanation = EXPLANATIONS[key] ?? parts.filter((p) => p !== unitPart).join('，');
  const shape = settingShape(key);
  const unit = unitPart ?? (shape.type === 'integer' && /次/.test(label) ? '次' : '');
  const range = shape.type === 'integer' ? `${shape.min}～${shape.max}${unit}` : shape.type === 'list' ? '可多选' : shape.type === 'boolean' ? '是或否' : '文字';
  return { label, unit, range, explanation };
}

export function settingGroupOf(key: string): (typeof SETTING_GROUPS)[number]['id'] {
  return SETTING_GROUPS.find((g) => g.prefixes.some((p) => key.startsWith(p)))?.id ?? 'bureau';
}
