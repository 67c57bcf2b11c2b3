import { describeBlockers, type Blocker } from '@/lib/domain/blockers';
import { AppError } from '@/lib/errors';

// Services call this after re-checking a domain rule inside their transaction.
export function refuseIfBlocked(blockers: readonly Blocker[]): void {
  if (blockers.length > 0) {
    throw new AppError({ code: 'RULE_VIOLATION', userMessage: describeBlockers(blockers) });
  }
}
