import 'server-only';
import type { Db } from '@/lib/db';
import { publicPartyName } from '@/lib/domain/privacy';

// The parties of the enforcement decision a PUBLISHED disclosure publishes, as the public may see
// them: natural persons masked (张某某), organisations in full; nothing else of the party leaves.
export async function listPublicParties(db: Db, disclosureId: string): Promise<{ name: string; kind: 'PERSON' | 'ORGANISATION' }[]> {
  const disclosure = await db.disclosure.findFirst({
    where: { id: disclosureId, status: 'PUBLISHED' },
    select: { enforcementCase: { select: { parties: { select: { kind: true, name: true }, orderBy: { id: 'asc' } } } } },
  });
  return (disclosure?.enforcementCase?.parties ?? []).map((party) => ({ kind: party.kind, name: publicPartyName(party) }));
}
