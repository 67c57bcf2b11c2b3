// Officers on a case: how many certified officers (Penalty Law art. 42), recusal (art. 43), and
// whether a certificate is valid on a given day.
import type { Blocker } from '@/lib/domain/blockers';
import type { IsoDate } from '@/lib/domain/calendar';
import type { CaseOfficerFact } from './case-facts';
import { penaltyLaw } from './citations';
import type { OfficerRule } from './template-types';

export type CertificateFact = {
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  readonly revokedOn?: IsoDate | null;
  readonly examPassed: boolean;
  readonly platformRegistered: boolean;
};

/** Valid on `today`: within its dates (both inclusive), not revoked by then, exam passed, registered. */
export function isCertificateValid(certificate: CertificateFact, today: IsoDate): boolean {
  const revoked = certificate.revokedOn != null && certificate.revokedOn <= today;
  return certificate.examPassed && certificate.platformRegistered && !revoked && certificate.validFrom <= today && today <= certificate.validTo;
}

function investigators(officers: readonly CaseOfficerFact[]): CaseOfficerFact[] {
  const seen = new Set<string>();
  return officers.filter((o) => o.role === 'INVESTIGATOR' && !seen.has(o.officerId) && seen.add(o.officerId));
}

/**
 * At least `rule.minOfficers` investigators (distinct people; a hearing host does not count), each
 * with a valid enforcement certificate when the rule requires one.
 */
export function officerBlockers(officers: readonly CaseOfficerFact[], rule: OfficerRule | null): Blocker[] {
  if (rule === null) return [];
  const assigned = investigators(officers);
  const qualified = rule.certified ? assigned.filter((o) => o.certificateValid) : assigned;
  if (qualified.length >= rule.minOfficers) return [];
  const invalid = rule.certified ? assigned.filter((o) => !o.certificateValid).map((o) => o.name) : [];
  const who = rule.certified ? '持有效执法证件的执法人员' : '工作人员';
  const detail = invalid.length > 0 ? `；${invalid.join('、')}的执法证件无效或已过期` : '';
  return [
    {
      code: 'enf.officers.tooFew',
      message: `本案须有${rule.minOfficers}名以上${who}，目前只有${qualified.length}名${detail}`,
      ...(rule.citation ? { citation: rule.citation } : {}),
    },
  ];
}

/**
 * Every officer assigned to the case (investigators and hearing host) has declared on recusal.
 * Cites art. 43 unless told otherwise (`null`: a case type the Penalty Law does not govern).
 */
export function recusalBlockers(officers: readonly CaseOfficerFact[], citation: string | null = penaltyLaw(43)): Blocker[] {
  const pending = [...new Set(officers.filter((o) => !o.recusalDeclared).map((o) => o.name))];
  if (pending.length === 0) return [];
  return [
    {
      code: 'enf.officers.recusalPending',
      message: `${pending.join('、')}尚未作出回避声明`,
      ...(citation ? { citation } : {}),
    },
  ];
}
