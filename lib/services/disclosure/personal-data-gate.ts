import 'server-only';
import type { Db } from '@/lib/db';
import { describeBlockers } from '@/lib/domain/blockers';
import { personalDataBlockers, PRIVACY_CITATION, type PublicField } from '@/lib/domain/privacy';
import { AppError } from '@/lib/errors';
import { loadPublicTextFacts } from '@/lib/queries/disclosure/public-text-facts';

const GATE_MESSAGE = '含有当事人的个人信息（姓名、身份证号码、电话或住址），不能公开';

/**
 * Turns the database's personal-data refusal (trigger disclosure_30_personal_data) into the Chinese
 * rule message, naming the field and kind as the application's own check would; returns quietly
 * for any other error so the caller can go on mapping or rethrow it.
 */
export async function rethrowPersonalDataGate(db: Db, disclosureId: string, error: unknown, extra: readonly PublicField[] = []): Promise<void> {
  if (!isPersonalDataGateViolation(error)) return;
  const facts = await loadPublicTextFacts(db, disclosureId).catch(() => null);
  const blockers = facts ? personalDataBlockers({ fields: [...facts.fields, ...extra], parties: facts.parties }) : [];
  throw new AppError({
    code: 'RULE_VIOLATION',
    userMessage: describeBlockers(blockers.length > 0 ? blockers : [{ code: 'PERSONAL_DATA', message: GATE_MESSAGE, citation: PRIVACY_CITATION }]),
    cause: error,
  });
}

export function isPersonalDataGateViolation(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (String((current as { message?: unknown }).message ?? '').includes('personal data gate')) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
