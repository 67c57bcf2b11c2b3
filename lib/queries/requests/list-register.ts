import 'server-only';
import type { Db } from '@/lib/db';
import { deadlineStatus, toShanghaiDate } from '@/lib/domain/calendar';
import { computeRequestClock, type RequestClock } from '@/lib/domain/requests/clock';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { clockInput } from './clock-row';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

// The staff register of requests (staff only: it carries the applicants' personal data), each with
// its statutory clock and how the due date was computed.

export async function listRequestRegister(db: Db, now: Date = new Date()) {
  const [rows, calendar] = await Promise.all([
    db.informationRequest.findMany({
      orderBy: [{ receivedOn: 'desc' }, { createdAt: 'desc' }],
      take: 500,
      include: { files: { select: { id: true, fileName: true, kind: true } }, extensionApprovedBy: { select: { name: true } } },
    }),
    loadWorkingCalendar(db),
  ]);
  const today = toShanghaiDate(now);
  return rows.map((r) => {
    const clock: RequestClock | null = r.outcome === 'PENDING' ? computeRequestClock({ ...clockInput(r), calendar }) : null;
    const status = clock?.state === 'RUNNING' ? deadlineStatus({ due: clock.due, today, calendar, warnWithinWorkingDays: 3 }) : null;
    return {
      id: r.id,
      channel: r.channel,
      receivedOn: isoOfDateColumnOrNull(r.receivedOn)!,
      applicantKind: r.applicantKind,
      subject: r.subject,
      applicant:
        r.channel === 'ONLINE'
          ? {
              name: r.applicantName,
              idType: r.idType,
              idNumber: r.idNumber,
              phone: r.contactPhone,
              email: r.contactEmail,
              address: r.contactAddress,
              purpose: r.purpose,
              preferredForm: r.preferredForm,
              delivery: r.delivery,
            }
          : null,
      outcome: r.outcome,
      outcomeReason: r.outcomeReason,
      withholdingReason: r.withholdingReason,
      answeredOn: isoOfDateColumnOrNull(r.answeredOn),
      correctionRequestedOn: isoOfDateColumnOrNull(r.correctionRequestedOn),
      correctionRepliedOn: isoOfDateColumnOrNull(r.correctionRepliedOn),
      correctionNote: r.correctionNote,
      consultationStartedOn: isoOfDateColumnOrNull(r.consultationStartedOn),
      consultationEndedOn: isoOfDateColumnOrNull(r.consultationEndedOn),
      extensionDays: r.extensionDays,
      extensionReason: r.extensionReason,
      extensionApprovedBy: r.extensionApprovedBy?.name ?? null,
      files: r.files,
      clock,
      deadline: status,
    };
  });
}
export type RegisterRow = Awaited<ReturnType<typeof listRequestRegister>>[number];
