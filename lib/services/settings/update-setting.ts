import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { parseSettingValue } from '@/lib/domain/settings/setting-value';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { UpdateSettingInput } from '@/lib/schemas/settings';

function conflict(): never {
  throw new AppError({ code: 'CONFLICT', userMessage: messages.errors.conflict });
}

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
    const before = await tx.setting.findUnique({ where: { key: input.key }, select: { value: true, version: true } });
    // Someone changed it since this form was shown: refuse rather than overwrite their change.
    if (before && input.expectedVersion !== undefined && before.version !== input.expectedVersion) conflict();
    let setting;
    if (before) {
      // Conditional on the version read: of two concurrent changes, exactly one matches.
      const written = await tx.setting.updateMany({ where: { key: input.key, version: before.version }, data: { value, version: { increment: 1 } } });
      if (written.count !== 1) conflict();
      setting = await tx.setting.findUniqueOrThrow({ where: { key: input.key } });
    } else {
      // The migration seeds every default; a missing row (an older database) is created.
      setting = await tx.setting.create({ data: { key: input.key, value, description: SETTING_DEFAULTS[input.key].description } });
    }
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
