// 以案释法: the teaching case's first draft, built from a closed case's STRUCTURED fields only.
// Never the free-text facts, conclusion or reasons (they may name people); the free text it does
// carry goes through the personal-data guard (lib/domain/privacy); natural persons masked (张某某)
// through publicParty. Pure: no DB, no clock.
import { CASE_TYPE_NAMES, PROCEDURE_NAMES, type CaseProcedure, type CaseType } from '@/lib/domain/enforcement/case-types';
import { describePenalty, type IntendedPenalty } from '@/lib/domain/enforcement/penalties';
import { publicParty, type PartyRecord } from '@/lib/domain/enforcement/publicity';
import { redactPersonalData } from '@/lib/domain/privacy';

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

/** Free text that is still free-form (violation name, legal basis): the one personal-data guard. */
const scrub = (text: string, parties: readonly PartyRecord[]): string => redactPersonalData(text, parties);

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
