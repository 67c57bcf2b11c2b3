import type { RequestClockInput, RequestState } from '@/lib/domain/requests';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

// The columns of a request the statutory clock is computed from, and their pure form.

export const clockSelect = {
  id: true,
  receivedOn: true,
  outcome: true,
  correctionRequestedOn: true,
  correctionRepliedOn: true,
  consultationStartedOn: true,
  consultationEndedOn: true,
  extensionDays: true,
  extensionReason: true,
} as const satisfies Prisma.InformationRequestSelect;
export type ClockRow = Prisma.InformationRequestGetPayload<{ select: typeof clockSelect }>;

export function requestState(row: ClockRow): RequestState {
  return {
    receivedOn: isoOfDateColumnOrNull(row.receivedOn)!,
    answered: row.outcome !== 'PENDING',
    correctionRequestedOn: isoOfDateColumnOrNull(row.correctionRequestedOn),
    correctionRepliedOn: isoOfDateColumnOrNull(row.correctionRepliedOn),
    consultationStartedOn: isoOfDateColumnOrNull(row.consultationStartedOn),
    consultationEndedOn: isoOfDateColumnOrNull(row.consultationEndedOn),
    extended: row.extensionDays !== null,
  };
}

export function clockInput(row: ClockRow): Omit<RequestClockInput, 'calendar'> {
  const s = requestState(row);
  return {
    receivedOn: s.receivedOn,
    correction: s.correctionRequestedOn === null ? null : { requestedOn: s.correctionRequestedOn, repliedOn: s.correctionRepliedOn },
    consultation: s.consultationStartedOn === null ? null : { startedOn: s.consultationStartedOn, endedOn: s.consultationEndedOn },
    extension: row.extensionDays === null ? null : { days: row.extensionDays, reason: row.extensionReason ?? '' },
  };
}
