import 'server-only';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { describeDueDate, toShanghaiDate, type DeadlineState } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { editBlockers, publishBlockers, secrecyCheckBlockers, submitForReviewBlockers } from '@/lib/domain/disclosure/rules';
import { proactiveTimeliness } from '@/lib/domain/disclosure/timeliness';
import { personalDataFindings } from '@/lib/domain/privacy';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { loadPublicTextFacts } from './public-text-facts';

// One disclosure for the staff page: content, attachments, review rounds, and the blockers of each
// step computed by the same rules the services re-check (the services remain the authority).
export async function getDisclosureDetail(db: Db, id: string, now: Date = new Date()) {
  const disclosure = await db.disclosure.findUnique({
    where: { id },
    include: {
      author: { select: { name: true } },
      secrecyCheckedBy: { select: { name: true } },
      attachments: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true } },
    },
  });
  if (!disclosure) return null;
  const requiredCategories = await readSetting(db, 'review.requiredCategories');
  const reviews = await listReviewHistory(db, { subjectType: 'DISCLOSURE', subjectId: id }, { now });
  const gated = requiresReview(disclosure.category, requiredCategories);
  const approval = reviews.find((r) => r.status === 'APPROVED' && r.contentHash === disclosure.contentHash);
  const approvedAt = approval?.decidedAt ?? null;
  const publicText = await loadPublicTextFacts(db, id);
  const facts = {
    status: disclosure.status,
    category: disclosure.category,
    requiredCategories,
    approvedReviewOfCurrentVersion: Boolean(approval),
    attachmentsAddedAfterApproval: approvedAt !== null && disclosure.attachments.some((a) => a.createdAt > approvedAt),
    publicText,
  };
  const blockers: Record<'edit' | 'secrecyCheck' | 'submit' | 'publish', Blocker[]> = {
    edit: editBlockers(disclosure.status),
    secrecyCheck: secrecyCheckBlockers(disclosure.status),
    submit: gated ? submitForReviewBlockers(facts) : [],
    publish: publishBlockers(facts),
  };
  const { author, secrecyCheckedBy, attachments, formedOn, ...row } = disclosure;
  return {
    ...row,
    formedOn: formedOn.toISOString().slice(0, 10),
    authorName: author.name,
    secrecyCheckedByName: secrecyCheckedBy?.name ?? null,
    attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })),
    gated,
    reviews,
    blockers,
    // The bureau's separation-of-duties setting, for the viewer-specific blockers the page adds.
    separation: { headMaySecrecyCheckOwn: await readSetting(db, 'separation.headMaySecrecyCheckOwn') },
    // Personal data in the public text ("正文：身份证号码 1 处"), shown at the secrecy check.
    personalData: personalDataFindings(publicText),
    timeliness: await timeliness(db, disclosure, now),
    withdrawal: await withdrawalTracking(db, disclosure),
  };
}

export type DisclosureDetail = NonNullable<Awaited<ReturnType<typeof getDisclosureDetail>>>;

async function timeliness(db: Db, disclosure: { status: string; formedOn: Date }, now: Date) {
  if (disclosure.status === 'PUBLISHED' || disclosure.status === 'WITHDRAWN') return null;
  const workingDays = await readSetting(db, 'disclosure.proactiveWorkingDays');
  const calendar = await loadWorkingCalendar(db);
  const result = proactiveTimeliness({
    formedOn: disclosure.formedOn.toISOString().slice(0, 10),
    today: toShanghaiDate(now),
    workingDays,
    calendar,
  });
  return {
    due: result.due,
    explanation: describeDueDate(result.explanation),
    deadline: result.status as DeadlineState,
    remainingWorkingDays: result.remainingWorkingDays,
  };
}

// The withdrawal limit recorded with the withdrawal of an enforcement decision (see withdraw-disclosure).
async function withdrawalTracking(db: Db, disclosure: { id: string; status: string }) {
  if (disclosure.status !== 'WITHDRAWN') return null;
  const event = await db.auditEvent.findFirst({
    where: { entityType: 'Disclosure', entityId: disclosure.id, action: 'disclosure.withdraw' },
    orderBy: { id: 'desc' },
    select: { after: true },
  });
  const withdrawal = (event?.after as { withdrawal?: { due: string; onTime: boolean; explanation: string } } | null)?.withdrawal;
  return withdrawal ?? null;
}
