import 'server-only';
import type { Db } from '@/lib/db';
import { SETTING_DEFAULTS, type SettingKey } from '@/lib/domain/settings/defaults';
import { formatSettingValue, settingShape, type SettingShape } from '@/lib/domain/settings/setting-value';

export type SettingRow = {
  key: SettingKey;
  description: string;
  shape: SettingShape;
  // The stored value (the default when no row exists), and both as display text.
  value: unknown;
  valueText: string;
  defaultText: string;
  isDefault: boolean;
  updatedAt: Date | null;
  // The stored row's version (optimistic concurrency); null when no row exists.
  version: number | null;
};

// Every documented setting with its stored value, in the order of lib/domain/settings/defaults.ts.
export async function listSettings(db: Db): Promise<SettingRow[]> {
  const stored = new Map((await db.setting.findMany()).map((row) => [row.key, row]));
  return (Object.keys(SETTING_DEFAULTS) as SettingKey[]).map((key) => {
    const spec = SETTING_DEFAULTS[key];
    const row = stored.get(key);
    const value: unknown = row ? row.value : spec.value;
    return {
      key,
      description: spec.description,
      shape: settingShape(key),
      value,
      valueText: formatSettingValue(key, value),
      defaultText: formatSettingValue(key, spec.value),
      isDefault: JSON.stringify(value) === JSON.stringify(spec.value),
      updatedAt: row ? row.updatedAt : null,
      version: row ? row.version : null,
    };
  });
}
