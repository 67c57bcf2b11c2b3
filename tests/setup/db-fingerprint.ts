import pg from 'pg';

// A fingerprint of every table of the test database (row count and a hash of every row), read as
// the owner through information_schema: comparing two fingerprints shows any INSERT, UPDATE or
// DELETE anywhere, by table. Test databases are small, so hashing every row is cheap.
let client: pg.Client | null = null;
let query: string | null = null;

async function connect(): Promise<pg.Client> {
  if (client) return client;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (tests/setup/worker-db.ts sets it)');
  client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

export async function tableFingerprint(): Promise<Record<string, string>> {
  const db = await connect();
  if (!query) {
    const tables = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
        ORDER BY table_name`,
    );
    query = tables.rows
      .map(({ table_name: name }) => {
        const quoted = `"${name.replace(/"/g, '""')}"`;
        return `SELECT '${name.replace(/'/g, "''")}' AS t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS f FROM ${quoted} x`;
      })
      .join(' UNION ALL ');
  }
  const result = await db.query<{ t: string; f: string }>(query);
  return Object.fromEntries(result.rows.map((row) => [row.t, row.f]));
}

/** The tables whose fingerprint differs between two snapshots (empty when nothing was written). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort();
}

export async function closeFingerprint(): Promise<void> {
  await client?.end();
  client = null;
  query = null;
}
