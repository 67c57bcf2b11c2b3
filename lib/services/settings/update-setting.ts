import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { parseSettingValue } from '@/lib/domain/settings/setting-value';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { UpdateSettingInput } from '@/lib/schemas/settings';

// Changes one configurable limit. The value must have the type of the documented default (and
// stay within its bounds), so no rule ever reads a limit it cannot use.
export async function updateSetting(db: Db, actor: Actor, input: UpdateSettingInput) {
  assertCan(actor, 'settings.manage');
  const parsed = parseSettingValue(input.key, input.value);
  if (!parsed.ok) {
    throw new AppError({ code: 'VALIDATION', userMessage: parsed.message, fieldErrors: { value: [parsed.message] } });
  }
  const value = parsed.value as Prisma.InputJsonValue;
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: input.key }, select: { value: true } });
    // The migration seeds every default; a missing row (an older database) is created.
    const setting = await tx.setting.upsert({
      where: { key: input.key },
      create: { key: input.key, value, description: SETTING_DEFAULTS[input.key].description },
      update: { value },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'setting.update',
      entityType: 'Setting',
      entityId: input.key,
      ...(before ? { before: { value: before.value as Prisma.InputJsonValue } } : {}),
      after: { value },
    });
    return setting;
  });
}
