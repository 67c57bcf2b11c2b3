import 'server-only';
import type { Db } from '@/lib/db';
import { LINKED_REPORT_SELECT, toLinkedReport } from '@/lib/queries/public-reports/reports';

export async function listWatchedOrganisations(db: Db) {
  const rows = await db.watchedOrganisation.findMany({
    orderBy: [{ notedOn: 'desc' }, { createdAt: 'desc' }],
    include: {
      cases: { select: { id: true, caseNumber: true, state: true, closedOn: true }, orderBy: { createdAt: 'asc' } },
      publicReports: { select: LINKED_REPORT_SELECT, orderBy: [{ receivedOn: 'asc' }, { createdAt: 'asc' }] },
    },
  });
  const disclosureIds = rows.map((row) => row.exposureDisclosureId).filter((id): id is string => id !== null);
  const disclosures = new Map((await db.disclosure.findMany({ where: { id: { in: disclosureIds } }, select: { id: true, status: true, title: true } })).map((d) => [d.id, d]));
  // The reports that led to each entry, without the reporters' personal data (the watch list is not a case file).
  return rows.map(({ publicReports, ...row }) => ({
    ...row,
    reports: publicReports.map((r) => toLinkedReport(r, false)),
    exposure: row.exposureDisclosureId ? (disclosures.get(row.exposureDisclosureId) ?? null) : null,
  }));
}

/** The public exposure list: published (not withdrawn) exposure items of banned organisations. */
export async function listPublishedExposures(db: Db) {
  const organisations = await db.watchedOrganisation.findMany({
    where: { exposureDisclosureId: { not: null } },
    select: { name: true, exposureDisclosureId: true },
  });
  const byDisclosure = new Map(organisations.map((o) => [o.exposureDisclosureId!, o.name]));
  const disclosures = await db.disclosure.findMany({
    where: { id: { in: [...byDisclosure.keys()] }, status: 'PUBLISHED' },
    select: { id: true, title: true, summary: true, publishedAt: true, indexNumber: true },
    orderBy: { publishedAt: 'desc' },
  });
  return disclosures.map((d) => ({ ...d, organisation: byDisclosure.get(d.id) ?? '' }));
}
