import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { elderlyCareCoverage, type Coverage } from '@/lib/domain/inspections';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { isoDayOrNull } from './shared';
import { isoOfDateColumn, toDateColumn } from '@/lib/domain/calendar/date-column';

/**
 * Coverage of elderly-care institutions for `year` (e.g. 已覆盖 29/29) with the names of those not
 * covered and why. Inspections from the surrounding months are read too, because a filing check
 * window can straddle New Year.
 */
export async function getElderlyCareCoverage(db: Db, options: { year: number; now?: Date }): Promise<Coverage & { filingCheckWorkingDays: number }> {
  const [entities, inspections, calendar, filingCheckWorkingDays] = await Promise.all([
    db.supervisedEntity.findMany({
      where: { kind: 'ELDERLY_CARE' },
      select: { id: true, name: true, kind: true, closedOn: true, filedOn: true },
    }),
    db.inspection.findMany({
      where: {
        entity: { kind: 'ELDERLY_CARE' },
        onSite: true,
        inspectedOn: { gte: toDateColumn(`${options.year - 1}-10-01`), lte: toDateColumn(`${options.year + 1}-03-31`) },
      },
      select: { entityId: true, inspectedOn: true, onSite: true },
    }),
    loadWorkingCalendar(db),
    readSetting(db, 'inspection.filingCheckWorkingDays'),
  ]);
  const coverage = elderlyCareCoverage({
    year: options.year,
    entities: entities.map((e) => ({ ...e, filedOn: isoDayOrNull(e.filedOn), closedOn: isoDayOrNull(e.closedOn) })),
    inspections: inspections.map((i) => ({ ...i, inspectedOn: isoOfDateColumn(i.inspectedOn) })),
    calendar,
    filingCheckWorkingDays,
    today: toShanghaiDate(options.now ?? new Date()),
  });
  return { ...coverage, filingCheckWorkingDays };
}
