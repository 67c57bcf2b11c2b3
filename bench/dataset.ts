// Synthetic disclosures for the benchmark: realistic Chinese titles, summaries and bodies built in
// SQL from fragment pools (one multi-row INSERT … SELECT generate_series, so 100k rows load in
// seconds; the table's trigger computes content hashes and search bigrams as in production).
import pg from 'pg';

const topics = [
  '养老服务',
  '社会救助',
  '殡葬改革',
  '社会组织登记',
  '婚姻登记',
  '流浪乞讨人员救助',
  '残疾人福利',
  '儿童福利',
  '慈善捐赠',
  '地名管理',
  '养老机构消防安全',
  '最低生活保障',
  '特困人员供养',
  '临时救助',
  '社区治理',
  '行政执法',
  '法治政府建设',
  '普法宣传',
  '政府信息公开',
  '双随机一公开',
  '居家养老',
  '老年人助餐',
  '困难群众帮扶',
  '退役军人优抚',
  '区划地名',
  '志愿服务',
  '未成年人保护',
  '养老护理员培训',
  '公益性公墓',
  '社工人才',
];
const actions = [
  ['关于开展', '专项检查的通知'],
  ['关于印发', '实施办法的通知'],
  ['关于做好', '工作的通知'],
  ['关于公布', '机构名单的公告'],
  ['关于调整', '标准的通知'],
  ['', '工作动态'],
  ['关于', '政策的解读'],
  ['关于征求', '意见的公告'],
  ['', '行政处罚决定公示'],
  ['关于进一步加强', '管理的意见'],
  ['', '工作情况通报'],
  ['', '年度工作总结'],
];
const sentences = [
  '为深入贯彻落实党中央、国务院决策部署，进一步规范全区民政工作，结合本区实际，制定本方案。',
  '区民政局会同区市场监管局、区消防救援大队对辖区养老机构开展联合检查，发现问题当场反馈并督促整改。',
  '各街道办事处要高度重视，明确责任分工，确保各项工作任务按时保质完成。',
  '根据区人民政府工作安排，现将有关事项通知如下，请认真贯彻执行。',
  '本次检查共出动执法人员二十余人次，检查养老机构十五家，下达整改通知书六份。',
  '坚持依法行政，严格落实行政执法公示、执法全过程记录、重大执法决定法制审核三项制度。',
  '进一步健全社会救助体系，做好困难群众基本生活保障工作，确保应保尽保、应救尽救。',
  '推进殡葬改革，倡导文明节俭治丧，清明节期间做好祭扫服务保障和安全管理工作。',
  '依法取缔非法社会组织，加强对社会组织的登记管理和事中事后监管。',
  '市民如有疑问，可在工作日上午九时至下午五时拨打咨询电话，或到区政务服务中心民政窗口咨询。',
  '本办法自发布之日起施行，有效期五年，由区民政局负责解释。',
  '加强养老护理员队伍建设，组织开展职业技能培训和等级认定，提升养老服务质量。',
  '区人民政府高度重视民生保障工作，将其列入年度重点任务，定期听取工作汇报。',
  '对检查中发现的消防安全隐患，责令限期整改，并组织开展回头看，确保整改到位。',
  '做好流浪乞讨人员救助管理工作，寒冬时节开展专项救助行动，确保受助人员安全温暖过冬。',
  '开展“谁执法谁普法”主题宣传活动，发放宣传资料一万五千余份，接受群众咨询三百余人次。',
  '健全最低生活保障标准动态调整机制，城乡低保标准按照规定程序调整并向社会公布。',
  '推进婚姻登记“跨省通办”，为群众提供更加便捷高效的登记服务。',
  '严格执行政府信息公开条例，依法及时准确公开政府信息，保障公众的知情权和监督权。',
  '落实养老机构等级评定制度，对评定结果实行动态管理并在门户网站公示。',
  '完善儿童福利和未成年人保护工作机制，加强农村留守儿童和困境儿童关爱服务。',
  '依法规范慈善募捐活动，加强对慈善组织的信息公开和监督检查。',
  '全面推行行政执法责任制，健全执法人员资格管理和培训考核制度。',
  '组织开展地名文化保护工作，规范地名标志设置，推进地名信息化建设。',
];
const departments = ['区民政局办公室', '区民政局社会救助科', '区民政局养老服务科', '区民政局社会组织管理科', '区民政局政策法规科', '区民政局社会事务科'];

