import { z } from '@/lib/schemas/zod';
import { SETTING_DEFAULTS, type SettingKey } from '@/lib/domain/settings/defaults';

const SETTING_KEYS = Object.keys(SETTING_DEFAULTS) as [SettingKey, ...SettingKey[]];

// The value's type depends on the setting; the service checks it against the default
// (lib/domain/settings/setting-value.ts), so every caller gets the same check.
// A list setting arrives as one form value per ticked box (none ticked → an empty list).
export const updateSettingSchema = z.object({
  key: z.enum(SETTING_KEYS, { error: '未知参数' }),
  // The version the form was rendered from (optimistic concurrency); absent for a setting with no row yet.
  expectedVersion: z.coerce.number().int().min(0).optional(),
  value: z.preprocess(
    (value) => (value === undefined ? [] : value),
    z.union([z.string().max(1000, { error: '参数值过长' }), z.array(z.string().max(1000, { error: '参数值过长' })).max(100)]),
  ),
});
export type UpdateSettingInput = z.infer<typeof updateSettingSchema>;
