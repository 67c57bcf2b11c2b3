import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { disclosureContentSchema } from '@/lib/schemas/disclosure';
import { disclosureContentHash } from '@/lib/services/disclosure/approval-freshness';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { updateDraft } from '@/lib/services/disclosure/update-draft';
import { makeApprovedNotice, makeDraft, makeReviewer, secrecyChecker } from '../factories/disclosures';
import { makeUser } from '../factories/users';
import { contentHash } from '@/lib/domain/review/content-hash';

// Issue 13: the public detail page carries the catalogue metadata (索引号, 发布机构, 文号, 主题分类,
// 成文/发布日期, 有效性 for normative documents) and the previous/next item of its column.
let editor: Actor;
let reviewer: Actor;
const ids: Record<'older' | 'normative' | 'newer' | 'news', string> = { older: '', normative: '', newer: '', news: '' };

beforeAll(async () => {
  const db = getDb();
  editor = await makeUser(db, { roles: ['EDITOR', 'DIRECTOR'], name: '王编辑' });
  reviewer = await makeReviewer(db);
  const normative = (title: string, extra: object = {}) => makeApprovedNotice(db, editor, reviewer, { category: 'NORMATIVE_DOCUMENT', title, formedOn: '2026-02-10', ...extra });
  const older = await normative('市中区临时救助实施办法');
  const main = await normative('市中区养老服务补贴发放管理办法', {
    documentNumber: '市中民发〔2026〕3号',
    topic: '养老服务',
    validFrom: '2026-03-01',
    validUntil: '2031-02-28',
  });
  const newer = await normative('市中区困难残疾人生活补贴实施细则');
  await publishDisclosure(db, editor, { id: older.id }, new Date('2026-02-20T02:00:00Z'));
  await publishDisclosure(db, editor, { id: main.id }, new Date('2026-02-21T02:00:00Z'));
  await publishDisclosure(db, editor, { id: newer.id }, new Date('2026-02-22T02:00:00Z'));
  // Another column, published in between: not a neighbour.
  const news = await makeApprovedNotice(db, editor, reviewer, { title: '关于开展养老机构消防安全检查的通告' });
  await publishDisclosure(db, editor, { id: news.id }, new Date('2026-02-21T05:00:00Z'));
  Object.assign(ids, { older: older.id, normative: main.id, newer: newer.id, news: news.id });
});

describe('public detail metadata', () => {
  it('shows 文号, 主题分类 and 有效性 of a normative document as the staff form recorded them', async () => {
    const item = await getPublicDisclosure(ids.normative, new Date('2026-06-01T02:00:00Z'));
    expect(item).toMatchObject({
      state: 'published',
      sourceDepartment: '市中区民政局',
      formedOn: '2026-02-10',
      publishedOn: '2026-02-21',
      documentNumber: '市中民发〔2026〕3号',
      topic: '养老服务',
      validity: { name: '有效', validFrom: '2026-03-01', validUntil: '2031-02-28' },
    });
    expect(item?.indexNumber).toBeTruthy();
    expect((await getPublicDisclosure(ids.normative, new Date('2026-02-25T02:00:00Z')))?.validity?.name).toBe('尚未施行');
    expect((await getPublicDisclosure(ids.normative, new Date('2031-03-01T02:00:00Z')))?.validity?.name).toBe('失效');
    // Other categories have no validity.
    expect((await getPublicDisclosure(ids.news))?.validity).toBeNull();
  });

  it('links the previous (older) and next (newer) item of the same column', async () => {
    const item = await getPublicDisclosure(ids.normative);
    expect(item?.previous).toEqual({ id: ids.older, title: '市中区临时救助实施办法' });
    expect(item?.next).toEqual({ id: ids.newer, title: '市中区困难残疾人生活补贴实施细则' });
    expect((await getPublicDisclosure(ids.older))?.previous).toBeNull();
    expect((await getPublicDisclosure(ids.newer))?.next).toBeNull();
  });

  it('the content form sets 文号 and refuses a validity that ends before it starts', async () => {
    const db = getDb();
    const draft = await makeDraft(db, editor, { title: '关于做好冬季救助工作的通知' });
    const { disclosure } = await updateDraft(db, editor, {
      id: draft.id,
      expectedUpdatedAt: draft.updatedAt.toISOString(),
      category: 'NOTICE',
      title: draft.title,
      summary: draft.summary,
      body: draft.body,
      sourceDepartment: draft.sourceDepartment,
      formedOn: '2026-01-05',
      documentNumber: '市中民通〔2026〕1号',
      topic: '社会救助',
      // Only normative documents keep a validity.
      validFrom: '2026-01-05',
    });
    expect(disclosure).toMatchObject({ documentNumber: '市中民通〔2026〕1号', topic: '社会救助', validFrom: null });
    const refused = disclosureContentSchema.safeParse({
      category: 'NORMATIVE_DOCUMENT',
      title: 't',
      body: 'b',
      sourceDepartment: 's',
      formedOn: '2026-01-05',
      validFrom: '2026-03-01',
      validUntil: '2026-02-01',
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['validUntil']);
  });
});

describe('the 文号 and the validity are reviewed content', () => {
  it('an item without them keeps the hash it had before; with them the database and the application agree', async () => {
    const db = getDb();
    const plain = await makeDraft(db, editor, { title: '无文号的通告' });
    expect(plain.contentHash).toBe(contentHash([plain.category, plain.title, plain.summary, plain.body]));
    const withMeta = await makeDraft(db, editor, { category: 'NORMATIVE_DOCUMENT', title: '有文号的办法', documentNumber: '市中民发〔2026〕9号', validFrom: '2026-03-01' });
    expect(withMeta.contentHash).not.toBe(contentHash([withMeta.category, withMeta.title, withMeta.summary, withMeta.body]));
    expect(withMeta.contentHash).toBe(disclosureContentHash(withMeta, []));
  });

  it('changing the period of validity after the legal review needs a new review before publication', async () => {
    const db = getDb();
    const approved = await makeApprovedNotice(db, editor, reviewer, {
      category: 'NORMATIVE_DOCUMENT',
      title: '市中区特困人员认定办法',
      documentNumber: '市中民发〔2026〕5号',
      validFrom: '2026-04-01',
      validUntil: '2031-03-31',
    });
    const { disclosure } = await updateDraft(db, editor, {
      id: approved.id,
      expectedUpdatedAt: approved.updatedAt.toISOString(),
      category: 'NORMATIVE_DOCUMENT',
      title: approved.title,
      summary: approved.summary,
      body: approved.body,
      sourceDepartment: approved.sourceDepartment,
      formedOn: '2026-01-05',
      documentNumber: '市中民发〔2026〕5号',
      validFrom: '2026-04-01',
      validUntil: '2036-03-31',
    });
    expect(disclosure.status).toBe('DRAFT');
    await recordSecrecyCheck(db, await secrecyChecker(db), { id: approved.id, note: '不涉及国家秘密' });
    await expect(publishDisclosure(db, editor, { id: approved.id })).rejects.toThrow();
    expect((await db.disclosure.findUniqueOrThrow({ where: { id: approved.id } })).status).toBe('SECRECY_CHECKED');
  });
});
