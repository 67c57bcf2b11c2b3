import type { IsoDate } from '@/lib/domain/calendar/date-string';
import type { RequestClockInput, RequestState } from '@/lib/domain/requests';
import type { Prisma } from '@/lib/generated/prisma/client';

// The columns of a request the statutory clock is computed from, and their pure form.
const day = (d: Date | null): IsoDate | null => (d === null ? null : d.toISOString().slice(0, 10));

export const clockSelect = {
  id: true, receivedOn: true, outcome: true, correctionRequestedOn: true, correctionRepliedOn: true,
  consultationStartedOn: true, consultationEndedOn: true, extensionDays: true, extensionReason: true,
} as const satisfies Prisma.InformationRequestSelect;
export type ClockRow = Prisma.InformationRequestGetPayload<{ select: typeof clockSelect }>;

export function requestState(row: ClockRow): RequestState {
  return {
    receivedOn: day(row.receivedOn)!,
    answered: row.outcome !== 'PENDING',
    correctionRequestedOn: day(row.correctionRequestedOn),
    correctionRepliedOn: day(row.correctionRepliedOn),
    consultationStartedOn: day(row.consultationStartedOn),
    consultationEndedOn: day(row.consultationEndedOn),
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

