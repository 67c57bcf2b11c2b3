// The numeric limits enforcement rules read, keyed exactly as in the Setting table, so a service
// fills this object with readSetting() and tests use the documented defaults.
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';

export const ENFORCEMENT_SETTING_KEYS = [
  'case.decisionCalendarDays',
  'case.serviceWorkingDays',
  'hearing.requestWorkingDays',
  'hearing.noticeWorkingDays',
  'hearing.fineThresholdPerson',
  'hearing.fineThresholdOrganisation',
  'summary.maxFinePerson',
  'summary.maxFineOrganisation',
  'publicity.penaltyWorkingDays',
  'publicity.otherWorkingDays',
  'publicity.withdrawWorkingDays',
] as const satisfies readonly (keyof typeof SETTING_DEFAULTS)[];
export type EnforcementSettingKey = (typeof ENFORCEMENT_SETTING_KEYS)[number];

export type EnforcementSettings = { readonly [K in EnforcementSettingKey]: number };

export const DEFAULT_ENFORCEMENT_SETTINGS: EnforcementSettings = Object.fromEntries(
  ENFORCEMENT_SETTING_KEYS.map((key) => [key, SETTING_DEFAULTS[key].value]),
) as EnforcementSettings;
