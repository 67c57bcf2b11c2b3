import 'server-only';
import { recordAudit } from '@/lib/audit';
import { assertCan, type Actor } from '@/lib/auth/guard';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import type { AddWatchedOrganisationInput, SetWatchStatusInput } from '@/lib/schemas/evidence';
import { toDateColumn } from '@/lib/domain/calendar/date-column';

// The illegal social organisation watch list (预警名单). BANNED is set only by closing a ban case
// (watchlist-exposure.ts), never by hand.
const t = messages.evidence.watchlist;

function fail(code: 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION', userMessage: string, field?: string): never {
  throw new AppError({ code, userMessage, ...(field ? { fieldErrors: { [field]: [userMessage] } } : {}) });
}

export async function addWatchedOrganisation(db: Db, actor: Actor, input: AddWatchedOrganisationInput, now: Date = new Date()) {
  assertCan(actor, 'watchlist.manage');
  if (input.notedOn > toShanghaiDate(now)) fail('VALIDATION', messages.evidence.devices.futureTime, 'notedOn');
  return db.$transaction((tx) => createWatchedOrganisation(tx, actor, input));
}

/** The entry and its audit row, inside the caller's transaction (also used when a public report is accepted). */
export async function createWatchedOrganisation(tx: Tx, actor: Actor, input: AddWatchedOrganisationInput) {
  const organisation = await tx.watchedOrganisation.create({
    data: {
      name: input.name,
      source: input.source,
      sourceDetail: input.sourceDetail,
      notedOn: toDateColumn(input.notedOn),
      note: input.note,
      createdById: actor.id,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: 'case.watchlistAdd',
    entityType: 'WatchedOrganisation',
    entityId: organisation.id,
    after: { name: organisation.name, source: organisation.source, status: organisation.status, notedOn: input.notedOn },
  });
  return organisation;
}

export async function setWatchStatus(db: Db, actor: Actor, input: SetWatchStatusInput) {
  assertCan(actor, 'watchlist.manage');
  if (input.status === 'BANNED') fail('VALIDATION', t.bannedOnlyByCase, 'status');
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "WatchedOrganisation" WHERE "id" = ${input.watchedOrganisationId} FOR UPDATE`;
    if (!rows[0]) fail('NOT_FOUND', t.notFound);
    const before = await tx.watchedOrganisation.findUniqueOrThrow({ where: { id: input.watchedOrganisationId } });
    if (before.status === 'BANNED') fail('CONFLICT', t.alreadyBanned);
    const after = await tx.watchedOrganisation.update({
      where: { id: before.id },
      data: { status: input.status, ...(input.note ? { note: input.note } : {}) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'case.watchlistStatus',
      entityType: 'WatchedOrganisation',
      entityId: before.id,
      before: { status: before.status, note: before.note },
      after: { status: after.status, note: after.note },
    });
    return after;
  });
}
