// After-decision publicity (事后公示): the draft disclosure a decision creates in the 执法公示
// category. Built from structured fields: natural persons masked (张某某), organisations in full,
// never the free-text facts. The free text it does carry (legal basis, conclusion) goes through the
// personal-data guard: parties' names masked, ID numbers, phones, addresses and card numbers hidden.
import { publicPartyName, redactPersonalData } from '@/lib/domain/privacy';
import type { IsoDate } from '@/lib/domain/calendar';
import { CASE_TYPE_NAMES, type CaseType, type PartyKind } from './case-types';
import { describePenalty, type IntendedPenalty } from './penalties';

/** Steps that record the agency's decision (and so create its after-decision publicity). */
export const DECISION_STEP_KEYS: ReadonlySet<string> = new Set(['DECISION', 'BAN_DECISION', 'ON_SPOT_DECISION']);

export type PartyRecord = {
  readonly kind: PartyKind;
  readonly name: string;
  readonly idNumber?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly legalRepresentative?: string | null;
};

/** Only what may be published. */
export type PublicParty = { readonly kind: PartyKind; readonly name: string };

export function publicParty(party: PartyRecord): PublicParty {
  return { kind: party.kind, name: publicPartyName(party) };
}

export type PublicityDraftInput = {
  /** 执法主体, e.g. 某某区民政局 */
  readonly bodyName: string;
  /** The decision's document number (决定书文号) or case number. */
  readonly documentNumber: string;
  readonly type: CaseType;
  readonly parties: readonly PartyRecord[];
  readonly legalBasis: string;
  readonly decidedOn: IsoDate;
  /** The decided penalty; other decisions state their conclusion in `conclusion`. */
  readonly penalty?: IntendedPenalty | null;
  readonly conclusion?: string;
};

export type PublicityDraft = { readonly title: string; readonly summary: string; readonly body: string };

export function enforcementPublicityDraft(input: PublicityDraftInput): PublicityDraft {
  const typeName = CASE_TYPE_NAMES[input.type];
  const parties = input.parties.map((p) => publicParty(p).name).join('、') || '（无）';
  const conclusion = [input.penalty ? describePenalty(input.penalty) : '', input.conclusion?.trim() ?? ''].filter(Boolean).join('；');
  const title = `${typeName}决定公示（${input.documentNumber}）`;
  const summary = `${input.bodyName}对${parties}作出${typeName}决定：${conclusion || '见决定书'}`;
  const body = [
    `执法主体：${input.bodyName}`,
    `决定书文号：${input.documentNumber}`,
    `当事人：${parties}`,
    `执法类别：${typeName}`,
    `执法依据：${input.legalBasis.trim() || '（未填写）'}`,
    `执法结论：${conclusion || '见决定书'}`,
    `决定日期：${input.decidedOn}`,
  ].join('\n');
  const redact = (text: string) => redactPersonalData(text, input.parties);
  return { title: redact(title), summary: redact(summary), body: redact(body) };
}
