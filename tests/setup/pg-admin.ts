import pg from 'pg';

// The superuser connection tests use to create and drop their scratch databases.
export const ADMIN_URL = process.env.TEST_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(options: { database: string; user?: string }): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${options.database}`;
  if (options.user) {
    url.username = options.user;
    url.password = '';
  }
  return url.toString();
}

export async function adminQuery(sql: string, database?: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: database ? databaseUrl({ database }) : ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
