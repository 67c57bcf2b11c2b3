import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { appDatabaseUrl } from '@/lib/env';

// One client per process. The portal connects as the unprivileged role (see lib/env.ts);
// password hashes are omitted from every query unless a query asks for them explicitly.
function createClient() {
  const adapter = new PrismaPg({ connectionString: appDatabaseUrl(), max: Number(process.env.DB_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { portalDb?: Db };

export function getDb(): Db {
  globalForDb.portalDb ??= createClient();
  return globalForDb.portalDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.portalDb?.$disconnect();
  globalForDb.portalDb = undefined;
}
