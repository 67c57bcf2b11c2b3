import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { toShanghaiDate, type IsoDate } from '@/lib/domain/calendar/date-string';
import { certificateQualifies } from '@/lib/domain/officers/certificate-status';
import { legalStaffRatio, type LegalStaffRatio } from '@/lib/domain/officers/legal-staff-ratio';
import { officerFigures, type OfficerFigures } from '@/lib/domain/officers/officer-figures';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { certificateSelect, isoToDbDate, toCertificateFacts } from './certificate-facts';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type OfficerFiguresResult = OfficerFigures & { from: IsoDate; to: IsoDate; trainings: number };

// Dashboard and annual-report figures: `{ year }` counts certificates in force at any time in that
// year; `{ on }` counts those in force on that day (trainings: that day's calendar year).
export async function getOfficerFigures(db: Db, options: { year: number } | { on: Date }): Promise<OfficerFiguresResult> {
  const period = 'year' in options ? { from: `${options.year}-01-01`, to: `${options.year}-12-31` } : { from: toShanghaiDate(options.on), to: toShanghaiDate(options.on) };
  const year = period.to.slice(0, 4);
  const trainingWindow = { gte: isoToDbDate(`${year}-01-01`), lte: isoToDbDate(`${year}-12-31`) };
  const [officers, trainings] = await Promise.all([
    db.officer.findMany({
      select: {
        id: true,
        certificates: { select: certificateSelect },
        trainings: { where: { attended: true, training: { heldOn: trainingWindow } }, select: { training: { select: { heldOn: true } } } },
      },
    }),
    db.training.count({ where: { heldOn: trainingWindow } }),
  ]);
  const figures = officerFigures(
    officers.map((officer) => ({
      id: officer.id,
      certificates: officer.certificates.map(toCertificateFacts),
      attendedTrainingsOn: officer.trainings.map((row) => isoOfDateColumn(row.training.heldOn)),
    })),
    period,
  );
  // Training attendance is counted over the whole calendar year, whichever form was asked for.
  const trained = officers.filter((officer) => officer.trainings.length > 0).length;
  return { ...figures, trained, from: period.from, to: period.to, trainings };
}

// An officer period covering the day (fromOn NULL: since before the ledger; toOn excluded).
const covering = (kind: 'SERVICE' | 'LEGAL_STAFF', day: Date) => ({
  some: { kind, AND: [{ OR: [{ fromOn: null }, { fromOn: { lte: day } }] }, { OR: [{ toOn: null }, { toOn: { gt: day } }] }] },
});

// Legal-affairs staff against officers holding an enforcement certificate on `on`, with the
// guideline percentage from the settings (officer.legalStaffRatioPercent). Who served and who was
// legal staff on that day come from the officers' dated periods, so a past day's ratio (the annual
// report asks for 31 December of its year) is not rewritten by today's changes.
export async function getLegalStaffRatio(db: Db | Tx, options: { on: Date }): Promise<LegalStaffRatio> {
  const day = toShanghaiDate(options.on);
  const onDay = isoToDbDate(day);
  const [guidelinePercent, legalStaff, officers] = await Promise.all([
    readSetting(db, 'officer.legalStaffRatioPercent'),
    db.officer.count({ where: { AND: [{ periods: covering('SERVICE', onDay) }, { periods: covering('LEGAL_STAFF', onDay) }] } }),
    db.officer.findMany({ where: { periods: covering('SERVICE', onDay) }, select: { certificates: { where: { kind: 'ENFORCEMENT' }, select: certificateSelect } } }),
  ]);
  const enforcementStaff = officers.filter((officer) => officer.certificates.some((row) => certificateQualifies(toCertificateFacts(row), day))).length;
  return legalStaffRatio({ legalStaff, enforcementStaff, guidelinePercent });
}
