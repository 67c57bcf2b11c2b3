import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { Role } from '@/lib/domain/auth/permissions';
import { isRole } from '@/lib/domain/auth/permissions';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import {
  caseTemplate,
  classifyMajor,
  type AdvanceContext,
  type CaseActor,
  type CaseFacts,
  type CaseOfficerFact,
  type CaseTemplate,
  type CaseType,
  type EnforcementSettings,
  type IntendedPenalty,
  type LegalReviewStatus,
  type MajorClassification,
  type TemplateOptions,
} from '@/lib/domain/enforcement';
import { isoOfDateColumnOrNull, toDateColumn } from '@/lib/domain/calendar/date-column';
import { certificateQualifies } from '@/lib/domain/officers/certificate-status';
import { approvalOfContent } from '@/lib/domain/review/approval';
import { AppError } from '@/lib/errors';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { toCertificateFacts, certificateSelect } from '@/lib/queries/officers/certificate-facts';
import { loadEnforcementSettings, loadMajorCatalogue, loadTemplateOptions } from '@/lib/queries/enforcement/case-config';
import { enforcementContentHash } from '@/lib/domain/enforcement/review-content';

// Reads a case and everything its rules need, inside the caller's transaction, and turns it into
// the domain's CaseFacts: certificates and roles re-read, the latest legal review of the current
// content, the current step's recordings.

// The case services' short names for the date-column conversions (one implementation, lib/domain/calendar/date-column.ts).
export const iso = isoOfDateColumnOrNull;
export const dateColumn = toDateColumn;

export const caseInclude = {
  parties: { orderBy: { id: 'asc' } },
  officers: {
    include: {
      officer: {
        select: { id: true, name: true, active: true, userId: true, user: { select: { roles: true } }, certificates: { select: certificateSelect } },
      },
    },
    orderBy: { assignedAt: 'asc' },
  },
} as const;

export async function loadCaseRow(tx: Db | Tx, caseId: string) {
  const row = await tx.enforcementCase.findUnique({ where: { id: caseId }, include: caseInclude });
  if (!row) throw new AppError({ code: 'NOT_FOUND', userMessage: messages.errors.notFound });
  return row;
}
export type CaseRow = Awaited<ReturnType<typeof loadCaseRow>>;

export function officerFacts(row: CaseRow, today: IsoDate): CaseOfficerFact[] {
  return row.officers.map((assignment) => {
    const kind = assignment.role === 'HEARING_HOST' ? 'HEARING_HOST' : 'ENFORCEMENT';
    const valid = assignment.officer.active && assignment.officer.certificates.some((c) => c.kind === kind && certificateQualifies(toCertificateFacts(c), today));
    return {
      officerId: assignment.officerId,
      name: assignment.officer.name,
      role: assignment.role,
      certificateValid: valid,
      recusalDeclared: assignment.recusalDeclaredAt !== null,
      holdsHearingHostRole: (assignment.officer.user?.roles ?? []).includes('HEARING_HOST'),
      userId: assignment.officer.userId,
    };
  });
}

export function penaltyOf(value: unknown): IntendedPenalty | null {
  if (!value || typeof value !== 'object') return null;
  const penalty = value as IntendedPenalty;
  return Array.isArray(penalty.kinds) ? penalty : null;
}

/** Status of the latest legal review as it bears on the current content (art. 58). */
export async function legalReviewStatus(tx: Db | Tx, caseId: string, contentHash: string): Promise<LegalReviewStatus | null> {
  const rounds = await tx.legalReview.findMany({
    where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId, status: { not: 'SUPERSEDED' } },
    orderBy: { round: 'desc' },
    select: { status: true, contentHash: true },
  });
  if (approvalOfContent(rounds, contentHash)) return 'APPROVED';
  const latest = rounds[0];
  if (!latest) return null;
  // An approval of other content does not count; a returned or referred opinion stands until a new round.
  if (latest.status === 'APPROVED') return null;
  return latest.status;
}

export function caseFactsOf(
  row: CaseRow,
  today: IsoDate,
  reviewStatus: LegalReviewStatus | null,
  publicity?: { publishedOn: IsoDate | null; withdrawnOn: IsoDate | null },
): CaseFacts {
  const decidedOn = iso(row.decidedOn);
  return {
    type: row.type,
    procedure: row.procedure,
    state: row.state,
    filedOn: iso(row.filedOn)!,
    isMajor: row.isMajor,
    isComplex: row.isComplex,
    parties: row.parties.map((p) => ({ kind: p.kind })),
    officers: officerFacts(row, today),
    intendedPenalty: penaltyOf(row.intendedPenalty),
    factsConclusive: row.factsConclusive,
    rightsNotice: row.rightsNoticeServedOn ? { servedOn: iso(row.rightsNoticeServedOn)!, hearingRightStated: row.rightsNoticeHearingStated } : null,
    hearing: {
      requestedOn: iso(row.hearingRequestedOn),
      waived: row.hearingWaived,
      noticeSentOn: iso(row.hearingNoticeSentOn),
      scheduledOn: iso(row.hearingScheduledOn),
      heldOn: iso(row.hearingHeldOn),
      hostOfficerId: row.hearingHostOfficerId,
    },
    legalReview: reviewStatus ? { status: reviewStatus } : null,
    collectiveDecision: row.collectiveDecisionOn ? { heldOn: iso(row.collectiveDecisionOn)! } : null,
    decision: decidedOn
      ? {
          decidedOn,
          partyPresent: row.partyPresentAtDecision,
          servedOn: iso(row.servedOn),
          publishedOn: publicity?.publishedOn ?? null,
          revokedOn: iso(row.revokedOn),
          withdrawnOn: publicity?.withdrawnOn ?? null,
        }
      : null,
    noPenaltyReason: row.noPenaltyReason,
    educationRecorded: row.educationRecorded,
    extension: row.extensionUntil ? { approved: row.extensionApproved, until: iso(row.extensionUntil)! } : null,
  };
}

