// Next.js's route cache (`cacheHandler` in next.config.ts): the built-in file-system cache, except
// that a response that is not a success is never stored (ADR 0019). Plain JavaScript: Next.js
// imports it at run time by path.
//
// Next.js stores every not-found of an ISR route: a 404 for a bogus /disclosures/<id>,
// /list/<slug>/<x> or any junk path caught by the home page's catch-all wrote 7 files (60 anonymous
// requests: +420 files) and kept an entry per URL in memory for the life of the process. Here
// neither happens; such a request is rendered again next time, like any dynamic page.
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import sharedCacheControlsModule from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js';
import { busDatabaseUrl, startRouteCacheBus } from './route-cache-bus.mjs';

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;
const { SharedCacheControls } = sharedCacheControlsModule;
const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES']);

/** True for a page or route response that must not be kept (at build, Next's own /_not-found is). */
export function isUncacheableResponse(data, phase = process.env.NEXT_PHASE) {
  return Boolean(data) && RESPONSE_KINDS.has(data.kind) && typeof data.status === 'number' && data.status >= 400 && phase !== 'phase-production-build';
}

/** Applies an invalidation to this process's tag state only (what Next.js's own handler does). */
function applyLocally(tags, durations) {
  return FileSystemCache.prototype.revalidateTag.call(undefined, tags, durations);
}

// One bus per process (ADR 0030), started with the first cache the server constructs; never
// during `next build`, and not when ROUTE_CACHE_BROADCAST=off (the embedded single-connection
// PGlite of `npm start`) or without a database.
const BUS = Symbol.for('portal.routeCacheBus');
export function routeCacheBus(env = process.env) {
  if (env.NEXT_PHASE === 'phase-production-build' || env.ROUTE_CACHE_BROADCAST === 'off') return null;
  if (globalThis[BUS] !== undefined) return globalThis[BUS];
  const connectionString = busDatabaseUrl(env);
  globalThis[BUS] = connectionString ? startRouteCacheBus({ connectionString, apply: applyLocally }) : null;
  return globalThis[BUS];
}

export default class RouteCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super(ctx);
    routeCacheBus();
  }

  // Next.js calls this for revalidateTag and revalidatePath (as tags) made in this process: apply
  // here as before, then tell the other instances.
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await routeCacheBus()?.publish(tags, durations);
  }

  async set(key, data, ctx) {
    if (isUncacheableResponse(data)) {
      // Next.js recorded the entry's lifetime just before calling this; forget it too.
      SharedCacheControls.cacheControls?.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }
}
