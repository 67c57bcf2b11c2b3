import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { disconnectDb } from '@/lib/db';
import { APP_DB_ROLE } from '@/lib/env';
import { adminQuery, databaseUrl } from './pg-admin';

// A fresh database per test file, copied from the migrated template. The portal's code connects
// as the unprivileged application role, exactly as in production.
const database = `portal_t_${process.pid}_${randomBytes(4).toString('hex')}`;
await adminQuery(`CREATE DATABASE "${database}" TEMPLATE "${inject('templateDatabase')}"`);
process.env.DATABASE_URL = databaseUrl({ database });
process.env.APP_DATABASE_URL = databaseUrl({ database, user: APP_DB_ROLE });
// The key that seals case-file and audit rows (lib/records/mac-key.ts); the database never sees it.
process.env.RECORD_MAC_KEY ??= 'integration-test-record-mac-key-0123456789abcdef';

afterAll(async () => {
  await disconnectDb();
  await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});
