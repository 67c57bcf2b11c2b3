import 'server-only';
import type { Db } from '@/lib/db';
import { toShanghaiDate } from '@/lib/domain/calendar';
import { listAssignableInspectors, type AssignableInspector } from './inspectors';

export type RecordFormOptions = {
  today: string;
  entities: { id: string; name: string; kind: string }[];
  plans: { id: string; year: number; title: string }[];
  inspectors: AssignableInspector[];
};

/** What the record-inspection form offers: active entities, plans, officers qualified today. */
export async function recordFormOptions(db: Db, options: { now?: Date } = {}): Promise<RecordFormOptions> {
  const today = toShanghaiDate(options.now ?? new Date());
  const [entities, plans, inspectors] = await Promise.all([
    db.supervisedEntity.findMany({ where: { active: true }, select: { id: true, name: true, kind: true }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] }),
    db.inspectionPlan.findMany({ select: { id: true, year: true, title: true }, orderBy: [{ year: 'desc' }, { createdAt: 'desc' }] }),
    listAssignableInspectors(db, { on: today }),
  ]);
  return { today, entities, plans, inspectors };
}

/** Every active officer, for declaring a conflict (a conflict matters whatever the certificate). */
export async function listOfficerOptions(db: Db): Promise<{ id: string; name: string; unit: string }[]> {
  return db.officer.findMany({ where: { active: true }, select: { id: true, name: true, unit: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}
