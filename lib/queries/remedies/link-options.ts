import 'server-only';
import type { Db } from '@/lib/db';

/** What a register entry may name as the challenged decision: cases, request answers, published items. */
export async function remedyLinkOptions(db: Db) {
  const [cases, requests, disclosures] = await Promise.all([
    db.enforcementCase.findMany({ select: { id: true, caseNumber: true, title: true }, orderBy: { filedOn: 'desc' }, take: 200 }),
    db.informationRequest.findMany({ where: { answeredOn: { not: null } }, select: { id: true, subject: true, receivedOn: true }, orderBy: { receivedOn: 'desc' }, take: 200 }),
    db.disclosure.findMany({ where: { status: 'PUBLISHED' }, select: { id: true, title: true, indexNumber: true }, orderBy: { publishedAt: 'desc' }, take: 200 }),
  ]);
  return {
    cases: cases.map((c) => ({ value: c.id, label: `${c.caseNumber} ${c.title}` })),
    requests: requests.map((r) => ({ value: r.id, label: `${r.receivedOn.toISOString().slice(0, 10)} ${r.subject}` })),
    disclosures: disclosures.map((d) => ({ value: d.id, label: `${d.indexNumber ?? ''} ${d.title}`.trim() })),
  };
}
