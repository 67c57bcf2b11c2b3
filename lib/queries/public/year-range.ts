// Pure (no server-only): shared by the Prisma list queries and the raw search statement.

/** Half-open UTC range of an Asia/Shanghai calendar year. */
export function shanghaiYearBounds(year: number): { gte: Date; lt: Date } {
  const offset = 8 * 3_600_000;
  return { gte: new Date(Date.UTC(year, 0, 1) - offset), lt: new Date(Date.UTC(year + 1, 0, 1) - offset) };
}
