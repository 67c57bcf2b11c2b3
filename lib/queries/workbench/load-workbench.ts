import 'server-only';
import type { Actor } from '@/lib/auth/guard';
import { getDb, type Db } from '@/lib/db';
import { can } from '@/lib/domain/auth/permissions';
import { addDays, loadedHolidayYears, toShanghaiDate } from '@/lib/domain/calendar';
import {
  calendarTodos,
  caseTodos,
  CERTIFICATE_NOTICE_DAYS,
  certificateTodos,
  disclosureTodos,
  handoffTodos,
  NORMATIVE_NOTICE_DAYS,
  normativeTodos,
  publicReportTodos,
  rectificationTodos,
  requestTodos,
  reviewTodos,
  sortTodos,
  statutoryTodos,
  uniqueTodos,
  type Todo,
  type TodoContext,
} from '@/lib/domain/workbench';
import { loadWorkingCalendar } from '@/lib/queries/calendar/load-calendar';
import { readSetting } from '@/lib/queries/settings/read-setting';
import { loadCaseFacts, loadEnforcementLimits, loadOpenHandoffs } from './case-sources';
import {
  loadCertificateFacts,
  loadDisclosureFacts,
  loadNormativeFacts,
  loadPendingReviews,
  loadPublicReportFacts,
  loadRectificationFacts,
  loadRequestFacts,
  loadStatutoryFacts,
} from './other-sources';

// One person's work across areas (the staff home page, and the reminder jobs): each source's facts
// are read only when the person acts on that source, turned into to-dos by its pure module in
// lib/domain/workbench, and sorted hand-offs first, overdue first, then by due date.

export type Workbench = { today: string; todos: Todo[]; provisionalCount: number };

/** For pages: the signed-in person's work (app/ never touches the database client itself). */
export function workbenchOf(actor: Pick<Actor, 'id' | 'roles'>): Promise<Workbench> {
  return loadWorkbench(getDb(), actor);
}

export async function loadWorkbench(db: Db, actor: Pick<Actor, 'id' | 'roles'>, now: Date = new Date()): Promise<Workbench> {
  const today = toShanghaiDate(now);
  const [calendar, settings] = await Promise.all([loadWorkingCalendar(db), loadEnforcementLimits(db)]);
  const context: TodoContext = { today, calendar, loadedYears: loadedHolidayYears(calendar) };
  const caseContext = { ...context, settings };
  const viewer = { userId: actor.id, roles: actor.roles };
  const { roles } = actor;
  const director = roles.includes('DIRECTOR');
  const managesOfficers = can(roles, 'officers.manage');

  const sources: Promise<Todo[]>[] = [
    loadOpenHandoffs(db, actor.id, caseContext).then((facts) => handoffTodos(facts, context)),
    loadCaseFacts(db, { userId: actor.id, director }).then((facts) => caseTodos(facts, viewer, caseContext)),
    loadCertificateFacts(db, { userId: actor.id, managesOfficers }, addDays(today, CERTIFICATE_NOTICE_DAYS)).then((facts) =>
      certificateTodos(facts, { userId: actor.id, managesOfficers }, context),
    ),
    loadPublicReportFacts(db, roles).then((facts) => publicReportTodos(facts, context)),
    loadStatutoryFacts(db, today).then((facts) => statutoryTodos(facts, viewer, context)),
  ];
  if (roles.includes('LEGAL_REVIEWER')) sources.push(loadPendingReviews(db).then((facts) => reviewTodos(facts, viewer, context)));
  if (can(roles, 'disclosure.draft') || can(roles, 'disclosure.secrecyCheck')) {
    sources.push(
      Promise.all([loadDisclosureFacts(db), readSetting(db, 'disclosure.proactiveWorkingDays')]).then(([facts, days]) =>
        disclosureTodos(facts, viewer, { ...context, proactiveWorkingDays: Number(days) }),
      ),
    );
  }
  if (can(roles, 'inspection.record')) sources.push(loadRectificationFacts(db, actor.id).then((facts) => rectificationTodos(facts, viewer, context)));
  if (can(roles, 'requests.record')) sources.push(loadRequestFacts(db).then((facts) => requestTodos(facts, context)));
  if (can(roles, 'disclosure.draft')) {
    sources.push(loadNormativeFacts(db, addDays(today, NORMATIVE_NOTICE_DAYS)).then((facts) => normativeTodos(facts, context)));
  }
  if (can(roles, 'settings.manage')) sources.push(Promise.resolve(calendarTodos(context)));

  const todos = sortTodos(uniqueTodos((await Promise.all(sources)).flat()));
  return { today, todos, provisionalCount: todos.filter((t) => t.provisional).length };
}
