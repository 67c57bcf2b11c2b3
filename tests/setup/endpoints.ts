import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Finds the application's public endpoints from the code itself, so that a new one cannot slip
// past the authorisation matrix: every export of a file that starts with "use server" (each is a
// POST endpoint Next exposes) and every HTTP method exported by an app/**/route.ts.
const ROOT = path.resolve(import.meta.dirname, '../..');
const APP = path.join(ROOT, 'app');
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** True when the file's first statement (after comments and blank lines) is the "use server" directive. */
export function startsWithUseServer(source: string): boolean {
  const code = source.replace(/^(\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return /^(['"])use server\1/.test(code);
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

export function serverActionFiles(): string[] {
  return walk(APP)
    .filter((file) => startsWithUseServer(readFileSync(file, 'utf8')))
    .map(relative)
    .sort();
}

export function routeFiles(): string[] {
  return walk(APP)
    .filter((file) => path.basename(file) === 'route.ts')
    .map(relative)
    .sort();
}

export type DiscoveredEndpoint = { key: string; file: string; name: string; kind: 'action' | 'route'; fn: (...args: never[]) => unknown };

/** Imports every endpoint module and lists its callable exports, keyed "file#export" / "METHOD file". */
export async function discoverEndpoints(): Promise<DiscoveredEndpoint[]> {
  const found: DiscoveredEndpoint[] = [];
  for (const file of serverActionFiles()) {
    const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) {
      if (typeof value === 'function') found.push({ key: `${file}#${name}`, file, name, kind: 'action', fn: value as DiscoveredEndpoint['fn'] });
    }
  }
  for (const file of routeFiles()) {
    const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const value = loaded[method];
      if (typeof value === 'function') found.push({ key: `${method} ${file}`, file, name: method, kind: 'route', fn: value as DiscoveredEndpoint['fn'] });
    }
  }
  return found;
}
