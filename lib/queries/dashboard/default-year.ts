import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar/date-string';
import { defaultDashboardYear } from '@/lib/domain/dashboard/default-year';

/** The year the dashboard opens on without ?year= (see the domain rule). */
export async function loadDefaultDashboardYear(db: Db, now: Date): Promise<number> {
  const currentYear = Number(toShanghaiDate(now).slice(0, 4));
  const reports = await db.annualReport.findMany({ select: { year: true, disclosureId: true }, orderBy: { year: 'desc' } });
  const published = new Set(
    (
      await db.disclosure.findMany({
        where: { id: { in: reports.flatMap((r) => (r.disclosureId ? [r.disclosureId] : [])) }, status: 'PUBLISHED' },
        select: { id: true },
      })
    ).map((d) => d.id),
  );
  const preparing = reports.find((r) => !r.disclosureId || !published.has(r.disclosureId))?.year ?? null;
  // The latest year with records the figures count (published items, inspections, cases, publicity).
  const rows = await db.$queryRaw<{ year: number | null }[]>`SELECT MAX(y)::int AS year FROM (
    SELECT MAX(EXTRACT(YEAR FROM "publishedAt" + interval '8 hours')) AS y FROM "Disclosure" WHERE "publishedAt" IS NOT NULL
    UNION ALL SELECT MAX(EXTRACT(YEAR FROM "inspectedOn")) FROM "Inspection"
    UNION ALL SELECT MAX(EXTRACT(YEAR FROM "filedOn")) FROM "EnforcementCase"
    UNION ALL SELECT MAX(EXTRACT(YEAR FROM "heldOn")) FROM "PublicityActivity"
  ) AS years WHERE y <= ${currentYear}`;
  return defaultDashboardYear({ preparing, latestWithData: rows[0]?.year ?? null, currentYear });
}
