import 'server-only';
import { maskPersonName, publicPartyName, redactPersonalData, type PartyPersonalData } from '@/lib/domain/privacy';

// Staff who are not on a case (not its officers, the head, its hearing host or legal reviewer) read
// it with its parties' personal data removed (《个人信息保护法》第十条, 《政府信息公开条例》第十五条):
// parties as 张某某 with no ID number, address or phone, and every string of the view — facts,
// legal basis, conclusion, step notes and documents, hearing record, opinions — redacted. Applied
// to the whole DTO so that a text field added later is masked too; identifiers and hashes are kept.

type Party = PartyPersonalData & { id: string };

const KEPT_KEYS = /(^id$|Id$|^hash$|Hash$|^prevHash$|^caseNumber$|^decisionNumber$|^key$|^state$|^type$|^procedure$|^status$|^kind$|^role$|^code$|^form$)/;

function redactDeep<T>(value: T, redact: (text: string) => string, key = ''): T {
  if (typeof value === 'string') return (KEPT_KEYS.test(key) ? value : redact(value)) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, key)) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, redact, k);
  return out as T;
}

/** A party as staff not on the case see it: the public name only. */
export function maskedParty<P extends Party>(party: P): P {
  return {
    ...party,
    name: publicPartyName(party),
    idNumber: null,
    address: null,
    phone: null,
    legalRepresentative: party.legalRepresentative ? maskPersonName(party.legalRepresentative) : null,
  };
}

/** The case view with the parties masked and every other string redacted against them. */
export function maskCaseView<V extends { row: { parties: readonly Party[] } }>(view: V): V {
  const parties = view.row.parties;
  const redacted = redactDeep(view, (text) => redactPersonalData(text, parties));
  return { ...redacted, row: { ...redacted.row, parties: parties.map(maskedParty) } };
}
