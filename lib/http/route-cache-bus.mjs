// Coherence of the route cache across app instances (ADR 0030): every tag invalidation one
// instance makes (revalidateTag, and revalidatePath, which Next.js turns into tags) is sent on a
// PostgreSQL channel with NOTIFY; every instance LISTENs on a dedicated connection and applies it
// to its own in-memory tag state, so a withdrawal made through instance A stops being served by
// instance B within milliseconds.
//
// Failure model: the listening connection reconnects by itself (backoff up to 2 s). A notification
// sent while it was down is lost, so after every reconnection the instance expires every cached
// page once (the root layout tag every app page carries); invalidations it could not send are
// kept and sent once it is back. Plain JavaScript: imported by the route-cache handler at run time.
import crypto from 'node:crypto';
import pg from 'pg';

export const ROUTE_CACHE_CHANNEL = 'portal_route_cache';
// Every App Router page carries its root layout's implicit tag: expiring it expires every page.
export const EVERYTHING_TAG = '_N_T_/layout';
const MAX_BACKOFF_MS = 2_000;
const HEARTBEAT_MS = 10_000;

/**
 * ROUTE_CACHE_DATABASE_URL when set (a direct connection: LISTEN does not work through a
 * transaction-mode PgBouncer), else the URL the portal itself uses (lib/env.ts appDatabaseUrl,
 * repeated: this file cannot import TypeScript).
 * @param {Record<string, string | undefined>} [env]
 */
export function busDatabaseUrl(env = process.env) {
  if (env.ROUTE_CACHE_DATABASE_URL) return env.ROUTE_CACHE_DATABASE_URL;
  if (env.APP_DATABASE_URL) return env.APP_DATABASE_URL;
  if (!env.DATABASE_URL) return null;
  const url = new URL(env.DATABASE_URL);
  url.username = 'portal_app';
  url.password = '';
  return url.toString();
}

/**
 * @param {{ connectionString: string, apply: (tags: string[], durations?: { expire?: number }) => unknown,
 *   channel?: string, applicationName?: string, log?: (message: string) => void }} options
 */
export function startRouteCacheBus({ connectionString, apply, channel = ROUTE_CACHE_CHANNEL, applicationName = 'portal-route-cache-bus', log = (m) => console.warn(m) }) {
  const instance = crypto.randomUUID();
  /** @type {pg.Client | null} */
  let client = null;
  let connected = false;
  let closed = false;
  let everConnected = false;
  let backoff = 100;
  /** @type {NodeJS.Timeout | undefined} */
  let retryTimer;
  /** @type {NodeJS.Timeout | undefined} */
  let heartbeat;
  /** @type {string[]} */
  let pending = [];
  let lostLogged = false;
  /** @type {(() => void)[]} */
  let readyWaiters = [];

  function scheduleReconnect() {
    connected = false;
    clearInterval(heartbeat);
    const old = client;
    client = null;
    old?.removeAllListeners();
    old?.on('error', () => {});
    old?.end().catch(() => {});
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, backoff);
    retryTimer.unref?.();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  async function connect() {
    if (closed) return;
    const c = new pg.Client({ connectionString, keepAlive: true, application_name: applicationName });
    client = c;
    c.on('error', (error) => {
      if (!lostLogged) log(`[route-cache-bus] connection lost, reconnecting: ${error.message}`);
      lostLogged = true;
      if (client === c) scheduleReconnect();
    });
    c.on('end', () => {
      if (client === c) scheduleReconnect();
    });
    c.on('notification', (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const { from, tags, durations } = JSON.parse(message.payload);
        if (from === instance || !Array.isArray(tags)) return;
        void apply(tags, durations ?? undefined);
      } catch {
        // Not ours: ignore.
      }
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      if (!lostLogged) log(`[route-cache-bus] cannot listen, retrying: ${error instanceof Error ? error.message : String(error)}`);
      lostLogged = true;
      if (client === c) scheduleReconnect();
      return;
    }
    if (client !== c || closed) return;
    connected = true;
    backoff = 100;
    if (everConnected) {
      // Notifications may have been missed while the connection was down: drop every cached page once.
      void apply([EVERYTHING_TAG]);
      if (lostLogged) log('[route-cache-bus] reconnected; every cached page expires once');
    }
    everConnected = true;
    lostLogged = false;
    heartbeat = setInterval(() => {
      c.query('SELECT 1').catch(() => {});
    }, HEARTBEAT_MS);
    heartbeat.unref?.();
    const toSend = pending;
    pending = [];
    for (const payload of toSend) void send(payload);
    for (const resolve of readyWaiters) resolve();
    readyWaiters = [];
  }

  /** @param {string} payload */
  async function send(payload) {
    const c = client;
    if (!c || !connected) {
      pending.push(payload);
      return;
    }
    try {
      await c.query('SELECT pg_notify($1, $2)', [channel, payload]);
    } catch {
      pending.push(payload);
      if (client === c) scheduleReconnect();
    }
  }

  void connect();

  return {
    instance,
    /** Resolves once the instance listens (tests and the topology wait for it). */
    ready() {
      return connected ? Promise.resolve() : new Promise((resolve) => readyWaiters.push(resolve));
    },
    /** @param {string | string[]} tags @param {{ expire?: number } | undefined} durations */
    publish(tags, durations) {
      const list = typeof tags === 'string' ? [tags] : [...tags];
      if (list.length === 0) return Promise.resolve();
      return send(JSON.stringify({ from: instance, tags: list, durations: durations ?? null }));
    },
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      clearInterval(heartbeat);
      const c = client;
      client = null;
      connected = false;
      await c?.end().catch(() => {});
    },
  };
}
