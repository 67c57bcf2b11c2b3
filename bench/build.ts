// Builds the app into .next-bench when that build is missing or older than its sources (the same
// freshness rule scripts/start.mjs applies to .next). `next build` rewrites tsconfig.json to
// include the build folder's generated types; the file is put back afterwards, so a later
// type-check of the shared tree never depends on this private build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const DIST_DIR = '.next-bench';

export async function ensureBuild(root: string, options: { force?: boolean }): Promise<string> {
  process.env.NEXT_DIST_DIR = DIST_DIR;
  const freshness = (await import(path.join(root, 'scripts/lib/freshness.mjs'))) as {
    buildDecision(root: string): { needed: boolean; en: string };
    recordBuildInputs(root: string): void;
  };
  const decision = freshness.buildDecision(root);
  if (!decision.needed && !options.force) return `build is up to date (${DIST_DIR})`;
  const tsconfig = path.join(root, 'tsconfig.json');
  const saved = fs.readFileSync(tsconfig);
  try {
    for (let attempt = 1; ; attempt += 1) {
      const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
        cwd: root,
        env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      if (result.status === 0) break;
      const output = `${result.stdout}\n${result.stderr}`;
      // Another build of the same folder: wait and retry.
      if (/another (instance of )?next build|build is already running|lock/i.test(output) && attempt < 10) {
        await new Promise((r) => setTimeout(r, 15_000));
        continue;
      }
      throw new Error(`next build failed:\n${output.slice(-4000)}`);
    }
  } finally {
    restoreTsconfig(tsconfig, saved);
  }
  freshness.recordBuildInputs(root);
  return `built (${decision.en})`;
}

// Drops the include entries `next build` added for DIST_DIR. When nothing else changed in the
// meantime, the original bytes (and formatting) come back; otherwise only those entries go.
function restoreTsconfig(file: string, saved: Buffer): void {
  const current = fs.readFileSync(file);
  if (current.equals(saved)) return;
  try {
    const config = JSON.parse(current.toString('utf8')) as { include?: string[] };
    config.include = config.include?.filter((entry) => !entry.startsWith(`${DIST_DIR}/`));
    if (JSON.stringify(config) === JSON.stringify(JSON.parse(saved.toString('utf8')))) fs.writeFileSync(file, saved);
    else fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  } catch {
    // Not plain JSON (comments): leave it for a person to look at.
  }
}
