import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer boundaries are failing lint errors: each planted violation below, linted with the
// project's own eslint.config.mjs as a file inside its layer, must be reported by the rule that
// guards that boundary; the compliant version of each must lint clean.
const root = fileURLToPath(new URL('..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, line: m.line, message: m.message, severity: m.severity }));
}

async function rulesFired(filePath: string, code: string) {
  const messages = await lint(filePath, code);
  expect(messages.every((m) => m.severity === 2)).toBe(true);
  return messages.map((m) => m.rule);
}

describe('lib/domain imports nothing server-side', () => {
  const file = 'lib/domain/planted/rule.ts';
  it.each([
    ["import { getDb } from '@/lib/db';\nexport const f = getDb;\n"],
    ["import { PrismaClient } from '@/lib/generated/prisma/client';\nexport const f = PrismaClient;\n"],
    ["import { Prisma } from '@prisma/client';\nexport const f = Prisma;\n"],
    ["import { Role } from '@/lib/generated/prisma/enums';\nexport const f = Role;\n"],
    ["import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';\nexport const f = publishDisclosure;\n"],
    ["import { readSetting } from '@/lib/queries/settings/read-setting';\nexport const f = readSetting;\n"],
    ["import { readSetting } from '../../queries/settings/read-setting';\nexport const f = readSetting;\n"],
    ["import { NextResponse } from 'next/server';\nexport const f = NextResponse;\n"],
    ["import 'server-only';\nexport const f = 1;\n"],
    ["import { readFile } from 'node:fs/promises';\nexport const f = readFile;\n"],
    ["import { hostname } from 'os';\nexport const f = hostname;\n"],
  ])('refuses %s', async (code) => {
    expect(await rulesFired(file, code)).toEqual(['house/domain-pure']);
  });

  it('allows other domain modules, node:crypto and Prisma enum types', async () => {
    const code = [
      "import { createHash } from 'node:crypto';",
      "import type { Blocker } from '@/lib/domain/blockers';",
      "import type { Role } from '@/lib/generated/prisma/enums';",
      "export const f = (b: Blocker, r: Role) => createHash('sha256').update(b.code + r).digest('hex');",
      '',
    ].join('\n');
    expect(await lint(file, code)).toEqual([]);
  });
});

describe('lib/queries never imports lib/services', () => {
  const file = 'lib/queries/planted/read.ts';
  it.each([
    ["import 'server-only';\nimport { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';\nexport const f = publishDisclosure;\n"],
    ["import 'server-only';\nimport type { CaseFileVerification } from '@/lib/services/enforcement/verify-case-file';\nexport type F = CaseFileVerification;\n"],
    ["import 'server-only';\nimport { newTrackingCode } from '../../services/public-submissions/tracking-code';\nexport const f = newTrackingCode;\n"],
    ["import 'server-only';\nexport * from '@/lib/services/review/registry';\n"],
  ])('refuses %s', async (code) => {
    expect(await rulesFired(file, code)).toEqual(['house/queries-no-services']);
  });

  it('allows the database, the domain and other queries', async () => {
    const code = [
      "import 'server-only';",
      "import type { Db } from '@/lib/db';",
      "import { canHandle } from '@/lib/domain/public-reports/rules';",
      "import { readSetting } from '@/lib/queries/settings/read-setting';",
      "export const f = (db: Db) => Promise.all([db.user.count(), readSetting(db, 'bureau.name'), canHandle([], 'ILLEGAL_ORG')]);",
      '',
    ].join('\n');
    expect(await lint(file, code)).toEqual([]);
  });
});

describe('app/ reaches the database only through queries and services', () => {
  const file = 'app/(staff)/staff/planted/page.tsx';
  it.each([
    ["import { PrismaClient } from '@/lib/generated/prisma/client';\nexport const f = PrismaClient;\n", 'house/app-through-layers'],
    ["import { Prisma } from '@prisma/client';\nexport const f = Prisma;\n", 'house/app-through-layers'],
    ["import { disconnectDb } from '@/lib/db';\nexport const f = disconnectDb;\n", 'house/app-through-layers'],
    ["import * as db from '@/lib/db';\nexport const f = db;\n", 'house/app-through-layers'],
    ["import { getDb } from '@/lib/db';\nexport const f = () => getDb().user.findMany();\n", 'house/app-no-prisma-calls'],
    ["import { getDb } from '@/lib/db';\nexport async function f() {\n  const db = getDb();\n  return db.licenceDecision.findMany();\n}\n", 'house/app-no-prisma-calls'],
    ["import type { Db } from '@/lib/db';\nexport const f = (db: Db) => db.$transaction(async () => 1);\n", 'house/app-no-prisma-calls'],
  ])('refuses %s', async (code, rule) => {
    expect(await rulesFired(file, code)).toEqual([rule]);
  });

  it('allows handing getDb() to a query or service, and Prisma types', async () => {
    const code = [
      "import { getDb, type Db } from '@/lib/db';",
      "import type { Role } from '@/lib/generated/prisma/enums';",
      "import { listUsers } from '@/lib/queries/users/list-users';",
      'export const roles: Role[] = [];',
      'export const f = (db: Db = getDb()) => listUsers(db);',
      '',
    ].join('\n');
    expect(await lint(file, code)).toEqual([]);
  });
});

describe('components/ render what they are given', () => {
  const file = 'components/planted/panel.tsx';
  it.each([
    ["import { getDb } from '@/lib/db';\nexport const f = getDb;\n"],
    ["import type { Db } from '@/lib/db';\nexport type F = Db;\n"],
    ["import { PrismaClient } from '@/lib/generated/prisma/client';\nexport const f = PrismaClient;\n"],
    ["import { verifyCaseFile } from '@/lib/services/enforcement/verify-case-file';\nexport const f = verifyCaseFile;\n"],
    ["import { listCaseEvidence } from '@/lib/queries/evidence/case-evidence';\nexport const f = listCaseEvidence;\n"],
    ["import { getAttachmentStore } from '@/lib/storage/local-disk-store';\nexport const f = getAttachmentStore;\n"],
  ])('refuses %s', async (code) => {
    expect(await rulesFired(file, code)).toEqual(['house/components-presentational']);
  });

  it('allows the DTO types of a query, the domain and the message catalogue', async () => {
    const code = [
      "import { messages } from '@/lib/i18n/messages';",
      "import type { EvidenceRow } from '@/lib/queries/evidence/case-evidence';",
      'export function Panel({ rows }: { rows: readonly EvidenceRow[] }) {',
      '  return <p>{messages.evidence.panel.title}{rows.length}</p>;',
      '}',
      '',
    ].join('\n');
    expect(await lint(file, code)).toEqual([]);
  });
});
