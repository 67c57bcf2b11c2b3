import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { busDatabaseUrl, EVERYTHING_TAG, startRouteCacheBus } from '@/lib/http/route-cache-bus.mjs';

// ADR 0030: route-cache invalidations between app instances through PostgreSQL NOTIFY, on the real
// database as the application role. Each bus stands for one instance.
type Applied = { tags: string[]; durations?: { expire?: number } };
const buses: ReturnType<typeof startRouteCacheBus>[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});

function instance(channel: string, applicationName?: string) {
  const applied: Applied[] = [];
  const bus = startRouteCacheBus({
    connectionString: process.env.APP_DATABASE_URL!,
    channel,
    applicationName,
    apply: (tags, durations) => applied.push({ tags, durations }),
    log: () => {},
  });
  buses.push(bus);
  return { bus, applied };
}

async function until(check: () => boolean, ms = 5_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const channel = () => `portal_route_cache_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

describe('route-cache bus', () => {
  it('listens on a direct URL when given one (LISTEN does not pass a transaction-mode PgBouncer), else as portal_app', () => {
    expect(busDatabaseUrl({ ROUTE_CACHE_DATABASE_URL: 'postgresql://d@h/x', APP_DATABASE_URL: 'postgresql://a@h/x' })).toBe('postgresql://d@h/x');
    expect(busDatabaseUrl({ APP_DATABASE_URL: 'postgresql://a@h/x' })).toBe('postgresql://a@h/x');
    expect(busDatabaseUrl({ DATABASE_URL: 'postgresql://owner:pw@h:5432/x' })).toBe('postgresql://portal_app@h:5432/x');
    expect(busDatabaseUrl({})).toBeNull();
  });

  it('an invalidation made on one instance is applied on the others, not echoed to itself', async () => {
    const name = channel();
    const a = instance(name);
    const b = instance(name);
    const c = instance(name);
    await Promise.all([a.bus.ready(), b.bus.ready(), c.bus.ready()]);
    const started = Date.now();
    await a.bus.publish(['public-disclosures'], { expire: 0 });
    await until(() => b.applied.length === 1 && c.applied.length === 1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(b.applied).toEqual([{ tags: ['public-disclosures'], durations: { expire: 0 } }]);
    expect(c.applied).toEqual([{ tags: ['public-disclosures'], durations: { expire: 0 } }]);
    await a.bus.publish('_N_T_/staff/layout', undefined);
    await until(() => b.applied.length === 2);
    expect(b.applied[1]).toEqual({ tags: ['_N_T_/staff/layout'], durations: undefined });
    expect(a.applied).toEqual([]);
  });

  it('after its connection is cut, an instance reconnects, expires everything once and sends what it could not', async () => {
    const name = channel();
    const a = instance(name, 'portal-route-cache-bus-cut');
    const b = instance(name);
    await Promise.all([a.bus.ready(), b.bus.ready()]);
    // Cut instance A's connection (what a PostgreSQL restart does to every instance), as the owner.
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'portal-route-cache-bus-cut' AND datname = current_database()`);
    } finally {
      await admin.end();
    }
    // Sent while down (or just before the bus noticed): kept, then delivered after reconnection.
    await a.bus.publish(['public-disclosures'], { expire: 0 });
    await until(() => b.applied.some((x) => x.tags.includes('public-disclosures')));
    // A may have missed notifications while it was down: it expired every cached page once. B,
    // which never lost its connection, did not.
    await until(() => a.applied.some((x) => x.tags.includes(EVERYTHING_TAG)));
    expect(a.applied).toEqual([{ tags: [EVERYTHING_TAG], durations: undefined }]);
    expect(b.applied).toEqual([{ tags: ['public-disclosures'], durations: { expire: 0 } }]);
  });
});
