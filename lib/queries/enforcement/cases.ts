import 'server-only';
import { loadDocumentPanel } from './documents';
import type { Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar';
import {
  AUDIO_VIDEO_KINDS,
  canAdvance,
  caseActorBlockers,
  seesCasePersonalData,
  caseTemplate,
  caseDeadlines,
  CASE_TYPE_NAMES,
  findStep,
  hearingRequestDue,
  hearingRequiredForParties,
  hearingThresholdsFrom,
  nearestOpenDeadline,
  nextSteps,
  recordingChecklist,
  type CaseDeadline,
  type CaseType,
} from '@/lib/domain/enforcement';
import type { Blocker } from '@/lib/domain/blockers';
import { messages } from '@/lib/i18n/messages';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { containsText } from '@/lib/queries/like';
import { listAssignableOfficers } from '@/lib/queries/officers/assignable-officers';
import { listCaseReports } from '@/lib/queries/public-reports/reports';
import { loadEnforcementSettings, loadTemplateOptions } from '@/lib/queries/enforcement/case-config';
import { advanceContext, caseActorOf, caseFactsOf, caseInclude, iso, loadCaseContext, penaltyOf } from '@/lib/queries/enforcement/case-state';
import { redactPersonalData } from '@/lib/domain/privacy';
import { maskCaseView } from './case-view-masking';
import { DECISION_STEP_KEYS } from '@/lib/domain/enforcement/publicity';

// Reads for the case pages: the list with filters, "my cases" by nearest deadline, and one case
// with its timeline, next steps and what blocks them, recording checklist and deadlines.

/** Blockers the step's own form answers (the notice states the penalty, a reason is typed in…). */
const ANSWERED_BY_FORM = new Set(['enf.notice.noIntendedPenalty', 'enf.noPenalty.reason', 'enf.recording.missing']);

export type CaseListFilters = { type?: CaseType | undefined; state?: 'open' | 'closed' | undefined; q?: string | undefined; page: number };
export const CASES_PER_PAGE = 30;

/**
 * The case list as `viewer` may read it: a case's title is redacted against its parties (names
 * 张某某, no ID number, phone or address) unless the viewer acts on that case (its officers, the
 * head, its hearing host or legal reviewer — the rule of the case page, seesCasePersonalData), and a
 * search by a party's name only finds the cases whose parties the viewer may read, so the search
 * itself cannot tell a stranger who is a party to which case.
 */
export async function listCases(db: Db, viewer: Actor, filters: CaseListFilters) {
  const actor = caseActorOf(viewer);
  const seesEveryParty = actor.roles.includes('DIRECTOR');
  // A party's name, ID number, phone or address that contains what was typed.
  const partyMatch = filters.q ? { parties: { some: { OR: (['name', 'idNumber', 'phone', 'address'] as const).map((field) => ({ [field]: containsText(filters.q!) })) } } } : null;
  const viewerCases = {
    OR: [{ officers: { some: { officer: { userId: viewer.id } } } }, ...(actor.roles.includes('LEGAL_REVIEWER') ? [{ id: { in: await reviewableCaseIds(db, viewer.id) } }] : [])],
  };
  const where = {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.state === 'open' ? { closedOn: null } : filters.state === 'closed' ? { closedOn: { not: null } } : {}),
    ...(filters.q && partyMatch
      ? {
          OR: seesEveryParty
            ? [{ title: containsText(filters.q) }, { caseNumber: containsText(filters.q) }, partyMatch]
            : [
                { caseNumber: containsText(filters.q) },
                // The title is searched for everyone, but a match on a party's own data only on the viewer's cases.
                { AND: [{ title: containsText(filters.q) }, { NOT: partyMatch }] },
                { AND: [{ OR: [{ title: containsText(filters.q) }, partyMatch] }, viewerCases] },
              ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.enforcementCase.count({ where }),
    db.enforcementCase.findMany({
      where,
      orderBy: [{ filedOn: 'desc' }, { caseNumber: 'desc' }],
      skip: (filters.page - 1) * CASES_PER_PAGE,
      take: CASES_PER_PAGE,
      select: {
        id: true,
        caseNumber: true,
        title: true,
        type: true,
        procedure: true,
        state: true,
        filedOn: true,
        closedOn: true,
        isMajor: true,
        parties: { select: { kind: true, name: true, idNumber: true, address: true, phone: true, legalRepresentative: true } },
        officers: { select: { officerId: true, role: true, officer: { select: { userId: true } } } },
        hearingHostOfficerId: true,
      },
    }),
  ]);
  const reviewers = actor.roles.includes('LEGAL_REVIEWER')
    ? await legalReviewersByCase(
        db,
        rows.map((r) => r.id),
      )
    : new Map();
  const items = await Promise.all(
    rows.map(async ({ parties, officers, hearingHostOfficerId, ...row }) => {
      const sees = seesCasePersonalData(
        {
          type: row.type,
          officers: officers.map((o) => ({ officerId: o.officerId, role: o.role, userId: o.officer.userId })),
          hearing: { hostOfficerId: hearingHostOfficerId },
          legalReviewers: reviewers.get(row.id) ?? { open: false, userIds: [] },
        },
        actor,
      );
      return {
        ...row,
        title: sees ? row.title : redactPersonalData(row.title, parties),
        filedOn: iso(row.filedOn)!,
        closedOn: iso(row.closedOn),
        typeName: CASE_TYPE_NAMES[row.type],
        stateLabel: await stepLabel(db, row.type, row.procedure, row.state),
      };
    }),
  );
  return { total, items, pages: Math.max(1, Math.ceil(total / CASES_PER_PAGE)) };
}

/** Cases whose decision a legal reviewer may read: a pending round (open to every reviewer) or one they decided. */
async function reviewableCaseIds(db: Db, userId: string): Promise<string[]> {
  const rounds = await db.legalReview.findMany({
    where: { subjectType: 'ENFORCEMENT_DECISION', OR: [{ status: 'PENDING' }, { reviewerId: userId }] },
    select: { subjectId: true },
  });
  return [...new Set(rounds.map((r) => r.subjectId))];
}

async function legalReviewersByCase(db: Db, caseIds: string[]) {
  const rounds = await db.legalReview.findMany({
    where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: { in: caseIds } },
    select: { subjectId: true, status: true, reviewerId: true },
  });
  const byCase = new Map<string, { open: boolean; userIds: string[] }>();
  for (const r of rounds) {
    const entry = byCase.get(r.subjectId) ?? { open: false, userIds: [] };
    if (r.status === 'PENDING') entry.open = true;
    if (r.reviewerId && !entry.userIds.includes(r.reviewerId)) entry.userIds.push(r.reviewerId);
    byCase.set(r.subjectId, entry);
  }
  return byCase;
}

async function stepLabel(db: Db, type: CaseType, procedure: 'GENERAL' | 'SUMMARY', state: string): Promise<string> {
  return findStep(caseTemplate({ type, procedure }, await loadTemplateOptions(db, type)), state)?.label ?? state;
}

export type MyCase = {
  id: string;
  caseNumber: string;
  title: string;
  typeName: string;
  stateLabel: string;
  role: string;
  nearest: CaseDeadline | null;
};

/** Open cases the user's officer record is on, nearest deadline first (overdue first), then the rest. */
export async function listMyCases(db: Db, actor: Actor, now: Date = new Date()): Promise<MyCase[]> {
  const today = toShanghaiDate(now);
  const rows = await db.enforcementCase.findMany({
    where: { closedOn: null, officers: { some: { officer: { userId: actor.id } } } },
    include: { ...caseInclude, disclosures: { where: { category: 'ENFORCEMENT_PUBLICITY' }, select: { publishedAt: true, withdrawnAt: true }, orderBy: { createdAt: 'desc' } } },
  });
  const [settings, calendar] = await Promise.all([loadEnforcementSettings(db), loadWorkingCalendar(db)]);
  const items: MyCase[] = [];
  for (const row of rows) {
    const publicity = row.disclosures[0];
    const facts = caseFactsOf(row, today, null, {
      publishedOn: publicity?.publishedAt ? toShanghaiDate(publicity.publishedAt) : null,
      withdrawnOn: publicity?.withdrawnAt ? toShanghaiDate(publicity.withdrawnAt) : null,
    });
    const deadlines = caseDeadlines(facts, { calendar, settings, today });
    const roles = row.officers.filter((o) => o.officer.userId === actor.id).map((o) => (o.role === 'HEARING_HOST' ? '听证主持人' : '承办人'));
    items.push({
      id: row.id,
      caseNumber: row.caseNumber,
      title: row.title,
      typeName: CASE_TYPE_NAMES[row.type],
      stateLabel: await stepLabel(db, row.type, row.procedure, row.state),
      role: [...new Set(roles)].join('、'),
      nearest: nearestOpenDeadline(deadlines) ?? null,
    });
  }
  return items.sort((a, b) => {
    if (a.nearest && b.nearest) return a.nearest.due.localeCompare(b.nearest.due) || a.caseNumber.localeCompare(b.caseNumber);
    if (a.nearest) return -1;
    if (b.nearest) return 1;
    return a.caseNumber.localeCompare(b.caseNumber);
  });
}

export type NextStepView = { key: string; label: string; director: boolean; blockers: Blocker[]; notes: Blocker[]; form: string };

function formFor(key: string): string {
  if (key === 'RIGHTS_NOTICE') return 'notice';
  if (key === 'COLLECTIVE_DECISION') return 'collective';
  if (DECISION_STEP_KEYS.has(key)) return 'decision';
  if (key === 'SERVICE') return 'service';
  if (key === 'EXECUTION') return 'execution';
  if (key === 'NO_PENALTY') return 'noPenalty';
  if (key === 'CLOSED') return 'close';
  return 'plain';
}

/**
 * One case for its page, as the viewer may see it: with the parties' personal data for the case's
 * officers, the head, its hearing host and legal reviewer; masked everywhere for other staff.
 */
export async function getCaseDetail(db: Db, caseId: string, actor: Actor, now: Date = new Date()) {
  const view = await caseDetail(db, caseId, actor, now);
  return view.seesPersonalData ? view : maskCaseView(view);
}

async function caseDetail(db: Db, caseId: string, actor: Actor, now: Date) {
  const ctx = await loadCaseContext(db, caseId, now);
  const { row, facts, template, today } = ctx;
  const caseActor = caseActorOf(actor);
  const stepRows = await db.caseStep.findMany({ where: { caseId }, orderBy: { seq: 'asc' } });
  const actorIds = [...new Set(stepRows.map((s) => s.actorId))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const evidence = await db.evidenceItem.findMany({ where: { caseId }, select: { stepId: true, kind: true } });
  const timelineLabels = messages.enforcement.timeline as Record<string, unknown>;
  const timeline = stepRows.map((s) => ({
    id: s.id,
    seq: s.seq,
    key: s.key,
    label: findStep(template, s.key)?.label ?? (typeof timelineLabels[s.key] === 'string' ? (timelineLabels[s.key] as string) : s.key),
    actor: nameOf.get(s.actorId) ?? s.actorId,
    occurredAt: s.occurredAt,
    note: s.note,
    documents: Array.isArray(s.documents) ? (s.documents as { name: string; value: string }[]) : [],
    recordingWaiverReason: s.recordingWaiverReason,
    hash: s.hash,
    evidenceCount: evidence.filter((e) => e.stepId === s.id).length,
  }));

  // Recording checklist: each template step passed, with its requirement and whether it was met.
  const templateSteps = stepRows.filter((s) => findStep(template, s.key));
  const checklist = recordingChecklist(template).map((entry) => {
    const passes = templateSteps.map((s, i) => ({ s, next: templateSteps[i + 1] })).filter(({ s }) => s.key === entry.key);
    // Evidence uploaded during the step attaches to the latest record of the case file at the time.
    const during = (from: number, to: number) => new Set(stepRows.filter((r) => r.seq >= from && r.seq < to).map((r) => r.id));
    const recorded = passes.some(({ s, next }) => {
      const ids = during(s.seq, next?.seq ?? Number.MAX_SAFE_INTEGER);
      return evidence.some((e) => e.stepId !== null && ids.has(e.stepId) && AUDIO_VIDEO_KINDS.includes(e.kind));
    });
    const waiver = passes.map(({ next }) => next?.recordingWaiverReason).find((r) => !!r) ?? null;
    return { ...entry, passed: passes.length > 0, recorded, waiver, current: entry.key === row.state };
  });

  const context = advanceContext(ctx, actor);
  const next: NextStepView[] = nextSteps(facts, ctx.templateOptions).map((step) => {
    const all = canAdvance(facts, step.key, context);
    return {
      key: step.key,
      label: step.label,
      director: step.actorRoles.includes('DIRECTOR'),
      blockers: all.filter((b) => !ANSWERED_BY_FORM.has(b.code)),
      notes: all.filter((b) => ANSWERED_BY_FORM.has(b.code)),
      form: formFor(step.key),
    };
  });
  const deadlines = caseDeadlines(facts, { calendar: ctx.calendar, settings: ctx.settings, today });
  const penalty = penaltyOf(row.intendedPenalty);
  const hearingOffered = penalty
    ? hearingRequiredForParties(
        penalty,
        row.parties.map((p) => p.kind),
        hearingThresholdsFrom(ctx.settings),
      )
    : { required: false, grounds: [] as string[] };
  const hearingDue = facts.rightsNotice ? hearingRequestDue({ noticeServedOn: facts.rightsNotice.servedOn, calendar: ctx.calendar, settings: ctx.settings }).due : null;
  const reviews = await db.legalReview.findMany({
    where: { subjectType: 'ENFORCEMENT_DECISION', subjectId: caseId },
    orderBy: { round: 'desc' },
    select: { id: true, round: true, status: true, submittedAt: true, decidedAt: true, opinion: true, contentHash: true, dueOn: true },
  });
  const hosts = facts.rightsNotice && row.hearingRequestedOn && !row.hearingHeldOn ? await listAssignableOfficers(db, { on: now, kind: 'HEARING_HOST' }) : [];
  const hostOfficer = row.officers.find((o) => o.role === 'HEARING_HOST' && o.officerId === row.hearingHostOfficerId);
  return {
    row,
    facts,
    today,
    typeName: CASE_TYPE_NAMES[row.type],
    stateLabel: findStep(template, row.state)?.label ?? row.state,
    currentStep: ctx.currentStep,
    timeline,
    checklist,
    next,
    deadlines,
    penalty,
    hearingOffered,
    hearingDue,
    reviewStatus: facts.legalReview?.status ?? null,
    reviews: reviews.map((r) => ({ ...r, current: r.contentHash === ctx.contentHash })),
    publicity: ctx.publicity,
    hosts: hosts.map((h) => ({ id: h.id, name: h.name, unit: h.unit })),
    hostName: hostOfficer?.officer.name ?? null,
    // The reports that led to the case; the reporter's name and contact only for the case's own people.
    reports: await listCaseReports(db, row, seesCasePersonalData(facts, caseActor)),
    isHost: hostOfficer?.officer.userId === actor.id,
    majorReasons: Array.isArray(row.majorReasons) ? (row.majorReasons as string[]) : [],
    closed: row.closedOn !== null,
    isOnCase: row.officers.some((o) => o.officer.userId === actor.id),
    // Why the officers' own records (hearing response, extension, education, review) are not this viewer's.
    officerBlockers: caseActorBlockers(facts, caseActor, ['OFFICER']),
    seesPersonalData: seesCasePersonalData(facts, caseActor),
    // The documents panel (what each document still needs, the documents generated): part of the
    // view, so a viewer not on the case gets it masked with the rest.
    documents: await loadDocumentPanel(db, caseId),
  };
}
export type CaseDetail = Awaited<ReturnType<typeof getCaseDetail>>;

export async function loadFilingChoices(db: Db, now: Date = new Date()) {
  const [officers, watched] = await Promise.all([
    listAssignableOfficers(db, { on: now, kind: 'ENFORCEMENT' }),
    db.watchedOrganisation.findMany({ where: { status: { in: ['SUSPECTED', 'INVESTIGATING'] } }, orderBy: { notedOn: 'desc' }, select: { id: true, name: true } }),
  ]);
  return { officers, watched, today: toShanghaiDate(now) as IsoDate };
}
