import { addWorkingDays, type IsoDate, type WorkingCalendar } from '@/lib/domain/calendar';
import type { EntityKind } from './inspection-rules';

/**
 * Coverage of elderly-care institutions (养老机构) for a year:
 * - each is inspected on site at least once in the year;
 * - an institution that files (备案) is inspected on site within N working days of the filing
 *   ('inspection.filingCheckWorkingDays', 20), counted like every working-day period: from the day
 *   after the filing, skipping weekends and holidays. An inspection on the filing day itself counts.
 * A filing check belongs to year Y when its window (filing day … due date) touches Y.
 */
export type CoverageEntity = {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** The day it closed (no longer operating from that day on); null while open. */
  readonly closedOn: IsoDate | null;
  readonly filedOn: IsoDate | null;
};

export type CoverageInspection = { readonly entityId: string; readonly inspectedOn: IsoDate; readonly onSite: boolean };

export type CoverageReasonCode = 'NO_ON_SITE_INSPECTION' | 'FILING_CHECK_MISSED' | 'FILING_CHECK_PENDING';
export type CoverageReason = { readonly code: CoverageReasonCode; readonly message: string };

export type CoverageRow = {
  readonly entityId: string;
  readonly name: string;
  readonly filedOn: IsoDate | null;
  /** Due date of the filing check when one applies to the year. */
  readonly filingCheckDue: IsoDate | null;
  readonly onSiteCount: number;
  readonly lastOnSite: IsoDate | null;
  readonly covered: boolean;
  readonly reasons: readonly CoverageReason[];
};

export type Coverage = {
  readonly year: number;
  readonly covered: number;
  readonly total: number;
  readonly uncovered: readonly { entityId: string; name: string; reasons: readonly CoverageReason[] }[];
  readonly rows: readonly CoverageRow[];
};

export type CoverageInput = {
  readonly year: number;
  readonly entities: readonly CoverageEntity[];
  readonly inspections: readonly CoverageInspection[];
  readonly calendar: WorkingCalendar;
  readonly filingCheckWorkingDays: number;
  /** The bureau's current date: a filing check whose due date has not passed is pending, not missed. */
  readonly today: IsoDate;
};

/**
 * The institutions a year's coverage counts: elderly-care ones filed by the year's end and still open
 * on its first day (closed on 1 January or earlier: not operating that year). Read from the dates,
 * never from today's state, so closing an institution now leaves past years as they were.
 */
export function inScope(entity: CoverageEntity, year: number): boolean {
  return entity.kind === 'ELDERLY_CARE' && (entity.filedOn === null || entity.filedOn <= `${year}-12-31`) && (entity.closedOn === null || entity.closedOn > `${year}-01-01`);
}

export function elderlyCareCoverage(input: CoverageInput): Coverage {
  const first = `${input.year}-01-01`;
  const last = `${input.year}-12-31`;
  const onSiteByEntity = new Map<string, IsoDate[]>();
  for (const inspection of input.inspections) {
    if (!inspection.onSite) continue;
    const list = onSiteByEntity.get(inspection.entityId) ?? [];
    list.push(inspection.inspectedOn);
    onSiteByEntity.set(inspection.entityId, list);
  }
  const rows = input.entities
    .filter((entity) => inScope(entity, input.year))
    .map((entity): CoverageRow => {
      const dates = (onSiteByEntity.get(entity.id) ?? []).slice().sort();
      const inYear = dates.filter((d) => d >= first && d <= last);
      const reasons: CoverageReason[] = [];
      if (inYear.length === 0) {
        reasons.push({ code: 'NO_ON_SITE_INSPECTION', message: `${input.year}年尚未进行现场检查` });
      }
      let filingCheckDue: IsoDate | null = null;
      if (entity.filedOn !== null) {
        const due = addWorkingDays({ start: entity.filedOn, days: input.filingCheckWorkingDays, calendar: input.calendar }).due;
        if (entity.filedOn <= last && due >= first) {
          filingCheckDue = due;
          const checked = dates.some((d) => d >= (entity.filedOn as IsoDate) && d <= due);
          if (!checked) reasons.push(filingReason(entity.filedOn, due, input.filingCheckWorkingDays, input.today));
        }
      }
      return {
        entityId: entity.id,
        name: entity.name,
        filedOn: entity.filedOn,
        filingCheckDue,
        onSiteCount: inYear.length,
        lastOnSite: inYear.at(-1) ?? null,
        covered: reasons.length === 0,
        reasons,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const uncovered = rows.filter((row) => !row.covered).map(({ entityId, name, reasons }) => ({ entityId, name, reasons }));
  return { year: input.year, covered: rows.length - uncovered.length, total: rows.length, uncovered, rows };
}

function filingReason(filedOn: IsoDate, due: IsoDate, days: number, today: IsoDate): CoverageReason {
  return today > due
    ? { code: 'FILING_CHECK_MISSED', message: `${filedOn}备案后${days}个工作日内（截止${due}）未进行现场检查` }
    : { code: 'FILING_CHECK_PENDING', message: `${filedOn}备案，须于${due}前进行现场检查，尚未检查` };
}
