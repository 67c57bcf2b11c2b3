import 'server-only';
import type { Db } from '@/lib/db';
import { CASE_TYPE_NAMES } from '@/lib/domain/enforcement/case-types';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

// Pages of 以案释法 (app/(staff)/staff/publicity/teaching-cases). Staff views: case numbers and
// titles are internal; nothing here is published as such.

export async function listClosedCasesForTeaching(db: Db, options: { take?: number } = {}) {
  const rows = await db.enforcementCase.findMany({
    where: { closedOn: { not: null } },
    orderBy: [{ closedOn: 'desc' }, { caseNumber: 'asc' }],
    take: options.take ?? 50,
    select: { id: true, caseNumber: true, title: true, type: true, closedOn: true, _count: { select: { teachingCases: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    caseNumber: row.caseNumber,
    title: row.title,
    typeName: CASE_TYPE_NAMES[row.type],
    closedOn: isoOfDateColumn(row.closedOn!),
    teachingCases: row._count.teachingCases,
  }));
}

export async function listTeachingCases(db: Db) {
  const rows = await db.teachingCase.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    include: { case: { select: { caseNumber: true } } },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, caseNumber: row.case.caseNumber, disclosureId: row.disclosureId, createdAt: row.createdAt }));
}

export async function getTeachingCase(db: Db, id: string) {
  const row = await db.teachingCase.findUnique({ where: { id }, include: { case: { select: { caseNumber: true, title: true, closedOn: true } } } });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    disclosureId: row.disclosureId,
    caseNumber: row.case.caseNumber,
    caseTitle: row.case.title,
    closedOn: row.case.closedOn ? isoOfDateColumn(row.case.closedOn) : null,
  };
}
