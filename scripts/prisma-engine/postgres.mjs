// PostgreSQL side of the schema-engine stand-in: connection settings, the driver-adapter factory
// handed to the WASM engine, and the two `cli` sub-commands that run before the engine starts.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

// pg's own URL parser, resolved through pg so it is the copy pg itself uses.
const require = createRequire(import.meta.url);
const { parse } = createRequire(require.resolve('pg'))('pg-connection-string');

// The schema describer selects Postgres' internal "char" type (OID 18), which adapter-pg 7.x cannot
// deserialize. Its text form is a plain string, so report such columns as text (OID 25).
const addFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

const quote = (name) => pg.escapeIdentifier(name);

/** A parsed pg config (never a connection string: in pg a string would override `database`). */
export function pgConfig(url) {
  const { schema, ...config } = parse(url);
  // Prisma's `?schema=` must become the connection's search_path, or unqualified statements such as
  // the creation of `_prisma_migrations` land in `public`.
  if (schema) config.options = `${config.options ?? ''} -c search_path=${quote(schema).replace(/ /g, '\\ ')}`.trim();
  return { config, schema: schema || 'public', adapterOptions: schema ? { schema } : undefined };
}

/** The native engine sends each migration as one simple-protocol query; adapter-pg splits the script
 *  on every `;`, which breaks function bodies and string literals. Restore whole-script execution. */
function wholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error); // rethrows as a DriverAdapterError the engine understands
    }
  };
  return adapter;
}

const connect = async ({ config, adapterOptions }) => wholeScripts(await new PrismaPg(config, adapterOptions).connect());
const sameDatabase = (a, b) => a.host === b.host && String(a.port ?? 5432) === String(b.port ?? 5432) && a.database === b.database;

/** The adapter factory for the WASM engine, from the CLI's `--datasource` ({ url, shadowDatabaseUrl? }). */
export function adapterFactory({ url, shadowDatabaseUrl }) {
  if (!url) throw new Error('No datasource URL: set datasource.url in prisma.config.ts (DATABASE_URL).');
  const main = pgConfig(url);
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connect(main),
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        const shadow = pgConfig(shadowDatabaseUrl);
        if (sameDatabase(shadow.config, main.config)) {
          throw new Error('The shadow database URL names the main database; it must be a separate database.');
        }
        // The native engine wipes a configured shadow database before use; the WASM engine does not,
        // so a second `migrate dev` would replay migrations onto leftovers (P3006).
        const adapter = await connect(shadow);
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${quote(shadow.schema)} CASCADE; CREATE SCHEMA ${quote(shadow.schema)}`);
        return adapter;
      }
      // A temporary database next to the main one. adapter-pg's own connectToShadowDb drops it while
      // its pool is still connected ("being accessed by other users"): close the pool first, then drop.
      const database = `prisma_migrate_shadow_db_${randomUUID()}`;
      const admin = await connect(main);
      await admin.executeScript(`CREATE DATABASE ${quote(database)}`);
      const adapter = await connect({ ...main, config: { ...main.config, database } });
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        try {
          await admin.executeScript(`DROP DATABASE IF EXISTS ${quote(database)} WITH (FORCE)`);
        } finally {
          await admin.dispose();
        }
      };
      return adapter;
    },
  });
}

/** Runs `fn` with a client on `database` (default: the URL's own), then closes it. */
async function withClient(url, fn, database) {
  const { config } = pgConfig(url);
  const client = new pg.Client(database ? { ...config, database } : config);
  await client.connect();
  try {
    return await fn(client, config);
  } finally {
    await client.end();
  }
}

export const canConnect = (url) => withClient(url, () => undefined);

export const createDatabase = (url) =>
  withClient(
    url,
    async (client) => {
      const { database } = pgConfig(url).config;
      await client.query(`CREATE DATABASE ${quote(database)}`);
      return database;
    },
    'postgres',
  );

/** Maps a connection failure to the error codes the CLI acts on (P1003 makes it create the database). */
export function connectionError(error, url) {
  const { host = 'localhost', port = 5432, database, user } = pgConfig(url).config;
  const at = `\`${host}:${port}\``;
  if (error.code === '3D000') return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at ${at}.` };
  if (error.code === '28P01' || error.code === '28000') {
    return { error_code: 'P1000', message: `Authentication failed against database server at ${at}, the provided database credentials for \`${user}\` are not valid.` };
  }
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOENT'].includes(error.code)) {
    return { error_code: 'P1001', message: `Can't reach database server at ${at}\n\nPlease make sure your database server is running at ${at}.` };
  }
  return { message: error.message };
}
