import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { disclosurePublicFields, type PartyPersonalData, type PublicTextFacts } from '@/lib/domain/privacy';

// What the personal-data guard reads about one disclosure: the text that would go public and the
// parties of every record it is linked to — the enforcement case it publishes (enforcementCaseId),
// the cases of the watch-list organisation it exposes (WatchedOrganisation.exposureDisclosureId)
// and the case of the teaching case it carries (TeachingCase.disclosureId). The database trigger
// disclosure_30_personal_data reads the same links (migration 20261205010000_personal_data_guard).

export async function loadLinkedParties(db: Db | Tx, disclosure: { id: string; enforcementCaseId: string | null }): Promise<PartyPersonalData[]> {
  return db.caseParty.findMany({
    where: {
      OR: [
        ...(disclosure.enforcementCaseId ? [{ caseId: disclosure.enforcementCaseId }] : []),
        { case: { watchedOrganisation: { exposureDisclosureId: disclosure.id } } },
        { case: { teachingCases: { some: { disclosureId: disclosure.id } } } },
      ],
    },
    select: { kind: true, name: true, idNumber: true, address: true, phone: true, legalRepresentative: true },
    orderBy: { id: 'asc' },
  });
}

export async function loadPublicTextFacts(db: Db | Tx, disclosureId: string): Promise<PublicTextFacts> {
  const disclosure = await db.disclosure.findUniqueOrThrow({
    where: { id: disclosureId },
    select: {
      id: true,
      title: true,
      summary: true,
      body: true,
      enforcementCaseId: true,
      attachments: { select: { fileName: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
    },
  });
  return {
    fields: disclosurePublicFields({ ...disclosure, attachmentNames: disclosure.attachments.map((a) => a.fileName) }),
    parties: await loadLinkedParties(db, disclosure),
  };
}
