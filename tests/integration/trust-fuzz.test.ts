import fc from 'fast-check';
import { redirect } from 'next/navigation';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import DisclosurePage from '@/app/(public)/disclosures/[id]/page';
import { GET as feed } from '@/app/(public)/feeds/[slug]/route';
import { parseListFilter } from '@/app/(public)/_lib/list-params';
import { createDisclosureAction, updateDisclosureAction } from '@/app/(staff)/staff/disclosures/actions';
import { fileCaseAction } from '@/app/(staff)/staff/cases/actions';
import { recordActivityAction } from '@/app/(staff)/staff/publicity/actions';
import { updateSettingAction } from '@/app/(staff)/staff/admin/settings/actions';
import { decideReviewAction } from '@/app/(staff)/staff/reviews/actions';
import { initialActionState, type ActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { SETTING_DEFAULTS } from '@/lib/domain/settings/defaults';
import { messages } from '@/lib/i18n/messages';
import { lookupPublicOfficer, listPublicOfficers } from '@/lib/queries/officers/public-officers';
import { categoryBySlug } from '@/lib/queries/public/categories';
import { listCategory, newestPublished, publicationYears } from '@/lib/queries/public/lists';
import { searchPublished } from '@/lib/queries/public/search';
import { getPublicDisclosure } from '@/lib/queries/public/detail';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { submitForReview } from '@/lib/services/review/submit-for-review';
import { DISCLOSURE_CATEGORIES } from '@/lib/domain/disclosure/categories';
import { actAs } from '../setup/act-as';
import { changedTables, closeFingerprint, tableFingerprint } from '../setup/db-fingerprint';
import { discoverSchemas, hostileString, hostileValue, inputKeys, INTERNAL_TEXT, plausible, shapeProblem, type AnySchema } from '../setup/fuzz';
import { checkAndSubmit, decide, makeDraft, noticeInput } from '../factories/disclosures';
import { caseFields } from '../factories/enforcement';
import { makeOfficer } from '../factories/officers';
import { decisionFields, makeQualifiedReviewer } from '../factories/review';
import { ensureAdmin, makeUser } from '../factories/users';

// Property-based fuzzing (issue 10, "tests that find the next gap"): every zod input schema, a
// selection of server actions fed random form data as a user who is allowed, and the public query
// parameters. Bounded runs: the file must stay well under a minute on a loaded machine.

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('next/navigation', () => ({
  redirect: vi.fn(),
  notFound: vi.fn(() => {
    throw new Error('NEXT_NOT_FOUND');
  }),
}));

const RUNS = 50;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

type World = { admin: Actor; editor: Actor; director: Actor; officer: Actor; reviewer: Actor; zhang: string; li: string; draftId: string; reviewId: string };
let w: World;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  const db = getDb();
  const admin = await ensureAdmin(db);
  const editor = await makeUser(db, { roles: ['EDITOR'], name: '模糊编辑' });
  const director = await makeUser(db, { roles: ['DIRECTOR'], name: '模糊局长' });
  const officer = await makeUser(db, { roles: ['OFFICER'], name: '模糊办案' });
  const reviewer = await makeQualifiedReviewer(db, { name: '模糊法审' });
  const zhang = (await makeOfficer(db, admin, { name: '模糊办案', userId: officer.id })).id;
  const li = (await makeOfficer(db, admin, { name: '模糊同事', certificates: [{}, { validTo: '2021-12-31' }] })).id;
  const draftId = (await makeDraft(db, editor, { title: '模糊草稿' })).id;
  const pending = await makeDraft(db, editor, { title: '模糊待审' });
  const reviewId = (await checkAndSubmit(db, editor, pending.id)).id;
  w = { admin, editor, director, officer, reviewer, zhang, li, draftId, reviewId };
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await closeFingerprint();
  expect(unhandled).toEqual([]);
});

// ── (a) every zod schema ───────────────────────────────────────────────────────────────────────
const schemas = await discoverSchemas();
const acceptedBySchema = new Map<string, number>();

