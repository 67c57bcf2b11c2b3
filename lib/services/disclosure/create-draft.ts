import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import type { CreateDisclosureInput } from '@/lib/schemas/disclosure';
import { auditSnapshot, catalogueColumns } from './shared';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

export function refuseFutureFormedOn(formedOn: string, now: Date): void {
  if (formedOn > toShanghaiDate(now)) {
    const message = messages.disclosure.formedOnFuture;
    throw new AppError({ code: 'VALIDATION', userMessage: message, fieldErrors: { formedOn: [message] } });
  }
}

export async function createDraft(db: Db, actor: Actor, input: CreateDisclosureInput, now: Date = new Date()) {
  assertCan(actor, 'disclosure.draft');
  refuseFutureFormedOn(input.formedOn, now);
  return db.$transaction(async (tx) => {
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    const disclosure = await tx.disclosure.create({
      data: {
        category: input.category,
        title: input.title,
        summary: input.summary,
        body: input.body,
        sourceDepartment: input.sourceDepartment,
        formedOn: toDateColumn(input.formedOn),
        ...catalogueColumns(input),
        requiresReview: requiresReview(input.category, requiredCategories),
        authorId: actor.id,
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'disclosure.create',
      entityType: 'Disclosure',
      entityId: disclosure.id,
      after: auditSnapshot(disclosure),
    });
    return disclosure;
  });
}