const sqlArray = (items: string[]) => `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]::text[]`;

// Category mix of a district site: much work news and enforcement publicity, few annual reports.
const categoryCase = `CASE
  WHEN i % 100 < 35 THEN 'WORK_NEWS' WHEN i % 100 < 45 THEN 'POLICY_REGULATION'
  WHEN i % 100 < 52 THEN 'POLICY_INTERPRETATION' WHEN i % 100 < 58 THEN 'NORMATIVE_DOCUMENT'
  WHEN i % 100 < 60 THEN 'FUNCTIONS' WHEN i % 100 < 75 THEN 'NOTICE'
  WHEN i % 100 < 98 THEN 'ENFORCEMENT_PUBLICITY' ELSE 'ANNUAL_REPORT' END::"DisclosureCategory"`;

export type LoadOptions = { count: number; unpublished?: number; connections?: number };

// Inserts `count` PUBLISHED disclosures (publishedAt spread over ten years up to 2026-11) and
// `unpublished` drafts/withdrawn ones, as the database owner, in a scratch database.
// Two shortcuts, both for load speed only, both checked afterwards (verifyLoadedRows):
// - the row trigger is disabled during the load and the INSERT computes the same content hash and
//   search bigrams itself: the migration's cjk_bigrams() is quadratic in the text length
//   (~9 ms for a 450-character row, 48 s for 17,000 characters), which would make 100k rows take
//   15 minutes; the INSERT uses a linear formulation of the same function;
// - with the trigger off, the legal-review gate is off too: these synthetic rows have no reviews.
export async function loadDisclosures(connectionString: string, options: LoadOptions): Promise<void> {
  const { count, unpublished = 0, connections = 2 } = options;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(`INSERT INTO "User" (id, email, name, "passwordHash", roles, "updatedAt")
      VALUES ('bench-author', 'bench@example.invalid', '基准作者', 'x', ARRAY['EDITOR']::"Role"[], now()) ON CONFLICT DO NOTHING`);
    await admin.query('ALTER TABLE "Disclosure" DISABLE TRIGGER USER');
    // One GIN build after the load is much faster than maintaining the index row by row.
    await admin.query('DROP INDEX IF EXISTS "Disclosure_searchBigrams_idx"');
    const total = count + unpublished;
    const batch = 5_000;
    const ranges: [number, number][] = [];
    for (let from = 1; from <= total; from += batch) ranges.push([from, Math.min(from + batch - 1, total)]);
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const client = new pg.Client({ connectionString });
        await client.connect();
        try {
          for (let range = ranges.shift(); range; range = ranges.shift()) await client.query(insertSql(range[0], range[1], count + 1));
        } finally {
          await client.end();
        }
      }),
    );
    await admin.query("SET maintenance_work_mem = '256MB'");
    await admin.query('CREATE INDEX "Disclosure_searchBigrams_idx" ON "Disclosure" USING GIN ("searchBigrams")');
  } finally {
    await admin.query('ALTER TABLE "Disclosure" ENABLE TRIGGER USER');
    await admin.query('ANALYZE "Disclosure"');
    await admin.end();
  }
}

// The loaded rows must equal what the production trigger computes: checked on a sample.
export async function verifyLoadedRows(client: pg.Client, sample = 300): Promise<void> {
  const { rows } = await client.query(`SELECT count(*)::int AS bad FROM (
      SELECT * FROM "Disclosure" ORDER BY md5(id) LIMIT ${sample}) AS d,
      LATERAL (SELECT cjk_bigrams(concat_ws(' ', title, summary, body)) AS expected) AS b
    WHERE NOT ("searchBigrams" @> b.expected AND b.expected @> "searchBigrams")
       OR "contentHash" <> encode(sha256(convert_to(concat_ws(E'\\x1f', category::text, title, summary, body), 'UTF8')), 'hex')`);
  if (rows[0].bad !== 0) throw new Error(`${rows[0].bad} loaded rows differ from what the trigger computes`);
}

