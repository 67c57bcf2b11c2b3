import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ENFORCEMENT_SETTING_KEYS, type EnforcementSettings } from '@/lib/domain/enforcement';
import { handoffDone, openDecisionLimit, type CaseTodoContext, type CaseTodoFact, type HandoffFact, type HandoffKind } from '@/lib/domain/workbench';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { handoffCaseFactsOf, reviewedSince } from './handoff-facts';

// Facts for the case and hand-off to-dos of one person.

const day = (d: Date | null) => (d === null ? null : d.toISOString().slice(0, 10));

export async function loadEnforcementLimits(db: Db): Promise<EnforcementSettings> {
  const entries = await Promise.all(ENFORCEMENT_SETTING_KEYS.map(async (key) => [key, Number(await readSetting(db, key))] as const));
  return Object.fromEntries(entries) as EnforcementSettings;
}

const caseSelect = {
  id: true,
  caseNumber: true,
  title: true,
  type: true,
  procedure: true,
  filedOn: true,
  closedOn: true,
  decidedOn: true,
  servedOn: true,
  partyPresentAtDecision: true,
  extensionUntil: true,
  extensionApproved: true,
  hearingRequestedOn: true,
  hearingHeldOn: true,
  hearingWaived: true,
  hearingHostOfficerId: true,
  officers: { select: { officer: { select: { userId: true } } } },
} as const;

type CaseRow = Awaited<ReturnType<typeof findCases>>[number];

function findCases(db: Db, where: Prisma.EnforcementCaseWhereInput) {
  return db.enforcementCase.findMany({ where, select: caseSelect, orderBy: { filedOn: 'asc' }, take: 500 });
}

function caseFactOf(row: CaseRow, hostUserIds: Map<string, string | null>): CaseTodoFact {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    title: row.title,
    type: row.type,
    procedure: row.procedure,
    filedOn: day(row.filedOn)!,
    decidedOn: day(row.decidedOn),
    servedOn: day(row.servedOn),
    partyPresentAtDecision: row.partyPresentAtDecision,
    extension: row.extensionUntil ? { until: day(row.extensionUntil)!, approved: row.extensionApproved } : null,
    hearing:
      row.hearingRequestedOn && !row.hearingWaived
        ? {
            requestedOn: day(row.hearingRequestedOn)!,
            heldOn: day(row.hearingHeldOn),
            hostUserId: row.hearingHostOfficerId ? (hostUserIds.get(row.hearingHostOfficerId) ?? null) : null,
          }
        : null,
    officerUserIds: row.officers.flatMap((o) => (o.officer.userId ? [o.officer.userId] : [])),
  };
}

/** Open cases the viewer is on, hosts the hearing of, or (the head) must approve an extension of. */
export async function loadCaseFacts(db: Db, viewer: { userId: string; director: boolean }): Promise<CaseTodoFact[]> {
  const hosted = await db.officer.findMany({ where: { userId: viewer.userId }, select: { id: true } });
  const or: Prisma.EnforcementCaseWhereInput[] = [{ officers: { some: { officer: { userId: viewer.userId } } } }];
  if (hosted.length > 0) or.push({ hearingHostOfficerId: { in: hosted.map((o) => o.id) } });
  if (viewer.director) or.push({ extensionUntil: { not: null }, extensionApproved: false });
  const rows = await findCases(db, { closedOn: null, OR: or });
  const hostIds = [...new Set(rows.flatMap((r) => (r.hearingHostOfficerId ? [r.hearingHostOfficerId] : [])))];
  const hosts = await db.officer.findMany({ where: { id: { in: hostIds } }, select: { id: true, userId: true } });
  const hostUserIds = new Map(hosts.map((h) => [h.id, h.userId]));
  return rows.map((row) => caseFactOf(row, hostUserIds));
}

/** Hand-offs addressed to the viewer whose step has not been recorded yet, newest first. */
export async function loadOpenHandoffs(db: Db, userId: string, context: CaseTodoContext): Promise<HandoffFact[]> {
  const rows = await db.caseHandoff.findMany({
    where: { toUserId: userId, case: { closedOn: null } },
    orderBy: { createdAt: 'desc' },
    take: 200,
    include: { fromUser: { select: { name: true } }, case: { select: caseSelect } },
  });
  const facts: HandoffFact[] = [];
  for (const row of rows) {
    const kind = row.kind as HandoffKind;
    const reviewed = kind === 'REVIEW' ? await reviewedSince(db, row.caseId, row.createdAt) : false;
    if (handoffDone(kind, { ...handoffCaseFactsOf(row.case), reviewedSinceHandoff: reviewed })) continue;
    facts.push({
      id: row.id,
      kind,
      caseId: row.caseId,
      caseNumber: row.case.caseNumber,
      caseTitle: row.case.title,
      fromName: row.fromUser.name,
      handedOn: toShanghaiDate(row.createdAt),
      note: row.note,
      caseLimit: openDecisionLimit(caseFactOf(row.case, new Map()), context),
    });
  }
  return facts;
}
