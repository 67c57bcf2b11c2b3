// Decides whether `npm run build` (prisma generate + next build) must run before `next start`.
// A rebuild costs tens of seconds, so it runs only when the build is missing or older than a file
// that goes into it. The inputs are an allow-list rather than "the whole tree" so runtime output
// (.data/, storage/, test reports) never forces a rebuild.
import fs from 'node:fs';
import path from 'node:path';

// The build folder (next.config.ts reads the same variable): lets a second build live beside .next.
const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';

/** Folders whose files are compiled into the app (those that do not exist are ignored). */
const SOURCE_DIRS = ['app', 'components', 'lib', 'public', 'messages', 'styles', 'content', 'i18n'];

/** Root-level files that change the build: configs, dependencies, env inlined at build time. */
const ROOT_FILE =
  /^(?:(?:next|postcss|tailwind|prisma)\.config\.[cm]?[jt]s|package(?:-lock)?\.json|tsconfig\.json|(?:middleware|proxy|instrumentation(?:-client)?|auth)\.[jt]sx?|\.env(?:\.local|\.production|\.production\.local)?)$/;

/** Files under the source folders that never reach the bundle. */
const SKIP_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$|\.md$/;

/** Written after a build started by scripts/start.mjs: the input list that build saw. */
const INPUTS_RECORD = 'start-build-inputs.json';

/**
 * @typedef {{ needed: boolean, zh: string, en: string }} BuildDecision
 */

/**
 * @param {string} root repository root
 * @returns {BuildDecision}
 */
export function buildDecision(root) {
  const buildIdFile = path.join(root, DIST_DIR, 'BUILD_ID');
  const builtAt = mtimeOf(buildIdFile);
  if (builtAt === null) return { needed: true, zh: '尚未构建', en: 'no build yet (.next/BUILD_ID missing)' };

  // The seed and the server import the generated Prisma client; it is git-ignored, so a fresh
  // checkout can have an old .next but no client.
  const client = generatedClientDir(root);
  if (client && !fs.existsSync(client)) {
    return { needed: true, zh: 'Prisma 客户端未生成', en: `Prisma client missing (${path.relative(root, client)})` };
  }

  const inputs = listInputs(root);
  const newest = inputs.reduce((a, b) => (b.mtimeMs > a.mtimeMs ? b : a), { file: '', mtimeMs: 0 });
  if (newest.mtimeMs > builtAt) {
    return { needed: true, zh: '源代码有更新', en: `sources changed since the last build (${newest.file})` };
  }

  // A deleted or renamed file leaves nothing newer behind; compare with the list the last build
  // saw, when that build was ours (the record names its BUILD_ID).
  const record = readRecord(root);
  if (record && record.buildId === readText(buildIdFile)) {
    const before = new Set(record.files);
    const now = inputs.map((i) => i.file);
    const changed = now.find((f) => !before.has(f)) ?? record.files.find((f) => !now.includes(f));
    if (changed) return { needed: true, zh: '源文件有增删', en: `files added or removed since the last build (${changed})` };
  }
  return { needed: false, zh: '构建是最新的', en: 'build is up to date' };
}

/**
 * Remembers which input files the build that just finished compiled.
 * @param {string} root
 */
export function recordBuildInputs(root) {
  const buildId = readText(path.join(root, DIST_DIR, 'BUILD_ID'));
  if (!buildId) return;
  const files = listInputs(root).map((i) => i.file);
  fs.writeFileSync(path.join(root, DIST_DIR, INPUTS_RECORD), JSON.stringify({ buildId, files }));
}

/**
 * The generator's `output` folder from prisma/schema.prisma, or null when it cannot be read.
 * @param {string} root
 * @returns {string | null}
 */
export function generatedClientDir(root) {
  const schema = path.join(root, 'prisma', 'schema.prisma');
  const text = readText(schema);
  const match = text && /generator\s+\w+\s*\{[^}]*?\boutput\s*=\s*"([^"]+)"/.exec(text);
  return match?.[1] ? path.resolve(path.dirname(schema), match[1]) : null;
}

/**
 * Every build input with its modification time, paths relative to root, sorted.
 * @param {string} root
 * @returns {{ file: string, mtimeMs: number }[]}
 */
function listInputs(root) {
  const client = generatedClientDir(root);
  const skipDirs = new Set([path.join(root, 'node_modules'), path.join(root, DIST_DIR), ...(client ? [client] : [])]);
  /** @type {{ file: string, mtimeMs: number }[]} */
  const found = [];
  const add = (/** @type {string} */ file) => {
    const mtimeMs = mtimeOf(file);
    if (mtimeMs !== null) found.push({ file: path.relative(root, file), mtimeMs });
  };

  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isFile() && ROOT_FILE.test(entry.name)) add(path.join(root, entry.name));
  }
  add(path.join(root, 'prisma', 'schema.prisma'));

  const walk = (/** @type {string} */ dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // folder does not exist in this project
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipDirs.has(full) && entry.name !== '__tests__') walk(full);
      } else if (!SKIP_FILE.test(entry.name)) {
        add(full);
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return found.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** @returns {{ buildId: string, files: string[] } | null} */
function readRecord(/** @type {string} */ root) {
  const text = readText(path.join(root, DIST_DIR, INPUTS_RECORD));
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** @returns {string | null} */
function readText(/** @type {string} */ file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** @returns {number | null} */
function mtimeOf(/** @type {string} */ file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}
