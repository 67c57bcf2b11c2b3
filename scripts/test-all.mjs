// `npm test`: every tier, in order, stopping at the first failure:
// prisma generate → typecheck → lint → format check → unit + integration (vitest, real PostgreSQL) → build → end-to-end
// (Chromium). Ends with one line counting every test: "total: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.test-results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const steps = [
  ['Prisma client', 'node', ['node_modules/prisma/build/index.js', 'generate']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint (Next.js, typescript-eslint, layer boundaries)', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format (Prettier)', 'npx', ['prettier', '--check', '.']],
  ['unit + integration', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/vitest.json`]],
  ['build', 'npm', ['run', 'build']],
  ['end-to-end (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(`${OUT}/vitest.json`)) {
    const v = JSON.parse(readFileSync(`${OUT}/vitest.json`, 'utf8'));
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
  if (existsSync(`${OUT}/playwright.json`)) {
    const p = JSON.parse(readFileSync(`${OUT}/playwright.json`, 'utf8')).stats ?? {};
    passed += (p.expected ?? 0) + (p.flaky ?? 0);
    failed += p.unexpected ?? 0;
    skipped += p.skipped ?? 0;
  }
  return `total: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/playwright.json` },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    console.log(counts());
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
console.log(`\n${counts()}`);
