import { addDays, daysBetween, type IsoDate } from '@/lib/domain/calendar/date-string';
import type { Blocker } from '@/lib/domain/blockers';

export const CERTIFICATE_KINDS = ['ENFORCEMENT', 'HEARING_HOST'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE_KIND_LABELS = {
  ENFORCEMENT: '执法证',
  HEARING_HOST: '听证主持人证',
} as const satisfies Record<CertificateKind, string>;

export type CertificateStatus = 'VALID' | 'EXPIRED' | 'NOT_YET_VALID' | 'REVOKED';

export const CERTIFICATE_STATUS_LABELS = {
  VALID: '有效',
  EXPIRED: '已过期',
  NOT_YET_VALID: '未生效',
  REVOKED: '已注销',
} as const satisfies Record<CertificateStatus, string>;

// A certificate as the rules see it: calendar dates in the bureau's calendar (Asia/Shanghai).
export type CertificateFacts = {
  readonly number: string;
  readonly kind: CertificateKind;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate;
  // The day the revocation took effect; a revocation counts from that day on, so it bars
  // assignment at once but does not rewrite history (an inspection in 2021 stays valid).
  readonly revokedOn: IsoDate | null;
  readonly examPassed: boolean;
  readonly platformRegistered: boolean;
};

export function certificateStatus(certificate: CertificateFacts, on: IsoDate): CertificateStatus {
  if (certificate.revokedOn !== null && certificate.revokedOn <= on) return 'REVOKED';
  if (on < certificate.validFrom) return 'NOT_YET_VALID';
  if (on > certificate.validTo) return 'EXPIRED';
  return 'VALID';
}

// A certificate entitles its holder to act only when it is in force, the exam was passed and it is
// registered on the provincial supervision platform.
export function certificateQualifies(certificate: CertificateFacts, on: IsoDate): boolean {
  return certificateStatus(certificate, on) === 'VALID' && certificate.examPassed && certificate.platformRegistered;
}

const CITATION = '《行政处罚法》第四十二条';

// Why an officer may not be assigned work of `kind` on `on` (empty when they may). Reports the
// closest certificate's problem so the message tells the admin what to fix.
export function assignabilityBlockers(certificates: readonly CertificateFacts[], on: IsoDate, kind: CertificateKind = 'ENFORCEMENT'): Blocker[] {
  const ofKind = certificates.filter((certificate) => certificate.kind === kind);
  const label = CERTIFICATE_KIND_LABELS[kind];
  if (ofKind.some((certificate) => certificateQualifies(certificate, on))) return [];
  if (ofKind.length === 0) {
    return [{ code: 'CERTIFICATE_MISSING', message: `未持有${label}`, citation: CITATION }];
  }
  const blockers: Blocker[] = [];
  for (const certificate of ofKind) {
    const status = certificateStatus(certificate, on);
    const prefix = `${label}${certificate.number}`;
    if (status === 'EXPIRED') {
      blockers.push({ code: 'CERTIFICATE_EXPIRED', message: `${prefix}已于${certificate.validTo}到期`, citation: CITATION });
    } else if (status === 'NOT_YET_VALID') {
      blockers.push({ code: 'CERTIFICATE_NOT_YET_VALID', message: `${prefix}自${certificate.validFrom}起生效`, citation: CITATION });
    } else if (status === 'REVOKED') {
      blockers.push({ code: 'CERTIFICATE_REVOKED', message: `${prefix}已被注销`, citation: CITATION });
    } else {
      if (!certificate.examPassed) blockers.push({ code: 'EXAM_NOT_PASSED', message: `${prefix}持证人未通过执法资格考试` });
      if (!certificate.platformRegistered) {
        blockers.push({ code: 'PLATFORM_NOT_REGISTERED', message: `${prefix}未在行政执法监督平台注册` });
      }
    }
  }
  return blockers;
}

export function isAssignable(certificates: readonly CertificateFacts[], on: IsoDate, kind: CertificateKind = 'ENFORCEMENT'): boolean {
  return assignabilityBlockers(certificates, on, kind).length === 0;
}

export type ExpiringCertificate<C extends CertificateFacts> = { certificate: C; daysLeft: number };

// Certificates in force on `on` that lapse within `withinDays` days (the day of expiry included),
// soonest first.
export function expiringWithin<C extends CertificateFacts>(certificates: readonly C[], on: IsoDate, withinDays: number): ExpiringCertificate<C>[] {
  const horizon = addDays(on, withinDays);
  return certificates
    .filter((certificate) => certificateStatus(certificate, on) === 'VALID' && certificate.validTo <= horizon)
    .map((certificate) => ({ certificate, daysLeft: daysBetween(on, certificate.validTo) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || a.certificate.number.localeCompare(b.certificate.number));
}

// In force at some point between `from` and `to` (inclusive) and not revoked before `from`.
export function certificateInForceDuring(certificate: CertificateFacts, from: IsoDate, to: IsoDate): boolean {
  if (certificate.revokedOn !== null && certificate.revokedOn <= from) return false;
  return certificate.validFrom <= to && certificate.validTo >= from;
}