describe('(a) every exported zod schema of lib/schemas, fed hostile input', () => {
  it('finds the schemas', () => {
    expect(schemas.length).toBeGreaterThan(60);
  });

  it.each(schemas)('%s: safeParse never throws, and what it accepts has the declared shape', (_name, schema: AnySchema) => {
    const keys = inputKeys(schema);
    const withExtras = fc
      .tuple(plausible(schema), fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }))
      .map(([a, b]) => (typeof a === 'object' && a !== null && !Array.isArray(a) ? { ...b, ...a } : a));
    const hostileObject = fc.record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] });
    const input = fc.oneof({ arbitrary: withExtras, weight: 4 }, { arbitrary: hostileObject, weight: 2 }, { arbitrary: hostileValue, weight: 1 });
    let accepted = 0;
    fc.assert(
      fc.property(input, (value) => {
        const result = schema.safeParse(value);
        if (result.success) {
          accepted += 1;
          expect(shapeProblem(schema, result.data)).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
    acceptedBySchema.set(_name, accepted);
  });

  // The few that random values cannot satisfy (indexed or cross-field form schemas: fileCase, decideReview…) are
  // reached with valid templates in (b).
  it('reaches acceptance for at least 90% of the schemas (so the shape check is exercised)', () => {
    const never = [...acceptedBySchema].filter(([, count]) => count === 0).map(([name]) => name);
    expect(never.length, `never accepted: ${never.join(', ')}`).toBeLessThan(schemas.length / 10);
  });
});

// ── (b) server actions fed random form data ────────────────────────────────────────────────────
type Template = Record<string, string | string[]>;

/**
 * Form data from a valid template: either one or two fields changed (replaced by hostile text,
 * HTML appended, sent twice, or dropped) so that most runs reach the service, or every field
 * changed at random; plus stray fields.
 */
function formFrom(template: () => Template): fc.Arbitrary<FormData> {
  const keys = Object.keys(template());
  type Change = 'drop' | string | string[] | { append: string };
  const change: fc.Arbitrary<Change> = fc.oneof(
    { arbitrary: fc.constant<Change>('drop'), weight: 1 },
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>').map((append) => ({ append })), weight: 3 },
    { arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }), weight: 1 },
  );
  const few = fc.uniqueArray(fc.tuple(fc.constantFrom(...keys), change), { maxLength: 2, selector: ([key]) => key });
  const many = fc
    .record(Object.fromEntries(keys.map((key) => [key, fc.option(change, { freq: 2 })])))
    .map((record) => Object.entries(record).flatMap(([key, value]) => (value === null ? [] : [[key, value] as [string, Change]])));
  return fc.tuple(fc.oneof({ arbitrary: few, weight: 3 }, { arbitrary: many, weight: 1 }), fc.dictionary(hostileString, hostileString, { maxKeys: 2 })).map(([changes, extra]) => {
    const fields: Record<string, string | string[]> = { ...template() };
    for (const [key, value] of changes) {
      if (value === 'drop') delete fields[key];
      else if (typeof value === 'object' && !Array.isArray(value)) fields[key] = `${String(fields[key])}${value.append}`;
      else fields[key] = value;
    }
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
    for (const [key, value] of Object.entries(extra)) data.append(key, value);
    return data;
  });
}

/** The template with a NUL character inside every field (PostgreSQL cannot store one in text). */
function withNul(template: () => Template): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(template())) for (const item of Array.isArray(value) ? value : [value]) data.append(key, `${item.slice(0, 1)}\u0000${item.slice(1)}`);
  return data;
}

const shown = (state: ActionState) => [state.message ?? '', ...Object.values(state.fieldErrors ?? {}).flat()].join('\n');

type Target = {
  name: string;
  actor: () => Actor;
  action: (previous: ActionState, data: FormData) => Promise<ActionState>;
  template: () => Template;
  /** The tables a success must have written (its row and its audit row). */
  writes: string[];
};

