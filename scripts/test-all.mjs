// `npm test`: every tier, in order, stopping at the first failure:
// prisma generate → typecheck → unit + integration (vitest, real PostgreSQL) → end-to-end (Chromium).
import { spawnSync } from 'node:child_process';

const steps = [
  ['Prisma client', 'node', ['node_modules/prisma/build/index.js', 'generate']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['unit + integration', 'npx', ['vitest', 'run']],
  ['build', 'npm', ['run', 'build']],
  ['end-to-end (Chromium)', 'npx', ['playwright', 'test']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${seconds}s)`);
}
