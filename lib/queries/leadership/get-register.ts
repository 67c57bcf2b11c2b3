import 'server-only';
import type { Db } from '@/lib/db';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { isoOfDateColumnOrNull } from '@/lib/domain/calendar/date-column';

const yearDays = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00.000Z`), lte: new Date(`${year}-12-31T00:00:00.000Z`) });

/** One year of the principal leaders' duties register, and the complaint line. */
export async function getLeadershipRegister(db: Db, year: number) {
  const [decisions, activities, responsibilities, assessments, complaintLine] = await Promise.all([
    db.collectiveDecision.findMany({ where: { heldOn: yearDays(year) }, orderBy: [{ heldOn: 'asc' }, { id: 'asc' }] }),
    db.leadershipActivity.findMany({ where: { heldOn: yearDays(year) }, orderBy: [{ heldOn: 'asc' }, { id: 'asc' }] }),
    db.ruleOfLawResponsibility.findMany({ where: { year }, orderBy: [{ level: 'asc' }, { createdAt: 'asc' }] }),
    db.assessmentItem.findMany({ where: { year }, orderBy: { createdAt: 'asc' } }),
    readSetting(db, 'bureau.complaintLine'),
  ]);
  return {
    decisions: decisions.map((d) => ({ ...d, heldOn: isoOfDateColumnOrNull(d.heldOn)! })),
    activities: activities.map((a) => ({ ...a, heldOn: isoOfDateColumnOrNull(a.heldOn)! })),
    responsibilities,
    assessments,
    complaintLine: String(complaintLine),
  };
}

/** The plan's tasks for a year (下步打算 written in the previous year's report). */
export async function listPlanTasks(db: Db, year: number) {
  const tasks = await db.planTask.findMany({ where: { year }, orderBy: [{ heading: 'asc' }, { createdAt: 'asc' }] });
  return tasks.map((t) => ({ ...t, dueOn: isoOfDateColumnOrNull(t.dueOn) }));
}

/** The request register, newest first. */
export async function listInformationRequests(db: Db) {
  const rows = await db.informationRequest.findMany({ orderBy: [{ receivedOn: 'desc' }, { createdAt: 'desc' }], take: 500 });
  return rows.map((r) => ({ ...r, receivedOn: isoOfDateColumnOrNull(r.receivedOn)!, answeredOn: isoOfDateColumnOrNull(r.answeredOn) }));
}
