// Playwright's web server: a fresh database, then the same start script a user runs
// (migrate deploy → seed through the services → next start on the production build).
import { spawn } from 'node:child_process';
import pg from 'pg';
import { E2E_RECORD_MAC_KEY } from './record-mac-key.mjs';
import { e2eJobsEnv } from './smtp-port.mjs';

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const database = process.env.E2E_DATABASE ?? 'portal_e2e';

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${database}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${database}`;
const child = spawn(process.execPath, ['scripts/start.mjs'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: url.toString(),
    PORT: process.env.E2E_PORT ?? '3100',
    AUTH_SECRET: process.env.AUTH_SECRET ?? 'e2e-only-secret-not-for-production-0123456789',
    RECORD_MAC_KEY: E2E_RECORD_MAC_KEY,
    NEXT_TELEMETRY_DISABLED: '1',
    ...e2eJobsEnv(),
  },
});
const stop = (signal) => child.kill(signal);
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
