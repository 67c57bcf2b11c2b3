import 'server-only';
import type { Db } from '@/lib/db';
import { isoOfDateColumn } from '@/lib/domain/calendar/date-column';

export type TrainingRow = {
  id: string;
  title: string;
  heldOn: string;
  hours: string;
  organiser: string;
  attendees: { officerId: string; name: string }[];
};

export async function listTrainings(db: Db, options: { year?: number } = {}): Promise<TrainingRow[]> {
  const rows = await db.training.findMany({
    where: options.year ? { heldOn: { gte: new Date(`${options.year}-01-01T00:00:00Z`), lte: new Date(`${options.year}-12-31T00:00:00Z`) } } : {},
    orderBy: [{ heldOn: 'desc' }, { createdAt: 'desc' }],
    select: {
      id: true,
      title: true,
      heldOn: true,
      hours: true,
      organiser: true,
      attendances: { where: { attended: true }, select: { officer: { select: { id: true, name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    heldOn: isoOfDateColumn(row.heldOn),
    hours: row.hours.toString(),
    organiser: row.organiser,
    attendees: row.attendances.map((attendance) => ({ officerId: attendance.officer.id, name: attendance.officer.name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  }));
}
