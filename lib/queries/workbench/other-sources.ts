import 'server-only';
import type { Db } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { can } from '@/lib/domain/auth/permissions';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import { describeReviewDue, parseDueExplanation } from '@/lib/domain/review/due-date';
import type {
  CertificateTodoFact,
  DisclosureTodoFact,
  NormativeTodoFact,
  PendingReviewFact,
  PublicReportTodoFact,
  RectificationTodoFact,
  RequestTodoFact,
  StatutoryFacts,
} from '@/lib/domain/workbench';
import { messages } from '@/lib/i18n/messages';
import { clockInput, clockSelect } from '@/lib/queries/requests/clock-row';

// Facts for the to-do sources other than cases, each read only for those who act on it.

const day = (d: Date) => d.toISOString().slice(0, 10);
const dayOrNull = (d: Date | null) => (d === null ? null : day(d));

export async function loadPendingReviews(db: Db): Promise<PendingReviewFact[]> {
  const rows = await db.legalReview.findMany({ where: { status: 'PENDING' }, orderBy: { dueOn: 'asc' }, take: 500 });
  const subjects = messages.review.subjectTypes as Record<string, string>;
  return rows.map((r) => {
    const explanation = parseDueExplanation(r.dueExplanation);
    return {
      id: r.id,
      title: r.title,
      subjectLabel: subjects[r.subjectType] ?? '事项',
      submittedOn: toShanghaiDate(r.submittedAt),
      dueOn: day(r.dueOn),
      howComputed: explanation ? describeReviewDue(explanation, r.extendedDays) : `截止${day(r.dueOn)}`,
      submittedById: r.submittedById,
      subjectAuthorIds: r.subjectAuthorIds,
    };
  });
}

export async function loadDisclosureFacts(db: Db): Promise<DisclosureTodoFact[]> {
  const rows = await db.disclosure.findMany({
    where: { status: { in: ['DRAFT', 'SECRECY_CHECKED', 'APPROVED'] } },
    select: {
      id: true,
      title: true,
      status: true,
      requiresReview: true,
      authorId: true,
      editorIds: true,
      formedOn: true,
      publishDueOn: true,
      enforcementCase: { select: { decidedOn: true } },
    },
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status as DisclosureTodoFact['status'],
    requiresReview: r.requiresReview,
    authorId: r.authorId,
    editorIds: r.editorIds,
    formedOn: day(r.formedOn),
    publicity: r.publishDueOn ? { dueOn: day(r.publishDueOn), decidedOn: dayOrNull(r.enforcementCase?.decidedOn ?? null) } : null,
  }));
}

export async function loadRectificationFacts(db: Db, userId: string): Promise<RectificationTodoFact[]> {
  const rows = await db.rectification.findMany({
    where: { status: { not: 'CLOSED' }, finding: { inspection: { inspectors: { some: { officer: { userId } } } } } },
    select: {
      id: true,
      status: true,
      dueOn: true,
      recheckDueOn: true,
      respondedAt: true,
      finding: { select: { inspection: { select: { entity: { select: { name: true } }, inspectors: { select: { officer: { select: { userId: true } } } } } } } },
    },
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    entityName: r.finding.inspection.entity.name,
    status: r.status as RectificationTodoFact['status'],
    dueOn: day(r.dueOn),
    respondedOn: r.respondedAt ? toShanghaiDate(r.respondedAt) : null,
    recheckDueOn: dayOrNull(r.recheckDueOn),
    inspectorUserIds: r.finding.inspection.inspectors.flatMap((i) => (i.officer.userId ? [i.officer.userId] : [])),
  }));
}

