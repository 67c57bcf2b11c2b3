import 'server-only';
import type { Db } from '@/lib/db';
import type { Blocker } from '@/lib/domain/blockers';
import { describeDueDate, toShanghaiDate, type DeadlineState } from '@/lib/domain/calendar';
import { editBlockers, publishBlockers, secrecyCheckBlockers, submitForReviewBlockers } from '@/lib/domain/disclosure/rules';
import { proactiveTimeliness } from '@/lib/domain/disclosure/timeliness';
import { personalDataFindings } from '@/lib/domain/privacy';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { listReviewHistory } from '@/lib/queries/review/list-review-history';
import { loadPublishFacts } from './publish-facts';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

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
  const reviews = await listReviewHistory(db, { subjectType: 'DISCLOSURE', subjectId: id }, { now });
  const { facts, gated } = await loadPublishFacts(db, disclosure);
  const blockers: Record<'edit' | 'secrecyCheck' | 'submit' | 'publish', Blocker[]> = {
    edit: editBlockers(disclosure.status),
    secrecyCheck: secrecyCheckBlockers(disclosure.status),
    submit: gated ? submitForReviewBlockers(facts) : [],
    publish: publishBlockers(facts),
  };
  const { author, secrecyCheckedBy, attachments, formedOn, ...row } = disclosure;
  return {
    ...row,
    formedOn: isoOfDateColumn(formedOn),
    authorName: author.name,
    secrecyCheckedByName: secrecyCheckedBy?.name ?? null,
    attachments: attachments.map((a) => ({ ...a, size: Number(a.size) })),
    gated,
    reviews,
    blockers,
    // The bureau's separation-of-duties setting, for the viewer-specific blockers the page adds.
    separation: { headMaySecrecyCheckOwn: await readSetting(db, 'separation.headMaySecrecyCheckOwn') },
    // Personal data in the public text ("正文：身份证号码 1 处"), shown at the secrecy check.
    personalData: personalDataFindings(facts.publicText),
    timeliness: await timeliness(db, disclosure, now),
    withdrawal: withdrawalTracking(disclosure),
  };
}

export type DisclosureDetail = NonNullable<Awaited<ReturnType<typeof getDisclosureDetail>>>;

async function timeliness(db: Db, disclosure: { status: string; formedOn: Date }, now: Date) {
  if (disclosure.status === 'PUBLISHED' || disclosure.status === 'WITHDRAWN') return null;
  const workingDays = await readSetting(db, 'disclosure.proactiveWorkingDays');
  const calendar = await loadWorkingCalendar(db);
  const result = proactiveTimeliness({
    formedOn: isoOfDateColumn(disclosure.formedOn),
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
function withdrawalTracking(disclosure: { status: string; withdrawalDueOn: Date | null; withdrawalOnTime: boolean | null; withdrawalExplanation: string | null }) {
  if (disclosure.status !== 'WITHDRAWN' || !disclosure.withdrawalDueOn || disclosure.withdrawalOnTime === null) return null;
  return { due: isoOfDateColumn(disclosure.withdrawalDueOn), onTime: disclosure.withdrawalOnTime, explanation: disclosure.withdrawalExplanation ?? '' };
}
