// Display helpers for evidence (shared by server and client components).

/** "2021-05-06 14:30" in the bureau's time zone (UTC+8, no daylight saving). */
export function formatShanghaiDateTime(instant: Date): string {
  const shifted = new Date(instant.getTime() + 8 * 60 * 60 * 1000);
  return shifted.toISOString().slice(0, 16).replace('T', ' ');
}
