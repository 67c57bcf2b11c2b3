import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addWatchedOrganisationAction, setWatchStatusAction } from '@/app/(staff)/staff/watchlist/actions';
import { getDb } from '@/lib/db';
import { messages } from '@/lib/i18n/messages';
import { listPublishedExposures, listWatchedOrganisations } from '@/lib/queries/evidence/watchlist';
import { publishDisclosure } from '@/lib/services/disclosure/publish-disclosure';
import { recordSecrecyCheck } from '@/lib/services/disclosure/record-secrecy-check';
import { onBanCaseClosed } from '@/lib/services/enforcement/watchlist-exposure';
import { addWatchedOrganisation } from '@/lib/services/enforcement/watchlist';
import { actAs, form } from '../setup/act-as';
import { makeEvidenceCase, makeEvidenceWorld, type EvidenceWorld } from '../factories/evidence';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock('@/lib/public-cache', () => ({ refreshPublicDisclosures: vi.fn() }));

const db = () => getDb();
const t = messages.evidence.watchlist;
let world: EvidenceWorld;

const counts = async () => {
  const [watched, disclosures, audit] = await Promise.all([db().watchedOrganisation.count(), db().disclosure.count(), db().auditEvent.count()]);
  return { watched, disclosures, audit };
};
const entry = (overrides: Record<string, string> = {}) =>
  form({ name: '中华国学总会', source: '群众举报', sourceDetail: '12345热线', notedOn: '2026-01-02', note: '收取会费', ...overrides });

beforeAll(async () => {
  world = await makeEvidenceWorld(db());
});

