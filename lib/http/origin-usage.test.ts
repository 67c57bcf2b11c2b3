import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Every state-changing route handler checks the Origin through the one helper (lib/http/origin.ts,
// called first by handleWrite),
// found from the code so that a new upload route without the check fails here. The next-auth
// handler is exempt: sign-in and sign-out carry next-auth's own CSRF token.
const EXEMPT = new Set(['app/api/auth/[...nextauth]/route.ts']);

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

describe('state-changing route handlers', () => {
  it('all call refuseForeignOrigin (directly or as handleWrite, lib/http/route-handler.ts) before anything else', () => {
    const writers = routeFiles('app')
      .map((file) => ({ file: file.split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8') }))
      .filter(({ file, text }) => !EXEMPT.has(file) && /export\s+(async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b/.test(text));
    expect(writers.length).toBeGreaterThanOrEqual(3);
    const unchecked = writers
      .filter(({ text }) => !/\{\s*(const foreign = refuseForeignOrigin\(request\);\s*if \(foreign\) return foreign;|return handleWrite\(request, )/.test(text))
      .map(({ file }) => file);
    expect(unchecked).toEqual([]);
  });
});
