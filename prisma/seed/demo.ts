// Demo data, created through the same services the UI calls (same rules, same audit rows).
// It reproduces the 2021 figures of the seed report (shared/seeds): 365 items published,
// 12 officers + 1 hearing host, 1 training, 4 publicity events with 15,000+ leaflets, 192
// inspections of elderly-care institutions of which 29 joint…
// Idempotent: an installation that already has users is left alone.
// Run by prisma/seed.ts (npm run db:seed); tests call seedDemo directly.
import { readFileSync } from 'node:fs';
import { toActor, type Actor } from '@/lib/auth/guard';
import type { Db } from '@/lib/db';
import { isRole } from '@/lib/domain/auth/permissions';
import { bootstrapAdmin } from '@/lib/services/users/bootstrap-admin';
import { createUser } from '@/lib/services/users/create-user';
import { listAssignableOfficers } from '@/lib/queries/officers/assignable-officers';
import { seedDevicesAndWatchlist } from './devices-watchlist';
import { seedDisclosures2021 } from './disclosures-2021';
import { seedEnforcement2021 } from './enforcement-2021';
import { seedInspections } from './inspections';
import { seedLeadership2021 } from './leadership-2021';
import { seedOfficersAndPublicity } from './officers-publicity';

type DemoAccounts = {
  password: string;
  accounts: { email: string; name: string; roles: string[]; legalQualificationNo?: string }[];
};
const demo = JSON.parse(readFileSync(new URL('../demo-accounts.json', import.meta.url), 'utf8')) as DemoAccounts;

async function seedAccounts(db: Db): Promise<Map<string, Actor>> {
  const [first, ...rest] = demo.accounts;
  if (!first) throw new Error('prisma/demo-accounts.json lists no accounts');
  const admin = toActor(await bootstrapAdmin(db, { email: first.email, name: first.name, password: demo.password }));
  const byEmail = new Map<string, Actor>([[admin.email, admin]]);
  for (const account of rest) {
    const user = await createUser(db, admin, {
      email: account.email,
      name: account.name,
      password: demo.password,
      roles: account.roles.filter(isRole),
      legalQualificationNo: account.legalQualificationNo,
    });
    byEmail.set(user.email, toActor(user));
  }
  return byEmail;
}

function actorWithRole(actors: Map<string, Actor>, role: string): Actor {
  const actor = [...actors.values()].find((a) => a.roles.some((r) => r === role));
  if (!actor) throw new Error(`demo accounts have no ${role}`);
  return actor;
}

async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await run();
  console.log(`  ✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

export async function seedDemo(db: Db): Promise<'seeded' | 'skipped'> {
  if ((await db.user.count()) > 0) {
    console.log('演示数据已存在，跳过 / demo data already loaded, skipping');
    return 'skipped';
  }
  console.log('载入演示数据 / loading demo data…');
  const actors = await step(`${demo.accounts.length} demo accounts`, () => seedAccounts(db));
  const role = (r: string) => actorWithRole(actors, r);
  const people = await step('officers, training and legal publicity of 2021', () => seedOfficersAndPublicity(db, { admin: role('ADMIN'), editor: role('EDITOR') }));
  // Inspectors: officers whose enforcement certificates are valid for the whole of 2021.
  const [start, end] = await Promise.all(['2021-01-01', '2021-12-31'].map((day) => listAssignableOfficers(db, { on: new Date(`${day}T12:00:00+08:00`) })));
  const inspectors = (start ?? []).filter((o) => (end ?? []).some((e) => e.id === o.id)).map((o) => o.id);
  const inspections = await step('supervised entities and 2021 inspections', () => seedInspections(db, { admin: role('ADMIN'), officer: role('OFFICER') }, inspectors));
  const devices = await step('recording devices and the watch list', () => seedDevicesAndWatchlist(db, { admin: role('ADMIN'), officer: role('OFFICER') }));
  // Before the disclosures: the after-decision publicity of these cases counts towards 2021's 365 items.
  const cases = await step('2021 enforcement cases', () =>
    seedEnforcement2021(db, {
      officer: role('OFFICER'),
      director: role('DIRECTOR'),
      reviewer: role('LEGAL_REVIEWER'),
      editor: role('EDITOR'),
      hearingHost: role('HEARING_HOST'),
    }),
  );
  const leadership = await step("principal leaders' duties of 2021 and the 2022 plan", () => seedLeadership2021(db, { director: role('DIRECTOR') }));
  const published = await step('2021 disclosures through the workflow', () =>
    seedDisclosures2021(db, { editor: role('EDITOR'), director: role('DIRECTOR'), reviewer: role('LEGAL_REVIEWER') }),
  );
  console.log(
    `演示数据已载入 / demo data loaded: ${demo.accounts.length} accounts, ${people.officers} officers, ` +
      `${people.activities} publicity activities, ${inspections.inspections} inspections, ${devices.devices} devices, ` +
      `${cases.cases} enforcement cases, ${leadership.entries} leadership entries, ` +
      `${published + cases.publicityPublished} items published in 2021`,
  );
  return 'seeded';
}