const today = new Date().toISOString().slice(0, 10);
const TARGETS: Target[] = [
  {
    name: 'createDisclosureAction (EDITOR)',
    actor: () => w.editor,
    action: createDisclosureAction,
    template: () => ({ ...noticeInput(), formedOn: today }) as Template,
    writes: ['Disclosure', 'AuditEvent'],
  },
  {
    name: 'updateDisclosureAction (EDITOR)',
    actor: () => w.editor,
    action: updateDisclosureAction,
    template: () => ({ ...noticeInput(), id: w.draftId, expectedUpdatedAt: '$VERSION' }) as Template,
    writes: ['Disclosure', 'AuditEvent'],
  },
  {
    name: 'fileCaseAction (OFFICER)',
    actor: () => w.officer,
    action: fileCaseAction,
    template: () => caseFields({ zhang: w.zhang, li: w.li }, { filedOn: today }),
    writes: ['EnforcementCase', 'CaseStep', 'AuditEvent'],
  },
  {
    name: 'recordActivityAction (EDITOR)',
    actor: () => w.editor,
    action: recordActivityAction,
    template: () => ({ kind: 'OFFLINE_EVENT', title: '宪法宣传周进社区', heldOn: today, place: '社区广场', audience: '社区居民', leaflets: '200', reach: '300' }),
    writes: ['PublicityActivity', 'AuditEvent'],
  },
  {
    name: 'updateSettingAction (ADMIN)',
    actor: () => w.admin,
    action: updateSettingAction,
    template: () => ({ key: Object.keys(SETTING_DEFAULTS)[0]!, value: String(Object.values(SETTING_DEFAULTS)[0]!.value) }),
    writes: ['Setting', 'AuditEvent'],
  },
  {
    name: 'decideReviewAction (LEGAL_REVIEWER)',
    actor: () => w.reviewer,
    action: decideReviewAction,
    template: () => decisionFields(w.reviewId, 'RETURNED', { opinion: '请补充依据', checklist: 'DISCLOSURE' }),
    writes: ['LegalReview', 'AuditEvent'],
  },
];

describe('(b) server actions fed random form data, as a user who is allowed', () => {
  it.each(TARGETS.map((target) => [target.name, target] as const))(
    '%s: returns a result, shows no internal text, writes a whole row with its audit row or nothing',
    async (_name, target) => {
      await actAs(target.actor());
      let successes = 0;
      await fc.assert(
        fc.asyncProperty(formFrom(target.template), async (data) => {
          if (data.get('expectedUpdatedAt') === '$VERSION') {
            const row = await getDb().disclosure.findUniqueOrThrow({ where: { id: w.draftId }, select: { updatedAt: true } });
            data.set('expectedUpdatedAt', row.updatedAt.toISOString());
          }
          const before = await tableFingerprint();
          const state = await target.action(initialActionState, data);
          const written = changedTables(before, await tableFingerprint());
          expect(typeof state.ok).toBe('boolean');
          expect(shown(state)).not.toMatch(INTERNAL_TEXT);
          expect(shown(state)).not.toContain(messages.errors.internal);
          if (state.ok) {
            successes += 1;
            // A change is written whole, with its audit row; an update that changes nothing writes nothing.
            if (written.length > 0) for (const table of target.writes) expect(written, `a success of ${target.name} must write ${table}`).toContain(table);
          } else {
            expect(written, `a refusal of ${target.name} wrote`).toEqual([]);
          }
        }),
        { numRuns: RUNS, examples: [[withNul(target.template)]] },
      );
      // The template is valid: the fuzzing must reach the service, not only the schema.
      expect(successes).toBeGreaterThan(0);
    },
  );

  it('renders a published item whose fields held HTML as text: the public detail page and the Atom feed carry no markup from it', async () => {
    const db = getDb();
    const payload = fc.string({ unit: fc.constantFrom(...'<>"\'&/= ;:()[]!#*-_`abcxyz中文字\n'.split('')), minLength: 1, maxLength: 30 });
    const attack = fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "'><svg onload=alert(1)>",
      '[点我](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '</title><iframe src=//evil>',
    );
    const field = fc.tuple(payload, attack, payload).map(([a, b, c]) => `${a}${b}${c}`);
    await actAs(w.editor);
    await fc.assert(
      fc.asyncProperty(field, field, field, async (title, summary, body) => {
        vi.mocked(redirect).mockClear();
        const data = new FormData();
        for (const [key, value] of Object.entries({ ...noticeInput(), title: `通告${title}`.slice(0, 200), summary, body, formedOn: today })) data.append(key, value);
        const state = await createDisclosureAction(initialActionState, data);
        expect(state.ok, state.message).toBe(true);
        const id = String(vi.mocked(redirect).mock.calls[0]?.[0]).split('/').pop()!;
        await recordSecrecyCheck(db, w.director, { id, note: '不涉及国家秘密' });
        const review = await submitForReview(db, w.editor, { subjectType: 'DISCLOSURE', subjectId: id });
        await decide(db, w.reviewer, review.id, 'APPROVED');
        await publishDisclosure(db, w.editor, { id });
        const stored = await getPublicDisclosure(id);
        expect(stored?.title).toBe(`通告${title}`.slice(0, 200).trim());
        const html = renderToStaticMarkup(await DisclosurePage({ params: Promise.resolve({ id }) }));
        expect(html).toContain(stored!.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;'));
        expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
        expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
        expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
        const xml = await (await feed(new Request('http://localhost:3000/feeds/all'), { params: Promise.resolve({ slug: 'all' }) })).text();
        expect(xml).not.toMatch(/<(script|img|svg|iframe|a)\b/i);
        expect(xml).toContain(`<title>${stored!.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;')}</title>`);
      }),
      { numRuns: 8 },
    );
  });
});

