import 'server-only';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { canHandle, reportDueDates } from '@/lib/domain/public-reports/rules';
import type { PublicReportKind } from '@/lib/generated/prisma/enums';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { lookupHash } from '@/lib/domain/public-submissions/tracking-code';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

/** What /track shows for a report: kind, dates, status and the closing answer; no internal details. */
export type ReportTrackView = { kind: PublicReportKind; receivedOn: string; status: 'RECEIVED' | 'ACCEPTED' | 'CLOSED'; closedOn: string | null; answer: string | null };

export async function findTrackedReport(db: Db, typedCode: string): Promise<ReportTrackView | null> {
  const hash = lookupHash(typedCode);
  if (hash === null) return null;
  const r = await db.publicReport.findUnique({ where: { trackingCodeHash: hash }, select: { kind: true, receivedOn: true, status: true, closedOn: true, answer: true } });
  if (!r) return null;
  return {
    kind: r.kind,
    receivedOn: isoOfDateColumnOrNull(r.receivedOn)!,
    status: r.status,
    closedOn: isoOfDateColumnOrNull(r.closedOn),
    answer: r.status === 'CLOSED' ? r.answer : null,
  };
}

/** The staff inbox: the reports this person may handle, with due dates and how they were computed. */
export async function listReportInbox(db: Db, roles: readonly Role[]) {
  const kinds = (['ILLEGAL_ORG', 'COMPLAINT'] as const).filter((k) => canHandle([...roles], k));
  const [rows, calendar] = await Promise.all([
    db.publicReport.findMany({
      where: { kind: { in: [...kinds] } },
      orderBy: [{ status: 'asc' }, { receivedOn: 'desc' }],
      take: 300,
      include: {
        files: { select: { id: true, fileName: true, size: true } },
        watchedOrganisation: { select: { id: true, name: true } },
        case: { select: { id: true, caseNumber: true } },
      },
    }),
    loadWorkingCalendar(db),
  ]);
  return rows.map((r) => ({
    ...r,
    receivedOn: isoOfDateColumnOrNull(r.receivedOn)!,
    acceptedOn: isoOfDateColumnOrNull(r.acceptedOn),
    closedOn: isoOfDateColumnOrNull(r.closedOn),
    due: reportDueDates({ receivedOn: isoOfDateColumnOrNull(r.receivedOn)!, acceptedOn: isoOfDateColumnOrNull(r.acceptedOn), calendar }),
  }));
}
export type InboxRow = Awaited<ReturnType<typeof listReportInbox>>[number];

/** A report as listed on the watch-list entry or case it led to (staff only). */
export type LinkedReport = {
  id: string;
  kind: PublicReportKind;
  receivedOn: string;
  status: 'RECEIVED' | 'ACCEPTED' | 'CLOSED';
  anonymous: boolean;
  // The reporter's name and contact: only when the viewer may see them; an anonymous report has none.
  reporter: { name: string | null; contact: string | null } | null;
};

export const LINKED_REPORT_SELECT = { id: true, kind: true, receivedOn: true, status: true, anonymous: true, reporterName: true, reporterContact: true } as const;
type LinkedReportRow = {
  id: string;
  kind: PublicReportKind;
  receivedOn: Date;
  status: LinkedReport['status'];
  anonymous: boolean;
  reporterName: string | null;
  reporterContact: string | null;
};

/** `withReporter` is the caller's decision (the case's own people); everyone else gets no personal data of the reporter. */
export function toLinkedReport(r: LinkedReportRow, withReporter: boolean): LinkedReport {
  return {
    id: r.id,
    kind: r.kind,
    receivedOn: isoOfDateColumnOrNull(r.receivedOn)!,
    status: r.status,
    anonymous: r.anonymous,
    reporter: withReporter && !r.anonymous ? { name: r.reporterName, contact: r.reporterContact } : null,
  };
}

/** The reports that led to a case: linked to it directly, or to the watch-list entry it was opened from. */
export async function listCaseReports(db: Db, kase: { id: string; watchedOrganisationId: string | null }, withReporter: boolean): Promise<LinkedReport[]> {
  const rows = await db.publicReport.findMany({
    where: { OR: [{ caseId: kase.id }, ...(kase.watchedOrganisationId ? [{ watchedOrganisationId: kase.watchedOrganisationId }] : [])] },
    orderBy: [{ receivedOn: 'asc' }, { createdAt: 'asc' }],
    select: LINKED_REPORT_SELECT,
  });
  return rows.map((r) => toLinkedReport(r, withReporter));
}
