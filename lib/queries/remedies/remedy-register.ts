import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar/date-string';
import { answerLate, isAboutDisclosure, type RemedyFacts, type RemedyKind, type RemedyOutcome } from '@/lib/domain/remedies/remedies';

const iso = (date: Date | null): IsoDate | null => (date ? date.toISOString().slice(0, 10) : null);

export type RemedyRow = {
  id: string;
  kind: RemedyKind;
  caseNumber: string;
  organ: string;
  claimant: string;
  challengedDecision: string;
  challengedHref: string | null;
  aboutDisclosure: boolean;
  afterReconsideration: boolean;
  receivedOn: IsoDate;
  answerDueOn: IsoDate;
  answeredOn: IsoDate | null;
  answerLate: boolean;
  hearingOn: IsoDate | null;
  headAppeared: boolean | null;
  outcome: RemedyOutcome | null;
  concludedOn: IsoDate | null;
  notes: string;
};

const challengedHref = (row: { enforcementCaseId: string | null; informationRequestId: string | null; disclosureId: string | null }) =>
  row.enforcementCaseId
    ? `/staff/cases/${row.enforcementCaseId}`
    : row.informationRequestId
      ? '/staff/requests'
      : row.disclosureId
        ? `/staff/disclosures/${row.disclosureId}`
        : null;

/** The register for a year (by the day the bureau received the application or complaint), newest first. */
export async function listRemedies(db: Db, options: { year: number; now?: Date }): Promise<RemedyRow[]> {
  const today = toShanghaiDate(options.now ?? new Date());
  const rows = await db.remedyCase.findMany({
    where: { receivedOn: { gte: new Date(`${options.year}-01-01`), lte: new Date(`${options.year}-12-31`) } },
    orderBy: [{ receivedOn: 'desc' }, { caseNumber: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    caseNumber: row.caseNumber,
    organ: row.organ,
    claimant: row.claimant,
    challengedDecision: row.challengedDecision,
    challengedHref: challengedHref(row),
    aboutDisclosure: isAboutDisclosure(row),
    afterReconsideration: row.afterReconsideration,
    receivedOn: iso(row.receivedOn)!,
    answerDueOn: iso(row.answerDueOn)!,
    answeredOn: iso(row.answeredOn),
    answerLate: answerLate({ answerDueOn: iso(row.answerDueOn)!, answeredOn: iso(row.answeredOn), today }),
    hearingOn: iso(row.hearingOn),
    headAppeared: row.headAppeared,
    outcome: row.outcome,
    concludedOn: iso(row.concludedOn),
    notes: row.notes,
  }));
}

/** The facts a register entry's rule reads: the one loader for the page and the progress service. */
export async function loadRemedyFacts(db: Db | Tx, remedyId: string, now: Date): Promise<(RemedyFacts & { id: string }) | null> {
  const row = await db.remedyCase.findUnique({ where: { id: remedyId } });
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    receivedOn: iso(row.receivedOn)!,
    links: { enforcementCaseId: row.enforcementCaseId, informationRequestId: row.informationRequestId, disclosureId: row.disclosureId },
    answeredOn: iso(row.answeredOn),
    hearingOn: iso(row.hearingOn),
    headAppeared: row.headAppeared,
    outcome: row.outcome,
    concludedOn: iso(row.concludedOn),
    afterReconsideration: row.afterReconsideration,
    today: toShanghaiDate(now),
  };
}
