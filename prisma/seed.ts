// Demo data, created through the same services the UI calls (same rules, same audit rows).
// Idempotent: an installation that already has users is left alone.
// Run: node --conditions=react-server --import tsx prisma/seed.ts  (npm run db:seed)
import 'dotenv/config';
import { readFileSync } from 'node:fs';
import { toActor } from '@/lib/auth/guard';
import { disconnectDb, getDb } from '@/lib/db';
import { isRole } from '@/lib/domain/auth/permissions';
import { bootstrapAdmin } from '@/lib/services/users/bootstrap-admin';
import { createUser } from '@/lib/services/users/create-user';

type DemoAccounts = {
  password: string;
  accounts: { email: string; name: string; roles: string[]; legalQualificationNo?: string }[];
};
const demo = JSON.parse(readFileSync(new URL('./demo-accounts.json', import.meta.url), 'utf8')) as DemoAccounts;

async function main() {
  const db = getDb();
  if ((await db.user.count()) > 0) {
    console.log('演示数据已存在，跳过 / demo data already loaded, skipping');
    return;
  }
  const [first, ...rest] = demo.accounts;
  if (!first) throw new Error('prisma/demo-accounts.json lists no accounts');
  const admin = toActor(await bootstrapAdmin(db, { email: first.email, name: first.name, password: demo.password }));
  for (const account of rest) {
    await createUser(db, admin, {
      email: account.email,
      name: account.name,
      password: demo.password,
      roles: account.roles.filter(isRole),
      legalQualificationNo: account.legalQualificationNo,
    });
  }
  console.log(`演示数据已载入 / demo data loaded: ${demo.accounts.length} accounts`);
}

try {
  await main();
} finally {
  await disconnectDb();
}
