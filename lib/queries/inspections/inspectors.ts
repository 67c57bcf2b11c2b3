import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { IsoDate } from '@/lib/domain/calendar';
import type { InspectorFacts } from '@/lib/domain/inspections';
import { listAssignableOfficers } from '@/lib/queries/officers/assignable-officers';
import { loadOfficerCertificateFacts } from '@/lib/queries/officers/certificate-facts';

// Officers as the inspection rules see them. Who qualifies is the officers area's rule
// (lib/domain/officers, lib/queries/officers): one definition for inspections and cases.

// Noon in Shanghai of a calendar day: an instant whose bureau date is that day.
const instantOf = (day: IsoDate): Date => new Date(`${day}T12:00:00+08:00`);

export type AssignableInspector = { id: string; name: string; unit: string };

/** Active officers holding a qualifying enforcement certificate on `on`. */
export async function listAssignableInspectors(db: Db | Tx, options: { on: IsoDate }): Promise<AssignableInspector[]> {
  const officers = await listAssignableOfficers(db, { on: instantOf(options.on), kind: 'ENFORCEMENT' });
  return officers.map(({ id, name, unit }) => ({ id, name, unit }));
}

/**
 * The facts the inspection rules need about each chosen officer, in the order given, including a
 * declared conflict with the entity; ids that match no officer are returned in `missing`.
 */
export async function loadInspectorFacts(db: Db | Tx, options: { officerIds: readonly string[]; entityId: string }): Promise<{ facts: InspectorFacts[]; missing: string[] }> {
  const officers = await loadOfficerCertificateFacts(db, options.officerIds);
  const conflicts = await db.officerConflict.findMany({
    where: { entityId: options.entityId, officerId: { in: [...options.officerIds] } },
    select: { officerId: true },
  });
  const conflicted = new Set(conflicts.map((c) => c.officerId));
  const facts: InspectorFacts[] = [];
  const missing: string[] = [];
  for (const id of options.officerIds) {
    const officer = officers.get(id);
    if (!officer) missing.push(id);
    else facts.push({ ...officer, conflicted: conflicted.has(id) });
  }
  return { facts, missing };
}