export async function loadCertificateFacts(db: Db, viewer: { userId: string; managesOfficers: boolean }, horizon: IsoDate): Promise<CertificateTodoFact[]> {
  const rows = await db.certificate.findMany({
    where: {
      revokedAt: null,
      validTo: { lte: new Date(`${horizon}T00:00:00Z`) },
      officer: viewer.managesOfficers ? { active: true } : { userId: viewer.userId, active: true },
    },
    include: { officer: { select: { id: true, name: true, userId: true } } },
  });
  return rows.map((c) => ({
    id: c.id,
    number: c.number,
    kind: c.kind,
    validFrom: day(c.validFrom),
    validTo: day(c.validTo),
    revokedOn: null,
    examPassed: c.examPassed,
    platformRegistered: c.platformRegistered,
    officerId: c.officer.id,
    officerName: c.officer.name,
    officerUserId: c.officer.userId,
  }));
}

export async function loadRequestFacts(db: Db): Promise<RequestTodoFact[]> {
  const rows = await db.informationRequest.findMany({ where: { outcome: 'PENDING' }, select: { ...clockSelect, id: true, subject: true }, take: 500 });
  return rows.map((r) => ({ ...clockInput(r), id: r.id, subject: r.subject }));
}

const REPORT_KIND_LABELS = { ILLEGAL_ORG: '举报', COMPLAINT: '投诉' } as const;

export async function loadPublicReportFacts(db: Db, roles: readonly Role[]): Promise<PublicReportTodoFact[]> {
  const kinds = (['ILLEGAL_ORG', 'COMPLAINT'] as const).filter((k) => can(roles, k === 'ILLEGAL_ORG' ? 'watchlist.manage' : 'legalAffairs.manage'));
  if (kinds.length === 0) return [];
  const rows = await db.publicReport.findMany({
    where: { kind: { in: [...kinds] }, status: { in: ['RECEIVED', 'ACCEPTED'] } },
    select: { id: true, kind: true, status: true, receivedOn: true, acceptedOn: true, organisationName: true, description: true },
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id,
    kindLabel: REPORT_KIND_LABELS[r.kind],
    summary: r.organisationName ?? (r.description.length > 30 ? `${r.description.slice(0, 30)}…` : r.description),
    status: r.status as PublicReportTodoFact['status'],
    receivedOn: day(r.receivedOn),
    acceptedOn: dayOrNull(r.acceptedOn),
  }));
}

export async function loadNormativeFacts(db: Db, horizon: IsoDate): Promise<NormativeTodoFact[]> {
  const rows = await db.disclosure.findMany({
    where: { category: 'NORMATIVE_DOCUMENT', status: 'PUBLISHED', validUntil: { not: null, lte: new Date(`${horizon}T00:00:00Z`) } },
    select: { id: true, title: true, validUntil: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, validUntil: day(r.validUntil!) }));
}

/**
 * What the portal records of last year's statutory reports: the submissions recorded with their
 * receipts (ReportSubmission, ADR 0028), and the rule-of-law report's own approval and publication.
 */
export async function loadStatutoryFacts(db: Db, today: IsoDate): Promise<StatutoryFacts> {
  const year = Number(today.slice(0, 4));
  const [report, submissions] = await Promise.all([
    db.annualReport.findUnique({ where: { kind_year: { kind: 'RULE_OF_LAW', year: year - 1 } }, select: { disclosureId: true } }),
    db.reportSubmission.findMany({ where: { year: year - 1 }, select: { step: true } }),
  ]);
  const disclosure = report?.disclosureId ? await db.disclosure.findUnique({ where: { id: report.disclosureId }, select: { status: true } }) : null;
  const status = disclosure?.status ?? null;
  const done = new Set(submissions.map((s) => s.step));
  return {
    'enforcement-statistics': done.has('ENFORCEMENT_STATISTICS'),
    'disclosure-annual-report': done.has('DISCLOSURE_ANNUAL_REPORT'),
    'rule-of-law-report': done.has('RULE_OF_LAW_TO_PARTY_AND_GOVERNMENT'),
    'rule-of-law-report-published': done.has('RULE_OF_LAW_PUBLISHED') || status === 'PUBLISHED',
  };
}
