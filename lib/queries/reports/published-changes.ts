import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { figureChanges, type FigureChange } from '@/lib/domain/reports/freeze';
import type { ReportContent, ReportFigure } from '@/lib/domain/reports/model';
import { findReport } from './get-report';
import { loadFigures } from './report-facts';

export type PublishedChanges = { publishedVersion: number; changes: FigureChange[] };

/**
 * How today's figures differ from those the published version states: the one loader behind the
 * report page (to show them) and the regeneration service (to refuse until they are confirmed).
 * Null when the year's report was never published. `figures` may be passed when already loaded.
 */
export async function loadPublishedChanges(db: Db | Tx, year: number, figures?: Record<string, ReportFigure>): Promise<PublishedChanges | null> {
  const report = await findReport(db, year);
  if (!report || report.publishedVersion === null) return null;
  const row = await db.annualReportVersion.findUnique({ where: { reportId_version: { reportId: report.id, version: report.publishedVersion } } });
  if (!row) return null;
  const published = row.content as unknown as ReportContent;
  return { publishedVersion: report.publishedVersion, changes: figureChanges(published, figures ?? (await loadFigures(db, year))) };
}
