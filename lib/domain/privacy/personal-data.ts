// The one personal-data guard for everything public (《政府信息公开条例》第十五条): finds, in any
// text about to leave for the public, the parties' own data (a natural person's full name, a legal
// representative's name, ID number, phone, address) and the patterns of personal data whoever they
// belong to (resident ID numbers, mobile and landline numbers, bank card numbers); redacts them in
// generated drafts; describes them (kind and place, never the value) when publication is refused.
// Pure: no database, no clock, no framework.
import { maskPersonName, type PartyKind } from './mask';

export type PartyPersonalData = {
  kind: PartyKind;
  name: string;
  idNumber?: string | null;
  address?: string | null;
  phone?: string | null;
  legalRepresentative?: string | null;
};

export type PersonalDataKind = 'PARTY_NAME' | 'ID_NUMBER' | 'MOBILE' | 'LANDLINE' | 'BANK_CARD' | 'ADDRESS';

/** A place in the ORIGINAL text (UTF-16 offsets, end exclusive). */
export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number };

export const PERSONAL_DATA_KINDS = ['PARTY_NAME', 'ID_NUMBER', 'MOBILE', 'LANDLINE', 'BANK_CARD', 'ADDRESS'] as const satisfies readonly PersonalDataKind[];

export const PERSONAL_DATA_KIND_NAMES = {
  PARTY_NAME: '当事人姓名',
  ID_NUMBER: '身份证号码',
  MOBILE: '手机号码',
  LANDLINE: '固定电话号码',
  BANK_CARD: '银行卡号',
  ADDRESS: '当事人住址',
} as const satisfies Record<PersonalDataKind, string>;

/** What a redacted ID number, phone, card number or address reads as. */
export const REDACTED = '（已隐去）';

// ---- normalisation ---------------------------------------------------------------------------
// Full-width ASCII (０-９, Ｘ, －…) reads as half-width, ASCII letters compare upper-case; in the
// "compact" form whitespace (incl. the ideographic space) and hyphens are dropped as well, so
// "138 1234 5678", "138-1234-5678" and "１３８１２３４５６７８" are the same number. Each normal form
// keeps, per character, its offset in the original text.

type Normal = { text: string; at: number[] };

const WHITESPACE = /\s/u;

function normalChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  return half.toUpperCase();
}

function normalise(text: string, compact: boolean): Normal {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = normalChar(text[i]!);
    if (compact && (WHITESPACE.test(ch) || ch === '\u3000' || ch === '-')) continue;
    out += ch;
    at.push(i);
  }
  return { text: out, at };
}

/** A party value in the compact form (what the database trigger compares too). */
export function compactPersonalValue(value: string): string {
  return normalise(value, true).text;
}

// ---- patterns ----------------------------------------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

