import 'server-only';
import type { Db, Tx } from '@/lib/db';
import type { ReportContent } from '@/lib/domain/reports/model';

export async function findReport(db: Db | Tx, year: number) {
  return db.annualReport.findUnique({ where: { kind_year: { kind: 'RULE_OF_LAW', year } } });
}

export async function latestVersion(db: Db | Tx, reportId: string) {
  const row = await db.annualReportVersion.findFirst({ where: { reportId }, orderBy: { version: 'desc' } });
  return row ? { ...row, content: row.content as unknown as ReportContent } : null;
}

// The report page: current version, version history, and the disclosure carrying it.
export async function getReportView(db: Db, year: number) {
  const report = await findReport(db, year);
  if (!report) return null;
  const [current, versions, disclosure] = await Promise.all([
    latestVersion(db, report.id),
    db.annualReportVersion.findMany({
      where: { reportId: report.id },
      orderBy: { version: 'desc' },
      select: { version: true, note: true, createdAt: true, createdById: true },
    }),
    report.disclosureId
      ? db.disclosure.findUnique({ where: { id: report.disclosureId }, select: { id: true, status: true, indexNumber: true, publishedAt: true, title: true } })
      : null,
  ]);
  if (!current) return null;
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(versions.map((v) => v.createdById))] } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return {
    report,
    current,
    versions: versions.map((v) => ({ ...v, author: names.get(v.createdById) ?? '' })),
    disclosure,
  };
}

export async function listReports(db: Db) {
  const reports = await db.annualReport.findMany({ orderBy: { year: 'desc' }, include: { _count: { select: { versions: true } } } });
  const disclosures = await db.disclosure.findMany({
    where: { id: { in: reports.map((r) => r.disclosureId).filter((id): id is string => id !== null) } },
    select: { id: true, status: true },
  });
  const status = new Map(disclosures.map((d) => [d.id, d.status]));
  return reports.map((r) => ({ year: r.year, versions: r._count.versions, status: r.disclosureId ? (status.get(r.disclosureId) ?? null) : null }));
}
