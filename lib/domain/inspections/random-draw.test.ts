import { describe, expect, it } from 'vitest';
import { seededRandom, xmur3 } from './prng';
import { canonicalPools, drawBlockers, runDraw, sameDraw, type DrawPoolInspector } from './random-draw';

const entities = Array.from({ length: 29 }, (_, i) => ({ id: `ent-${String(i).padStart(2, '0')}`, name: `养老院${i}` }));
const inspectors: DrawPoolInspector[] = Array.from({ length: 12 }, (_, i) => ({
  id: `off-${String(i).padStart(2, '0')}`,
  name: `执法员${i}`,
  excludedEntityIds: [],
}));

function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.pickIndex(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

describe('the seeded generator', () => {
  it('is pinned: published draws must reproduce forever, so these values never change', () => {
    expect(xmur3('abc')).toBe(1792905582);
    const random = seededRandom('abc');
    expect([random.next(), random.next(), random.next()]).toEqual([0.8865935776848346, 0.5006652397569269, 0.13492729025892913]);
    const picks = seededRandom('abc');
    expect([picks.pickIndex(10), picks.pickIndex(10), picks.pickIndex(10), picks.pickIndex(10)]).toEqual([8, 5, 1, 5]);
  });

  it('depends on every character of the seed', () => {
    expect(xmur3('2021-0001')).not.toBe(xmur3('2021-0002'));
  });
});

describe('runDraw', () => {
  const input = { seed: 'a3f1c9e2-seed', entities, inspectors, entityCount: 8 };

  it('same seed and same pools give the same result', () => {
    const first = runDraw(input);
    const again = runDraw({ ...input, entities: [...entities], inspectors: [...inspectors] });
    expect(again).toEqual(first);
    expect(sameDraw(first, again)).toBe(true);
  });

  it('does not depend on the order the pools are given in', () => {
    const first = runDraw(input);
    for (const order of ['x', 'y', 'z']) {
      const reordered = runDraw({ ...input, entities: shuffled(entities, order), inspectors: shuffled(inspectors, order).reverse() });
      expect(reordered).toEqual(first);
    }
  });

  it('ignores duplicates in the pools', () => {
    const first = runDraw(input);
    expect(runDraw({ ...input, entities: [...entities, ...entities.slice(0, 3)], inspectors: [...inspectors, inspectors[0]!] })).toEqual(first);
  });

  it('draws N distinct entities and two distinct inspectors for each', () => {
    const result = runDraw(input);
    expect(result.picks).toHaveLength(8);
    expect(new Set(result.picks.map((p) => p.entityId)).size).toBe(8);
    for (const pick of result.picks) {
      expect(pick.inspectorIds).toHaveLength(2);
      expect(new Set(pick.inspectorIds).size).toBe(2);
    }
    expect(result.algorithm).toBe('draw-v1');
  });

  it('a different seed gives a different draw', () => {
    expect(sameDraw(runDraw(input), runDraw({ ...input, seed: 'another-seed' }))).toBe(false);
  });

  it('never draws an inspector for an entity they declared a conflict with', () => {
    // Officers 0–9 conflict with every entity: only 10 and 11 remain, for every drawn entity.
    const conflicted = inspectors.map((inspector, i) => (i < 10 ? { ...inspector, excludedEntityIds: entities.map((e) => e.id) } : inspector));
    const result = runDraw({ ...input, inspectors: conflicted, entityCount: 29 });
    for (const pick of result.picks) expect([...pick.inspectorIds].sort()).toEqual(['off-10', 'off-11']);
  });

  it('excludes a single conflict across many seeds', () => {
    const withConflict = inspectors.map((inspector) => (inspector.id === 'off-03' ? { ...inspector, excludedEntityIds: ['ent-05'] } : inspector));
    for (let k = 0; k < 200; k += 1) {
      const result = runDraw({ seed: `s${k}`, entities, inspectors: withConflict, entityCount: 29 });
      const pick = result.picks.find((p) => p.entityId === 'ent-05');
      expect(pick?.inspectorIds).not.toContain('off-03');
    }
  });

  it('publishes canonical pools sorted by id with sorted exclusions', () => {
    const pools = canonicalPools({
      entities: [entities[2]!, entities[0]!],
      inspectors: [
        { id: 'b', name: '乙', excludedEntityIds: ['z', 'a', 'z'] },
        { id: 'a', name: '甲', excludedEntityIds: [] },
      ],
    });
    expect(pools.entities.map((e) => e.id)).toEqual(['ent-00', 'ent-02']);
    expect(pools.inspectors).toEqual([
      { id: 'a', name: '甲', excludedEntityIds: [] },
      { id: 'b', name: '乙', excludedEntityIds: ['a', 'z'] },
    ]);
  });
});

describe('drawBlockers', () => {
  it('accepts a valid draw', () => {
    expect(drawBlockers({ seed: 's', entities, inspectors, entityCount: 29 })).toEqual([]);
  });

  it('names each reason a draw cannot be made', () => {
    const codes = (input: Parameters<typeof drawBlockers>[0]) => drawBlockers(input).map((b) => b.code);
    expect(codes({ seed: ' ', entities, inspectors, entityCount: 1 })).toEqual(['DRAW_NO_SEED']);
    expect(codes({ seed: 's', entities, inspectors, entityCount: 30 })).toEqual(['DRAW_COUNT_EXCEEDS_POOL']);
    expect(codes({ seed: 's', entities, inspectors, entityCount: 0 })).toEqual(['DRAW_BAD_COUNT']);
    expect(codes({ seed: 's', entities: [], inspectors, entityCount: 1 })).toEqual(['DRAW_EMPTY_ENTITY_POOL']);
    expect(codes({ seed: 's', entities, inspectors: inspectors.slice(0, 1), entityCount: 1 })).toEqual(['DRAW_TOO_FEW_INSPECTORS']);
    const starved = drawBlockers({
      seed: 's',
      entities,
      inspectors: [inspectors[0]!, { ...inspectors[1]!, excludedEntityIds: ['ent-07'] }],
      entityCount: 1,
    });
    expect(starved.map((b) => b.code)).toEqual(['DRAW_CONFLICTS_LEAVE_TOO_FEW']);
    expect(starved[0]?.message).toContain('养老院7');
    expect(() => runDraw({ seed: 's', entities, inspectors, entityCount: 30 })).toThrow(RangeError);
  });
});