/** GB 11643: 6-digit region, birth date, 3-digit sequence, check character (18), or the old 15-digit form. */
export function isResidentIdNumber(value: string): boolean {
  const v = value.toUpperCase();
  if (/^[1-9]\d{16}[\dX]$/.test(v)) {
    const year = Number(v.slice(6, 10));
    if (year < 1900 || !validDate(year, Number(v.slice(10, 12)), Number(v.slice(12, 14)))) return false;
    const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
    return ID_CHECK[sum % 11] === v[17];
  }
  if (/^[1-9]\d{14}$/.test(v)) {
    return validDate(1900 + Number(v.slice(6, 8)), Number(v.slice(8, 10)), Number(v.slice(10, 12)));
  }
  return false;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

type Pattern = { kind: PersonalDataKind; regex: RegExp; valid?: (match: string) => boolean };

const PATTERNS: readonly Pattern[] = [
  { kind: 'ID_NUMBER', regex: /(?<![0-9A-Z])(?:\d{17}[\dX]|\d{15})(?![0-9A-Z])/g, valid: isResidentIdNumber },
  { kind: 'MOBILE', regex: /(?<![\d+])(?:\+?86)?1[3-9]\d{9}(?!\d)/g },
  { kind: 'LANDLINE', regex: /(?<!\d)0\d{2,3}-?[2-9]\d{6,7}(?!\d)/g },
  { kind: 'BANK_CARD', regex: /(?<!\d)\d{13,19}(?!\d)/g, valid: passesLuhn },
];

// ---- finding -------------------------------------------------------------------------------------

type Candidate = PersonalDataFinding & { rank: number; replacement: string };

// The party's own data first (what it is, not what it looks like), longer before shorter.
const RANK: Record<PersonalDataKind, number> = { ADDRESS: 0, ID_NUMBER: 1, MOBILE: 2, LANDLINE: 3, PARTY_NAME: 4, BANK_CARD: 5 };
const PATTERN_RANK = 10;

function span(normal: Normal, start: number, end: number): { start: number; end: number } {
  return { start: normal.at[start]!, end: normal.at[end - 1]! + 1 };
}

function partyValues(parties: readonly PartyPersonalData[]): { kind: PersonalDataKind; value: string; replacement: string }[] {
  const values: { kind: PersonalDataKind; value: string; replacement: string }[] = [];
  for (const party of parties) {
    if (party.kind === 'PERSON') values.push({ kind: 'PARTY_NAME', value: party.name, replacement: maskPersonName(party.name) });
    if (party.legalRepresentative) {
      values.push({ kind: 'PARTY_NAME', value: party.legalRepresentative, replacement: maskPersonName(party.legalRepresentative) });
    }
    if (party.idNumber) values.push({ kind: 'ID_NUMBER', value: party.idNumber, replacement: REDACTED });
    if (party.phone) {
      const compact = compactPersonalValue(party.phone);
      values.push({ kind: /^(?:\+?86)?1\d{10}$/.test(compact) ? 'MOBILE' : 'LANDLINE', value: party.phone, replacement: REDACTED });
    }
    if (party.address) values.push({ kind: 'ADDRESS', value: party.address, replacement: REDACTED });
  }
  // A one-character value is contained in its own mask (张 → 张某某) and in too much else.
  return values.filter((v) => Array.from(compactPersonalValue(v.value)).length >= 2);
}

function candidates(text: string, parties: readonly PartyPersonalData[]): Candidate[] {
  const plain = normalise(text, false);
  const compact = normalise(text, true);
  const found: Candidate[] = [];
  for (const { kind, value, replacement } of partyValues(parties)) {
    const needle = compactPersonalValue(value);
    for (let from = compact.text.indexOf(needle); from !== -1; from = compact.text.indexOf(needle, from + 1)) {
      found.push({ kind, ...span(compact, from, from + needle.length), rank: RANK[kind], replacement });
    }
  }
  for (const normal of [plain, compact]) {
    for (const { kind, regex, valid } of PATTERNS) {
      for (const match of normal.text.matchAll(regex)) {
        const digits = match[0].replace(/\D/g, '');
        if (valid && !valid(kind === 'ID_NUMBER' ? match[0] : digits)) continue;
        const start = match.index;
        found.push({ kind, ...span(normal, start, start + match[0].length), rank: PATTERN_RANK + RANK[kind], replacement: REDACTED });
      }
    }
  }
  return found;
}

function resolve(found: Candidate[]): Candidate[] {
  const ordered = [...found].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every piece of personal data in `text`, in order, non-overlapping. */
export function findPersonalData(text: string, parties: readonly PartyPersonalData[]): PersonalDataFinding[] {
  return resolve(candidates(text, parties)).map(({ kind, start, end }) => ({ kind, start, end }));
}

/** `text` with natural persons' names masked (张某某) and ID numbers, phones, cards and addresses replaced by （已隐去）. */
export function redactPersonalData(text: string, parties: readonly PartyPersonalData[]): string {
  let result = '';
  let last = 0;
  for (const c of resolve(candidates(text, parties))) {
    result += text.slice(last, c.start) + c.replacement;
    last = c.end;
  }
  return result + text.slice(last);
}

/** "正文：身份证号码 1 处、手机号码 1 处" — the kinds and how many, never the values; '' when none. */
export function describeFindings(findings: readonly PersonalDataFinding[], where: string): string {
  if (findings.length === 0) return '';
  const counts = PERSONAL_DATA_KINDS.map((kind) => [kind, findings.filter((f) => f.kind === kind).length] as const).filter(([, n]) => n > 0);
  return `${where}：${counts.map(([kind, n]) => `${PERSONAL_DATA_KIND_NAMES[kind]} ${n} 处`).join('、')}`;
}