export function classifyCase(
  row: Pick<CaseRow, 'type' | 'intendedPenalty' | 'parties' | 'hearingHeldOn' | 'publicImpact' | 'isComplex'>,
  catalogue: Awaited<ReturnType<typeof loadMajorCatalogue>>,
): MajorClassification {
  return classifyMajor(
    {
      type: row.type as CaseType,
      intendedPenalty: penaltyOf(row.intendedPenalty),
      partyKinds: row.parties.map((p) => p.kind),
      hearingHeld: row.hearingHeldOn !== null,
      publicImpact: row.publicImpact,
      complex: row.isComplex,
    },
    catalogue,
  );
}

export type CaseContext = {
  row: CaseRow;
  facts: CaseFacts;
  template: CaseTemplate;
  settings: EnforcementSettings;
  templateOptions: TemplateOptions;
  today: IsoDate;
  calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>;
  contentHash: string;
  currentStep: { id: string; key: string; seq: number } | null;
  recordings: { kind: 'VIDEO' | 'AUDIO' | 'PHOTO' | 'DOCUMENT' }[];
  publicity: { id: string; status: string; publishedOn: IsoDate | null; withdrawnOn: IsoDate | null; publishDueOn: IsoDate | null } | null;
};

/** Everything canAdvance needs, read now. */
export async function loadCaseContext(tx: Db | Tx, caseId: string, now: Date): Promise<CaseContext> {
  const row = await loadCaseRow(tx, caseId);
  const today = toShanghaiDate(now);
  const [settings, templateOptions, calendar] = await Promise.all([loadEnforcementSettings(tx), loadTemplateOptions(tx, row.type), loadWorkingCalendar(tx)]);
  const contentHash = enforcementContentHash(row);
  const reviewStatus = await legalReviewStatus(tx, caseId, contentHash);
  const currentStep = await tx.caseStep.findFirst({ where: { caseId, key: row.state }, orderBy: { seq: 'desc' }, select: { id: true, key: true, seq: true } });
  // Evidence attached to the current step, or to a record made during it (hearing notice, request…),
  // since an upload attaches to the case file's latest record.
  const duringStep = currentStep ? await tx.caseStep.findMany({ where: { caseId, seq: { gte: currentStep.seq } }, select: { id: true } }) : [];
  const recordings = duringStep.length > 0 ? await tx.evidenceItem.findMany({ where: { caseId, stepId: { in: duringStep.map((s) => s.id) } }, select: { kind: true } }) : [];
  const disclosure = await tx.disclosure.findFirst({
    where: { enforcementCaseId: caseId, category: 'ENFORCEMENT_PUBLICITY' },
    orderBy: { createdAt: 'desc' },
    select: { id: true, status: true, publishedAt: true, withdrawnAt: true, publishDueOn: true },
  });
  const publicity = disclosure
    ? {
        id: disclosure.id,
        status: disclosure.status,
        publishedOn: disclosure.publishedAt ? toShanghaiDate(disclosure.publishedAt) : null,
        withdrawnOn: disclosure.withdrawnAt ? toShanghaiDate(disclosure.withdrawnAt) : null,
        publishDueOn: iso(disclosure.publishDueOn),
      }
    : null;
  const facts = { ...caseFactsOf(row, today, reviewStatus, publicity ?? undefined), legalReviewers: await legalReviewersOf(tx, caseId) };
  return {
    row,
    facts,
    template: caseTemplate(facts, templateOptions),
    settings,
    templateOptions,
    today,
    calendar,
    contentHash,
    currentStep,
    recordings,
    publicity,
  };
}

/** The decision's legal reviewers: a pending round (open to every legal reviewer), and who decided one. */
async function legalReviewersOf(tx: Db | Tx, caseId: string): Promise<NonNullable<CaseFacts['legalReviewers']>> {
  const rounds = await tx.legalReview.findMany({
    where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId },
    select: { status: true, reviewerId: true },
  });
  return {
    open: rounds.some((r) => r.status === 'PENDING'),
    userIds: [...new Set(rounds.flatMap((r) => (r.reviewerId ? [r.reviewerId] : [])))],
  };
}

/** The acting account as the case rules see it (roles re-read from the database by the guard). */
export function caseActorOf(actor: { id: string; roles: readonly string[] }): CaseActor {
  return { userId: actor.id, roles: actor.roles.filter(isRole) as Role[] };
}

export function advanceContext(ctx: CaseContext, actor: { id: string; roles: readonly string[] }, waiver?: string | null): AdvanceContext {
  return {
    actorRoles: caseActorOf(actor).roles,
    actorUserId: actor.id,
    today: ctx.today,
    calendar: ctx.calendar,
    settings: ctx.settings,
    templateOptions: ctx.templateOptions,
    currentStepRecordings: ctx.recordings,
    recordingWaiverReason: waiver ?? null,
  };
}
