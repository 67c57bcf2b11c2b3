import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

// An officer may be linked to one staff account, and an account to one officer. Checked inside
// the caller's transaction (the unique index on Officer.userId is the last word).
export async function assertUserLinkable(tx: Tx, userId: string | null, officerId?: string): Promise<void> {
  if (userId === null) return;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { officer: { select: { id: true } } } });
  if (!user) throw new AppError({ code: 'VALIDATION', userMessage: '所选用户不存在。', fieldErrors: { userId: ['所选用户不存在'] } });
  if (user.officer && user.officer.id !== officerId) {
    throw new AppError({ code: 'CONFLICT', userMessage: '该用户已关联其他执法人员。', fieldErrors: { userId: ['该用户已关联其他执法人员'] } });
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'P2002';
}
