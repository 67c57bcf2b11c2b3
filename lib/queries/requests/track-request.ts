import 'server-only';
import type { Db } from '@/lib/db';
import { computeRequestClock } from '@/lib/domain/requests/clock';
import type { RequestOutcome, WithholdingReason } from '@/lib/generated/prisma/enums';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { clockInput, clockSelect } from './clock-row';
import { lookupHash } from '@/lib/domain/public-submissions/tracking-code';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

// What /track shows for a tracking code: status, due date, the answer and its files. Nothing about
// the applicant, staff or internal notes; nothing at all without the right code.
export type TrackStatus = 'RECEIVED' | 'AWAITING_CORRECTION' | 'CONSULTING' | 'EXTENDED' | 'ANSWERED';

export type TrackView = {
  receivedOn: string;
  subject: string;
  status: TrackStatus;
  dueOn: string | null;
  correctionNote: string | null;
  extensionReason: string | null;
  answeredOn: string | null;
  outcome: Exclude<RequestOutcome, 'PENDING'> | null;
  outcomeReason: string | null;
  withholdingReason: WithholdingReason | null;
  files: { id: string; fileName: string; kind: 'ANSWER_LETTER' | 'DELIVERED' }[];
};

export async function findTrackedRequest(db: Db, typedCode: string): Promise<TrackView | null> {
  const hash = lookupHash(typedCode);
  if (hash === null) return null;
  const row = await db.informationRequest.findUnique({
    where: { trackingCodeHash: hash },
    select: {
      ...clockSelect,
      subject: true,
      correctionNote: true,
      answeredOn: true,
      outcomeReason: true,
      withholdingReason: true,
      files: { select: { id: true, fileName: true, kind: true }, orderBy: [{ kind: 'asc' }, { createdAt: 'asc' }] },
    },
  });
  if (!row) return null;
  const answered = row.outcome !== 'PENDING';
  const clock = answered ? null : computeRequestClock({ ...clockInput(row), calendar: await loadWorkingCalendar(db) });
  const status: TrackStatus = answered
    ? 'ANSWERED'
    : clock?.state === 'PAUSED'
      ? clock.reason === 'CORRECTION'
        ? 'AWAITING_CORRECTION'
        : 'CONSULTING'
      : row.extensionDays !== null
        ? 'EXTENDED'
        : 'RECEIVED';
  return {
    receivedOn: isoOfDateColumnOrNull(row.receivedOn)!,
    subject: row.subject,
    status,
    dueOn: clock?.state === 'RUNNING' ? clock.due : null,
    correctionNote: status === 'AWAITING_CORRECTION' ? row.correctionNote : null,
    extensionReason: row.extensionDays !== null ? row.extensionReason : null,
    answeredOn: isoOfDateColumnOrNull(row.answeredOn),
    outcome: row.outcome === 'PENDING' ? null : row.outcome,
    outcomeReason: answered ? row.outcomeReason : null,
    withholdingReason: answered ? row.withholdingReason : null,
    files: answered ? row.files : [],
  };
}

/** A delivered file, only for the holder of the request's code. */
export async function findTrackedFile(db: Db, typedCode: string, fileId: string) {
  const hash = lookupHash(typedCode);
  if (hash === null || !/^[A-Za-z0-9_-]{1,64}$/.test(fileId)) return null;
  return db.informationRequestFile.findFirst({
    where: { id: fileId, request: { trackingCodeHash: hash, outcome: { not: 'PENDING' } } },
    select: { fileName: true, storageKey: true, mimeType: true, size: true },
  });
}
