// The floor: one node:http process, a pg pool of 10, HTML built from strings. Serves the same rows
// as the portal's list and search pages (same SQL, same search domain code), so the difference to
// Next.js is the framework's cost. Run: node --import tsx bench/floor.ts <port> <database url>
import http from 'node:http';
import pg from 'pg';
import { excerpt, highlight, parseSearchQuery, type Segment } from '@/lib/domain/search';
import { buildSearchSql, CANDIDATE_CAP, estimateSql, ESTIMATE_THRESHOLD } from '@/lib/queries/public/search-sql';

const [port = '3290', url = ''] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 10 });
// An idle connection closed by the server must not take the process down.
pool.on('error', (error) => console.error('pg pool:', error.message));

const SLUGS: Record<string, string> = {
  functions: 'FUNCTIONS',
  policies: 'POLICY_REGULATION',
  'normative-documents': 'NORMATIVE_DOCUMENT',
  interpretations: 'POLICY_INTERPRETATION',
  notices: 'NOTICE',
  enforcement: 'ENFORCEMENT_PUBLICITY',
  'work-news': 'WORK_NEWS',
  'annual-reports': 'ANNUAL_REPORT',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const marks = (segments: Segment[]) => segments.map((s) => (s.match ? `<mark>${esc(s.text)}</mark>` : esc(s.text))).join('');
const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${main}</main></body></html>`;

type Row = { id: string; title: string; indexNumber: string | null; publishedAt: Date };

async function list(slug: string, year: number | undefined, n: number): Promise<string | null> {
  const category = SLUGS[slug];
  if (!category) return null;
  const params: unknown[] = [category];
  let where = `status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND category = $1::"DisclosureCategory"`;
  if (year) {
    params.push(new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000), new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000));
    where += ` AND "publishedAt" >= $2 AND "publishedAt" < $3`;
  }
  // The page's 20 rows only, like the floor in docs/performance.md. (The portal's page also shows
  // the total and the years; it computes them once per cache fill, not per request.)
  const rows = await pool.query<Row>(
    `SELECT id, title, "indexNumber", "publishedAt" FROM "Disclosure" WHERE ${where}
     ORDER BY "publishedAt" DESC, id DESC LIMIT 20 OFFSET ${(n - 1) * 20}`,
    params,
  );
  const items = rows.rows
    .map((r) => `<li><a href="/disclosures/${esc(r.id)}">${esc(r.title)}</a><p>索引号：${esc(r.indexNumber ?? '')}</p><time>${day(r.publishedAt)}</time></li>`)
    .join('');
  return page(slug, `<ul>${items}</ul>`);
}

async function search(q: string, n: number): Promise<string> {
  const query = parseSearchQuery(q);
  if (!query) return page('站内搜索', '<p>请输入要查找的内容。</p>');
  let strategy: 'all' | 'recent' = 'recent';
  if (query.bigrams.length > 0) {
    const e = estimateSql(query);
    const { rows } = await pool.query(e.text, e.values);
    strategy = rows[0]['QUERY PLAN'][0].Plan['Plan Rows'] > ESTIMATE_THRESHOLD ? 'recent' : 'all';
  }
  const sql = buildSearchSql({ query, page: n, strategy });
  const { rows } = await pool.query(sql.text, sql.values);
  const total = Math.min(rows[0]?.total ?? 0, strategy === 'recent' ? CANDIDATE_CAP : Infinity);
  const items = rows
    .map(
      (r) =>
        `<li><h3><a href="/disclosures/${esc(r.id)}">${marks(highlight(r.title, query.terms))}</a></h3><p>${marks(highlight(excerpt(`${r.summary} ${r.body}`, query.terms), query.terms))}</p><time>${day(r.publishedAt)}</time></li>`,
    )
    .join('');
  return page(`“${q}”的搜索结果`, `<p>共找到 ${total} 条结果</p><ol>${items}</ol>`);
}

// The detail page (one published item) and the home page (the newest items of every column,
// eight each: what the portal's home lists), for the topology benchmark.
async function detail(id: string): Promise<string | null> {
  const { rows } = await pool.query<Row & { body: string; summary: string }>(
    `SELECT id, title, "indexNumber", "publishedAt", summary, body FROM "Disclosure" WHERE id = $1 AND status = 'PUBLISHED'`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return page(r.title, `<p>索引号：${esc(r.indexNumber ?? '')}</p><time>${day(r.publishedAt)}</time><p>${esc(r.summary)}</p><article>${esc(r.body)}</article>`);
}

async function home(): Promise<string> {
  const sections = await Promise.all(
    Object.entries(SLUGS).map(async ([slug, category]) => {
      const { rows } = await pool.query<Row>(
        `SELECT id, title, "indexNumber", "publishedAt" FROM "Disclosure" WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND category = $1::"DisclosureCategory"
         ORDER BY "publishedAt" DESC, id DESC LIMIT 8`,
        [category],
      );
      return `<section><h2><a href="/list/${slug}">${slug}</a></h2><ul>${rows.map((r) => `<li><a href="/disclosures/${esc(r.id)}">${esc(r.title)}</a><time>${day(r.publishedAt)}</time></li>`).join('')}</ul></section>`;
    }),
  );
  return page('法治民政', sections.join(''));
}

const server = http.createServer(async (req, res) => {
  try {
    const u = new URL(req.url ?? '/', 'http://floor');
    let html: string | null = null;
    const m = /^\/list\/([a-z-]+)(?:\/(all|\d{4}))?(?:\/(\d+))?$/.exec(u.pathname);
    if (m) html = await list(m[1]!, m[2] && m[2] !== 'all' ? Number(m[2]) : undefined, Number(m[3] ?? 1));
    else if (u.pathname === '/search') html = await search(u.searchParams.get('q') ?? '', Number(u.searchParams.get('page') ?? 1) || 1);
    else if (u.pathname.startsWith('/disclosures/')) html = await detail(decodeURIComponent(u.pathname.slice('/disclosures/'.length)));
    else if (u.pathname === '/') html = await home();
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'Not Found');
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(Number(port), '127.0.0.1', () => console.log(`floor listening on ${port}`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