// ── (c) public query parameters ────────────────────────────────────────────────────────────────
describe('(c) public queries with arbitrary parameters', () => {
  const page = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -1, 1e9), hostileString.map(Number));

  it('search (q, page) never throws and answers within its page bounds', async () => {
    // Names of Object.prototype members once reached a plain-object lookup (lib/domain/search/compounds.ts).
    for (const q of ['constructor', '__proto__', 'toString', 'hasOwnProperty', '民政 constructor']) await searchPublished(q, 1);
    // Issue 10: /search?q=%00%00 answered HTTP 500.
    for (const q of ['\u0000\u0000', '民政\u0000']) await searchPublished(q, 1);
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.constant(null), fc.constant(undefined)), page, async (q, p) => {
        const results = await searchPublished(q, p);
        expect(results.page).toBeGreaterThanOrEqual(1);
        expect(results.hits.length).toBeLessThanOrEqual(results.total);
      }),
      { numRuns: RUNS },
    );
  });

  it('the officers look-up (q) never throws and only answers an exact name or certificate number', async () => {
    const all = await listPublicOfficers(getDb());
    expect(all.length).toBeGreaterThan(0);
    const known = fc.constantFrom(...all.map((c) => c.certificateNumber), ...all.map((c) => c.name), '%%', '%', '_%', 'T-%', '模糊%', '模糊__');
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, known), async (q) => {
        const found = await lookupPublicOfficer(getDb(), q);
        const wanted = q.trim();
        for (const certificate of found) {
          const exact = certificate.name === wanted || certificate.certificateNumber.toLowerCase() === wanted.toLowerCase();
          expect(exact, `"${q}" answered ${certificate.name} ${certificate.certificateNumber}`).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('list pages (category slug, then year and page parsed from the path as the page does) never throw', async () => {
    const parts = fc.array(fc.oneof(hostileString, fc.constantFrom('all', '2026', '2025', '1900', '2199', '2', '99999', '0', '01')), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.constantFrom('notices', 'all', 'constructor', '__proto__')), parts, async (slug, path) => {
        const category = categoryBySlug(slug);
        const filter = parseListFilter(path);
        if (filter) await listCategory({ category: category?.category, year: filter.year, page: filter.page });
        await publicationYears(category?.category);
      }),
      { numRuns: RUNS },
    );
    for (const category of DISCLOSURE_CATEGORIES) await newestPublished({ category, take: 5 });
  });
});
