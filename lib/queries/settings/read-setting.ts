import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { SETTING_DEFAULTS, type SettingKey } from '@/lib/domain/settings/defaults';

type Widen<T> = T extends number ? number : T extends boolean ? boolean : T extends string ? string : T extends readonly string[] ? string[] : T;
export type SettingValue<K extends SettingKey> = Widen<(typeof SETTING_DEFAULTS)[K]['value']>;

// Falls back to the documented default when an admin has not stored a value (or stored one of the
// wrong type), so a rule never runs without its limit.
export async function readSetting<K extends SettingKey>(db: Db | Tx, key: K): Promise<SettingValue<K>> {
  const fallback = SETTING_DEFAULTS[key].value;
  const row = await db.setting.findUnique({ where: { key } });
  const value: unknown = row?.value;
  const sameType = Array.isArray(fallback) ? Array.isArray(value) : typeof value === typeof fallback;
  return (sameType ? value : fallback) as SettingValue<K>;
}
