import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runDrawAction } from '@/app/(staff)/staff/inspections/actions';
import { initialActionState } from '@/lib/action-state';
import type { Actor } from '@/lib/auth/guard';
import { getDb } from '@/lib/db';
import { runDraw, type DrawPick, type DrawPoolEntity, type DrawPoolInspector } from '@/lib/domain/inspections';
import { getDraw, verifyDraw } from '@/lib/queries/inspections/draws';
import { declareConflict } from '@/lib/services/inspections/declare-conflict';
import { runRandomDraw } from '@/lib/services/inspections/run-draw';
import { actAs, form } from '../setup/act-as';
import { inspectionRowCounts, makeCertifiedOfficer, makeEntity, makePlan } from '../factories/inspections';
import { ensureAdmin, makeUser } from '../factories/users';

vi.mock('@/lib/auth/session', () => ({ getSessionRef: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const db = () => getDb();
let admin: Actor;
let officer: Actor;
let planId: string;
let officerIds: string[];
let entityIds: string[];

beforeAll(async () => {
  admin = await ensureAdmin(db());
  officer = await makeUser(db(), { roles: ['OFFICER'] });
  officerIds = [];
  for (const name of ['甲', '乙', '丙', '丁', '戊']) officerIds.push(await makeCertifiedOfficer(db(), admin, `执法员${name}`));
  // Expired and never-certified officers are not in the inspector pool.
  await makeCertifiedOfficer(db(), admin, '过期者', { validTo: '2025-12-31' });
  entityIds = [];
  for (let i = 1; i <= 12; i += 1) entityIds.push((await makeEntity(db(), officer, { entityName: `第${i}养老院` })).id);
  await makeEntity(db(), officer, { entityKind: 'SOCIAL_ORGANISATION', entityName: '某社会组织' });
  planId = (await makePlan(db(), officer, 2026)).id;
});

describe('the random draw (双随机)', () => {
  it('draws through the action, stores seed and pools, and publishes a draft disclosure', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const state = await runDrawAction(initialActionState, form({ planId, entityKind: 'ELDERLY_CARE', entityCount: '5', seed: 'seed-2026-A' }));
    expect(state).toEqual({ ok: true, message: '已完成随机抽取，抽取结果已生成执法公示草稿。' });
    const after = await inspectionRowCounts(db());
    expect(after).toEqual({ ...before, draws: before.draws + 1, disclosures: before.disclosures + 1, audit: before.audit + 2 });

    const stored = await db().randomDraw.findFirstOrThrow({ where: { seed: 'seed-2026-A' } });
    const draw = await getDraw(db(), stored.id);
    expect(draw?.entityPool.map((e) => e.id)).toEqual([...entityIds].sort());
    expect(draw?.inspectorPool.map((i) => i.id)).toEqual([...officerIds].sort());
    expect(draw?.picks).toHaveLength(5);

    const disclosure = await db().disclosure.findUniqueOrThrow({ where: { id: draw?.disclosureId ?? '' } });
    expect(disclosure).toMatchObject({ category: 'ENFORCEMENT_PUBLICITY', status: 'DRAFT', authorId: officer.id });
    expect(disclosure.body).toContain('随机种子：seed-2026-A');
    expect(disclosure.body).toContain('xmur3');
    for (const id of entityIds) expect(disclosure.body).toContain(id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: 'RandomDraw', entityId: stored.id } });
    expect(audit).toMatchObject({ action: 'inspection.runDraw', actorId: officer.id });
  });

  it('is reproducible: same seed and same pools give the same result, recomputed from the stored draw', async () => {
    const first = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 6, seed: 'reproduce-me' });
    const second = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 6, seed: 'reproduce-me' });
    expect(second.result.picks).toEqual(first.result.picks);
    const other = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 6, seed: 'another-seed' });
    expect(other.result.picks).not.toEqual(first.result.picks);

    // Anyone holding the published seed and pools gets the same picks, in whatever order they list the pools.
    const draw = await getDraw(db(), first.id);
    const published = JSON.parse(JSON.stringify({ entities: draw?.entityPool, inspectors: draw?.inspectorPool })) as {
      entities: DrawPoolEntity[];
      inspectors: DrawPoolInspector[];
    };
    const again = runDraw({ seed: 'reproduce-me', entities: published.entities.reverse(), inspectors: published.inspectors.reverse(), entityCount: 6 });
    expect(again.picks).toEqual(draw?.picks);
    expect(await verifyDraw(db(), first.id)).toEqual({ consistent: true, recomputed: draw?.picks });
  });

  it('generates a seed with a cryptographic generator when none is given', async () => {
    const a = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 2 });
    const b = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 2 });
    expect(a.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(a.seed).not.toBe(b.seed);
    expect((await verifyDraw(db(), a.id))?.consistent).toBe(true);
  });

  it('a tampered result no longer verifies', async () => {
    const drawn = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 3, seed: 'tamper' });
    const row = await db().randomDraw.findUniqueOrThrow({ where: { id: drawn.id } });
    const result = row.result as unknown as { picks: DrawPick[] };
    const [a, b, c] = result.picks;
    const swapped = JSON.parse(JSON.stringify({ ...result, picks: [b, a, c] })) as object;
    await db().randomDraw.update({ where: { id: drawn.id }, data: { result: swapped } });
    expect((await verifyDraw(db(), drawn.id))?.consistent).toBe(false);
  });

  it('never draws an officer for an entity they declared a conflict with', async () => {
    // Officers 甲, 乙, 丙 declare conflicts with the first entity: only 丁 and 戊 may be drawn for it.
    for (const officerId of officerIds.slice(0, 3)) {
      await declareConflict(db(), officer, { entityId: entityIds[0] as string, officerId, conflictReason: '亲属关系' });
    }
    for (let k = 0; k < 5; k += 1) {
      const drawn = await runRandomDraw(db(), officer, { planId, entityKind: 'ELDERLY_CARE', entityCount: 12, seed: `conflict-${k}` });
      const pick = drawn.result.picks.find((p) => p.entityId === entityIds[0]);
      expect([...(pick?.inspectorIds ?? [])].sort()).toEqual(officerIds.slice(3).sort());
      expect((await verifyDraw(db(), drawn.id))?.consistent).toBe(true);
    }
    const draw = await db().randomDraw.findFirstOrThrow({ where: { seed: 'conflict-0' } });
    const pool = draw.inspectorPool as { id: string; excludedEntityIds: string[] }[];
    expect(
      pool
        .filter((i) => i.excludedEntityIds.includes(entityIds[0] as string))
        .map((i) => i.id)
        .sort(),
    ).toEqual(officerIds.slice(0, 3).sort());
  });

  it('refuses a draw larger than the pool, naming why, and writes nothing', async () => {
    await actAs(officer);
    const before = await inspectionRowCounts(db());
    const state = await runDrawAction(initialActionState, form({ planId, entityKind: 'FUNERAL_BUSINESS', entityCount: '1' }));
    expect(state).toEqual({ ok: false, message: '检查对象库为空，无法抽取' });
    const tooMany = await runDrawAction(initialActionState, form({ planId, entityKind: 'ELDERLY_CARE', entityCount: '13' }));
    expect(tooMany.message).toBe('抽取对象数（13）超过检查对象库的数量（12）');
    const bad = await runDrawAction(initialActionState, form({ planId, entityCount: '0' }));
    expect(bad.fieldErrors).toEqual({ entityCount: ['抽取数量至少为1'] });
    expect(await inspectionRowCounts(db())).toEqual(before);
  });
});
