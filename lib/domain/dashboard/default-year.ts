// Which year the director's dashboard opens on when none is asked for: the year whose report is
// being prepared (generated, not yet published), else the latest year that has records, never a
// year after the current one; with no records at all, the last complete year.
export function defaultDashboardYear(input: { preparing: number | null; latestWithData: number | null; currentYear: number }): number {
  if (input.preparing !== null && input.preparing <= input.currentYear) return input.preparing;
  if (input.latestWithData !== null) return Math.min(input.latestWithData, input.currentYear);
  return input.currentYear - 1;
}
