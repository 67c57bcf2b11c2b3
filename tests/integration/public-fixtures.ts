import pg from 'pg';

// Raw rows for the public-site tests, written as the database owner (the triggers still compute
// content hashes and search bigrams). Only categories without a legal-review gate are PUBLISHED
// here; the gate itself is tested elsewhere.
export type RawDisclosure = {
  id: string;
  title: string;
  summary?: string;
  body?: string;
  status?: 'DRAFT' | 'SECRECY_CHECKED' | 'IN_REVIEW' | 'APPROVED' | 'PUBLISHED' | 'WITHDRAWN';
  category?: 'WORK_NEWS' | 'FUNCTIONS' | 'POLICY_INTERPRETATION' | 'ENFORCEMENT_PUBLICITY' | 'POLICY_REGULATION';
  publishedAt?: string | null;
  withdrawalReason?: string;
};

export async function ownerClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

export async function insertDisclosures(client: pg.Client, rows: RawDisclosure[]): Promise<void> {
  await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", roles, "updatedAt")
    VALUES ('fixture-author', 'fixture@example.invalid', '内部作者', 'x', ARRAY['EDITOR']::"Role"[], now()),
           ('fixture-checker', 'fixture-checker@example.invalid', '内部审查人', 'x', ARRAY['EDITOR']::"Role"[], now()) ON CONFLICT DO NOTHING`);
  for (const row of rows) {
    const status = row.status ?? 'PUBLISHED';
    const publishedAt = row.publishedAt === undefined ? (status === 'PUBLISHED' || status === 'WITHDRAWN' ? '2026-06-01T02:00:00Z' : null) : row.publishedAt;
    await client.query(
      `INSERT INTO "Disclosure" (id, category, "indexNumber", title, summary, body, "sourceDepartment", "formedOn", status,
         "requiresReview", "authorId", "secrecyCheckedById", "secrecyCheckedAt", "secrecyNote", "publishedAt", "withdrawnAt",
         "withdrawalReason", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, '区民政局办公室', '2026-05-28', $7, false, 'fixture-author', 'fixture-checker', now(),
         '内部保密审查意见：不得外传', $8, $9, $10, now())`,
      [
        row.id,
        row.category ?? 'WORK_NEWS',
        `TEST-${row.id}`,
        row.title,
        row.summary ?? '',
        row.body ?? '正文。',
        status,
        publishedAt,
        status === 'WITHDRAWN' ? '2026-06-03T02:00:00Z' : null,
        status === 'WITHDRAWN' ? (row.withdrawalReason ?? '原决定已变更') : null,
      ],
    );
  }
}
