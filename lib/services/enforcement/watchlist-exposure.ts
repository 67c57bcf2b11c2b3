import 'server-only';
import { recordAudit } from '@/lib/audit';
import type { Tx } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { requiresReview } from '@/lib/domain/disclosure/categories';
import { redactPersonalData } from '@/lib/domain/privacy';
import { messages } from '@/lib/i18n/messages';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { auditSnapshot } from '@/lib/services/disclosure/shared';
import { isoOfDateColumnOrNull, toDateColumn } from '@/lib/domain/calendar/date-column';

const t = messages.evidence.watchlist;

/**
 * Called by the case service inside the transaction that closes a case. For a ban case
 * (ILLEGAL_SOCIAL_ORG_BAN) linked to a watch-list organisation: marks the organisation BANNED and
 * creates a DRAFT disclosure in 执法公示 (“非法社会组织曝光：…”) linked through
 * exposureDisclosureId; it is published through the normal disclosure workflow, after which the
 * public exposure list shows it. Any other case, or a ban case without a watched organisation, is
 * left alone; calling it twice creates no second draft.
 */
export async function onBanCaseClosed(tx: Tx, args: { caseId: string; actorId: string; now: Date }): Promise<void> {
  const kase = await tx.enforcementCase.findUnique({
    where: { id: args.caseId },
    select: { id: true, type: true, caseNumber: true, closedOn: true, watchedOrganisationId: true },
  });
  if (!kase || kase.type !== 'ILLEGAL_SOCIAL_ORG_BAN' || !kase.watchedOrganisationId) return;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "WatchedOrganisation" WHERE "id" = ${kase.watchedOrganisationId} FOR UPDATE`;
  if (!rows[0]) return;
  const organisation = await tx.watchedOrganisation.findUniqueOrThrow({ where: { id: kase.watchedOrganisationId } });
  const today = toShanghaiDate(args.now);
  const closedOn = isoOfDateColumnOrNull(kase.closedOn) ?? today;
  let exposureDisclosureId = organisation.exposureDisclosureId;
  if (!exposureDisclosureId) {
    const requiredCategories = await readSetting(tx, 'review.requiredCategories');
    // The organisation's name and the lead's source are typed by staff: the parties of its cases
    // (a person who ran it, a reporter's phone…) are masked as in every generated draft.
    const parties = await tx.caseParty.findMany({ where: { case: { watchedOrganisationId: organisation.id } } });
    const redact = (text: string) => redactPersonalData(text, parties);
    const disclosure = await tx.disclosure.create({
      data: {
        category: 'ENFORCEMENT_PUBLICITY',
        title: redact(t.exposureTitle(organisation.name)),
        summary: redact(t.exposureSummary(organisation.name)),
        body: redact(t.exposureBody(organisation.name, kase.caseNumber, closedOn, organisation.source)),
        sourceDepartment: messages.site.bureau,
        formedOn: toDateColumn(today),
        requiresReview: requiresReview('ENFORCEMENT_PUBLICITY', requiredCategories),
        authorId: args.actorId,
      },
    });
    await recordAudit(tx, {
      actorId: args.actorId,
      action: 'disclosure.create',
      entityType: 'Disclosure',
      entityId: disclosure.id,
      after: auditSnapshot(disclosure),
    });
    exposureDisclosureId = disclosure.id;
  }
  await tx.watchedOrganisation.update({ where: { id: organisation.id }, data: { status: 'BANNED', exposureDisclosureId } });
  await recordAudit(tx, {
    actorId: args.actorId,
    action: 'case.watchlistBanned',
    entityType: 'WatchedOrganisation',
    entityId: organisation.id,
    before: { status: organisation.status, exposureDisclosureId: organisation.exposureDisclosureId },
    after: { status: 'BANNED', exposureDisclosureId, caseId: kase.id },
  });
}
