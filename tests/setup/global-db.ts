import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { adminQuery, databaseUrl } from './pg-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

// Once per run: a template database with every migration applied (as the owner). Each test file
// then gets its own fresh copy of it (tests/setup/worker-db.ts).
export default async function setup(project: TestProject) {
  const template = `portal_tpl_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE "${template}"`);
  const result = spawnSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: databaseUrl({ database: template }) },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`migrate deploy on the test template failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('templateDatabase', template);
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  };
}
