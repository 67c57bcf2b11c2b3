import type { IsoDate } from '@/lib/domain/calendar/date-string';
import { certificateInForceDuring, type CertificateFacts } from './certificate-status';

export type OfficerFigureFacts = {
  readonly id: string;
  readonly certificates: readonly CertificateFacts[];
  // Days of the trainings the officer attended.
  readonly attendedTrainingsOn: readonly IsoDate[];
};

export type OfficerFigures = {
  // Holding an enforcement certificate in force during the period (exam passed).
  certifiedOfficers: number;
  hearingHosts: number;
  // Distinct people holding either kind.
  people: number;
  // Of those people, how many passed the exam / are registered on the supervision platform for
  // every certificate they held in the period.
  examPassed: number;
  onPlatform: number;
  // Distinct officers who attended at least one training in the period.
  trained: number;
};

// The annual report's officer sentence ("12 certified officers and 1 hearing host, all
// exam-certified and on the platform") computed from the records. History lives in the
// certificates (a leaver's certificate is revoked), so figures for a past year stay stable.
export function officerFigures(officers: readonly OfficerFigureFacts[], period: { from: IsoDate; to: IsoDate }): OfficerFigures {
  const figures: OfficerFigures = { certifiedOfficers: 0, hearingHosts: 0, people: 0, examPassed: 0, onPlatform: 0, trained: 0 };
  for (const officer of officers) {
    const held = officer.certificates.filter((certificate) => certificateInForceDuring(certificate, period.from, period.to));
    const enforcement = held.some((certificate) => certificate.kind === 'ENFORCEMENT' && certificate.examPassed);
    const hearing = held.some((certificate) => certificate.kind === 'HEARING_HOST' && certificate.examPassed);
    if (enforcement) figures.certifiedOfficers += 1;
    if (hearing) figures.hearingHosts += 1;
    if (held.length > 0) {
      figures.people += 1;
      if (held.every((certificate) => certificate.examPassed)) figures.examPassed += 1;
      if (held.every((certificate) => certificate.platformRegistered)) figures.onPlatform += 1;
    }
    if (officer.attendedTrainingsOn.some((day) => day >= period.from && day <= period.to)) figures.trained += 1;
  }
  return figures;
}
