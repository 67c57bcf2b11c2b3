// 以案释法: the teaching case's first draft, built from a closed case's STRUCTURED fields only.
// Never the free-text facts, conclusion or reasons (they may name people), never an ID number,
// address or phone; natural persons masked (张某某) through publicParty. Pure: no DB, no clock.
import { CASE_TYPE_NAMES, PROCEDURE_NAMES, type CaseProcedure, type CaseType } from '@/lib/domain/enforcement/case-types';
import { describePenalty, type IntendedPenalty } from '@/lib/domain/enforcement/penalties';
import { publicParty, type PartyRecord } from '@/lib/domain/enforcement/publicity';
import { maskPersonName } from '@/lib/domain/disclosure/mask';

export type TeachingCaseSource = {
  readonly bodyName: string;
  readonly type: CaseType;
  readonly procedure: CaseProcedure;
  readonly parties: readonly PartyRecord[];
  /** 违法行为 as named in the discretion benchmark (structured), if the case has one. */
  readonly violationName?: string | null;
  readonly legalBasis: string;
  readonly filedOn: string; // YYYY-MM-DD
  readonly closedOn: string; // YYYY-MM-DD
  readonly decidedPenalty?: IntendedPenalty | null;
  readonly hearingHeld: boolean;
  readonly collectiveDecision: boolean;
  readonly jointDepartments: readonly string[];
};

const month = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月`;

/** What must never appear in a teaching case: full names of people, ID numbers, addresses, phones. */
export function identifyingFragments(parties: readonly PartyRecord[]): string[] {
  const fragments = parties.flatMap((party) => [
    party.kind === 'PERSON' ? party.name.trim() : '',
    party.legalRepresentative?.trim() ?? '',
    party.idNumber?.trim() ?? '',
    party.address?.trim() ?? '',
    party.phone?.trim() ?? '',
  ]);
  // A one-character name is contained in its own mask (张 → 张某某); only longer ones are checked.
  return [...new Set(fragments.filter((f) => Array.from(f).length >= 2))];
}

// An 18-character resident ID number or an 11-digit mainland mobile number, wherever it appears.
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

/** The identifying things a text contains (empty when it may be published). */
export function findIdentifying(text: string, parties: readonly PartyRecord[]): string[] {
  const found = identifyingFragments(parties).filter((fragment) => text.includes(fragment));
  if (ID_NUMBER.test(text)) found.push('身份证号码');
  if (MOBILE.test(text)) found.push('手机号码');
  return found;
}

/** Replaces every identifying fragment in structured text that is still free-form (legal basis). */
function scrub(text: string, parties: readonly PartyRecord[]): string {
  let result = text;
  for (const party of parties) {
    const replacements: [string | null | undefined, string][] = [
      [party.kind === 'PERSON' ? party.name : null, maskPersonName(party.name)],
      [party.legalRepresentative, party.legalRepresentative ? maskPersonName(party.legalRepresentative) : ''],
      [party.idNumber, '（已隐去）'],
      [party.address, '（已隐去）'],
      [party.phone, '（已隐去）'],
    ];
    for (const [value, mask] of replacements) {
      const needle = value?.trim();
      if (needle && Array.from(needle).length >= 2) result = result.split(needle).join(mask);
    }
  }
  return result.replace(new RegExp(ID_NUMBER, 'g'), '（已隐去）').replace(new RegExp(MOBILE, 'g'), '（已隐去）');
}

export function buildTeachingCaseDraft(source: TeachingCaseSource): { title: string; body: string } {
  const typeName = CASE_TYPE_NAMES[source.type];
  const parties = source.parties.map((p) => publicParty(p).name).join('、') || '当事人';
  const violation = source.violationName?.trim() ? scrub(source.violationName.trim(), source.parties) : '';
  const basis = scrub(source.legalBasis.trim(), source.parties);
  const penalty = source.decidedPenalty && source.decidedPenalty.kinds.length > 0 ? describePenalty(source.decidedPenalty) : '';
  const procedureSteps = [
    `适用${PROCEDURE_NAMES[source.procedure]}`,
    source.jointDepartments.length > 0 ? `会同${source.jointDepartments.join('、')}联合办理` : '',
    source.hearingHeld ? '依当事人申请举行了听证' : '',
    source.collectiveDecision ? '经负责人集体讨论' : '',
  ].filter(Boolean);

  const title = `以案释法：${violation || typeName}案`;
  const body = [
    '## 基本案情',
    `${month(source.filedOn)}，${source.bodyName}对${parties}${violation ? `涉嫌${violation}一案` : `的${typeName}事项`}立案办理。`,
    '## 处理过程',
    `本案${procedureSteps.join('，')}，于${month(source.closedOn)}办结。`,
    '## 处理结果',
    penalty ? `${source.bodyName}依法对${parties}作出${penalty}的决定。` : `${source.bodyName}依法作出处理决定。`,
    '## 法律依据',
    basis || `本案依照${typeName}相关法律法规办理。`,
    '## 以案释法',
    `${typeName}是民政部门依法履职的重要方式。本案提示有关单位和个人：应当严格遵守上述法律法规，依法依规开展活动；民政部门将坚持严格规范公正文明执法，谁执法谁普法，以案释法，引导群众尊法学法守法用法。`,
  ].join('\n\n');
  return { title, body };
}