describe('illegal social organisation watch list', () => {
  it('an officer adds a lead and changes its status, with audit rows', async () => {
    await actAs(world.officer);
    const before = await counts();
    expect(await addWatchedOrganisationAction({ ok: false }, entry())).toEqual({ ok: true, message: t.added });
    const row = await db().watchedOrganisation.findFirstOrThrow({ where: { name: '中华国学总会' } });
    expect(row).toMatchObject({ source: '群众举报', sourceDetail: '12345热线', status: 'SUSPECTED', createdById: world.officer.id });
    expect(await setWatchStatusAction({ ok: false }, form({ watchedOrganisationId: row.id, status: 'INVESTIGATING', note: '已约谈' }))).toEqual({
      ok: true,
      message: t.statusChanged,
    });
    expect(await db().watchedOrganisation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'INVESTIGATING', note: '已约谈' });
    expect(await counts()).toEqual({ ...before, watched: before.watched + 1, audit: before.audit + 2 });
  });

  it('refuses the wrong role and the signed-out with counts unchanged; BANNED only through a closed ban case', async () => {
    const row = await addWatchedOrganisation(db(), world.officer, { name: '某联合会', source: '网络监测', sourceDetail: '', notedOn: '2026-01-03', note: '' });
    const before = await counts();
    for (const actor of [world.editor, world.reviewer, world.admin, null]) {
      await actAs(actor);
      const expected = actor ? messages.errors.forbidden : messages.errors.unauthenticated;
      expect(await addWatchedOrganisationAction({ ok: false }, entry({ name: '不应登记' }))).toEqual({ ok: false, message: expected });
      expect(await setWatchStatusAction({ ok: false }, form({ watchedOrganisationId: row.id, status: 'CLEARED', note: '' }))).toEqual({ ok: false, message: expected });
    }
    await actAs(world.director);
    expect(await setWatchStatusAction({ ok: false }, form({ watchedOrganisationId: row.id, status: 'BANNED', note: '' }))).toMatchObject({
      ok: false,
      message: t.bannedOnlyByCase,
    });
    expect(await addWatchedOrganisationAction({ ok: false }, entry({ notedOn: '2099-01-01' }))).toMatchObject({ ok: false });
    expect(await addWatchedOrganisationAction({ ok: false }, entry({ name: '' }))).toMatchObject({ ok: false, fieldErrors: { name: ['请输入组织名称'] } });
    expect(await counts()).toEqual(before);
    expect((await db().watchedOrganisation.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('SUSPECTED');
  });

  it('closing a ban case bans the organisation and drafts its exposure item, which the public sees once published', async () => {
    const row = await addWatchedOrganisation(db(), world.officer, { name: '全国爱心互助促进会', source: '网络监测', sourceDetail: '', notedOn: '2026-01-03', note: '' });
    const kase = await makeEvidenceCase(db(), world, {
      type: 'ILLEGAL_SOCIAL_ORG_BAN',
      watchedOrganisationId: row.id,
      state: 'CLOSED',
      closedOn: new Date('2026-02-10T00:00:00Z'),
    });
    const now = new Date('2026-02-10T03:00:00Z');
    await db().$transaction((tx) => onBanCaseClosed(tx, { caseId: kase.id, actorId: world.officer.id, now }));
    const banned = await db().watchedOrganisation.findUniqueOrThrow({ where: { id: row.id } });
    expect(banned.status).toBe('BANNED');
    const draft = await db().disclosure.findUniqueOrThrow({ where: { id: banned.exposureDisclosureId! } });
    expect(draft).toMatchObject({ status: 'DRAFT', category: 'ENFORCEMENT_PUBLICITY', title: '非法社会组织曝光：全国爱心互助促进会', authorId: world.officer.id });
    expect(draft.body).toContain(kase.caseNumber);
    expect(draft.body).toContain('2026-02-10');
    expect(await db().auditEvent.count({ where: { entityId: row.id, action: 'case.watchlistBanned' } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: draft.id, action: 'disclosure.create' } })).toBe(1);
    // Called again (e.g. a retried close): no second draft.
    const disclosures = await db().disclosure.count();
    await db().$transaction((tx) => onBanCaseClosed(tx, { caseId: kase.id, actorId: world.officer.id, now }));
    expect(await db().disclosure.count()).toBe(disclosures);
    // Once banned, its status cannot be changed by hand.
    await actAs(world.officer);
    expect(await setWatchStatusAction({ ok: false }, form({ watchedOrganisationId: row.id, status: 'SUSPECTED', note: '' }))).toMatchObject({
      ok: false,
      message: t.alreadyBanned,
    });
    // Not on the public list while a draft; published through the normal workflow, it is.
    expect(await listPublishedExposures(db())).toEqual([]);
    // 执法公示 needs no legal review by default: secrecy check, then publish.
    expect(draft.requiresReview).toBe(false);
    await recordSecrecyCheck(db(), world.editor, { id: draft.id, note: '不涉及国家秘密' });
    await publishDisclosure(db(), world.editor, { id: draft.id });
    expect(await listPublishedExposures(db())).toMatchObject([{ id: draft.id, organisation: '全国爱心互助促进会', title: '非法社会组织曝光：全国爱心互助促进会' }]);
    expect((await listWatchedOrganisations(db())).find((o) => o.id === row.id)).toMatchObject({ exposure: { status: 'PUBLISHED' }, cases: [{ id: kase.id }] });
  });

  it('leaves other cases alone', async () => {
    const row = await addWatchedOrganisation(db(), world.officer, { name: '某研究院', source: '行政检查', sourceDetail: '', notedOn: '2026-01-03', note: '' });
    const penalty = await makeEvidenceCase(db(), world, { type: 'PENALTY', watchedOrganisationId: row.id });
    const unlinked = await makeEvidenceCase(db(), world, { type: 'ILLEGAL_SOCIAL_ORG_BAN' });
    const before = await counts();
    for (const kase of [penalty, unlinked]) {
      await db().$transaction((tx) => onBanCaseClosed(tx, { caseId: kase.id, actorId: world.officer.id, now: new Date() }));
    }
    expect(await counts()).toEqual(before);
    expect((await db().watchedOrganisation.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('SUSPECTED');
  });
});