function insertSql(from: number, to: number, firstUnpublished: number): string {
  const t = sqlArray(topics);
  const pre = sqlArray(actions.map((a) => a[0]!));
  const post = sqlArray(actions.map((a) => a[1]!));
  const s = sqlArray(sentences);
  const d = sqlArray(departments);
  const nt = topics.length,
    na = actions.length,
    ns = sentences.length,
    nd = departments.length;
  // publishedAt: newest first by id, about 52 minutes apart (UTC, as Prisma stores it).
  return `
  INSERT INTO "Disclosure" (id, category, "indexNumber", title, summary, body, "sourceDepartment", "formedOn",
    status, "requiresReview", "contentHash", "searchBigrams", "authorId", "secrecyCheckedById", "secrecyCheckedAt",
    "secrecyNote", "publishedAt", "withdrawnAt", "withdrawalReason", "updatedAt")
  SELECT 'bench' || lpad(i::text, 7, '0'), cat,
    '11370102MB28' || lpad((i % 99991)::text, 6, '0') || '/' || extract(year FROM pub)::int || '-' || lpad(i::text, 6, '0'),
    title, summary, body, (${d})[1 + i % ${nd}], (pub AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date - (i % 5),
    st, cat IN ('NOTICE', 'NORMATIVE_DOCUMENT', 'ANNUAL_REPORT'),
    encode(sha256(convert_to(concat_ws(E'\\x1f', cat::text, title, summary, body), 'UTF8')), 'hex'), b.bigrams,
    'bench-author', 'bench-author', pub, '保密审查备注（内部）',
    CASE WHEN st IN ('PUBLISHED', 'WITHDRAWN') THEN pub END,
    CASE WHEN st = 'WITHDRAWN' THEN pub + interval '3 days' END,
    CASE WHEN st = 'WITHDRAWN' THEN '原决定已依法变更，撤回公示。' END, pub
  FROM (
    SELECT i, ${categoryCase} AS cat,
      CASE WHEN i < ${firstUnpublished} THEN 'PUBLISHED' WHEN i % 3 = 0 THEN 'WITHDRAWN' ELSE 'DRAFT' END::"DisclosureStatus" AS st,
      timestamp '2026-11-20 01:00' - (i * interval '52 minutes') - ((i % 7) * interval '1 hour') AS pub,
      title, title || '。' || (${s})[1 + (i * 7) % ${ns}] AS summary,
      (${s})[1 + (i * 3) % ${ns}] || (${s})[1 + (i * 5 + 1) % ${ns}] || E'\\n\\n' ||
      (${s})[1 + (i * 11 + 2) % ${ns}] || (${s})[1 + (i * 13 + 3) % ${ns}] || E'\\n\\n' ||
      (${s})[1 + (i * 17 + 4) % ${ns}] || (${s})[1 + (i * 19 + 5) % ${ns}] ||
      CASE WHEN i % 997 = 0 THEN '本年度首次引入适老化改造补贴。' ELSE '' END AS body
    FROM (
      SELECT i, (${pre})[1 + (i * 7) % ${na}]
        || (CASE WHEN i % 4 = 0 THEN extract(year FROM timestamp '2026-11-20' - (i * interval '52 minutes'))::int || '年' ELSE '' END)
        || (${t})[1 + (i * 13) % ${nt}] || (${post})[1 + (i * 7) % ${na}] AS title
      FROM generate_series(${from}, ${to}) AS i
    ) AS g
  ) AS x
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(DISTINCT bg), '{}') AS bigrams
    FROM (SELECT ch || lead(ch) OVER (ORDER BY n) AS bg
          FROM unnest(string_to_array(lower(regexp_replace(concat_ws(' ', title, summary, body), '\\s+', ' ', 'g')), NULL))
            WITH ORDINALITY AS u(ch, n)) AS p
    WHERE bg IS NOT NULL
  ) AS b`;
}
