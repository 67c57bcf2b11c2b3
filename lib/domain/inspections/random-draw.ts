import type { Blocker } from '@/lib/domain/blockers';
import { PRNG_NAME, seededRandom, type SeededRandom } from './prng';

/**
 * The random draw (双随机一公开): random subjects, random inspectors, results published.
 * Same seed + same pools → same result, whatever order the pools were given in, so anyone holding
 * the published seed, pools and this description can reproduce it.
 */
export const DRAW_ALGORITHM_VERSION = 'draw-v1';
export const DRAW_ALGORITHM = [
  `${DRAW_ALGORITHM_VERSION}（伪随机数发生器 ${PRNG_NAME}）：`,
  '1. 检查对象库与检查人员库各自按编号（id）的字符编码升序排列并去重；',
  '2. 以种子字符串经 xmur3 散列得到32位初始状态，再由 mulberry32 依次产生 [0,1) 的随机数 r；',
  '3. 抽取检查对象：对排好序的对象编号做部分费雪-耶茨洗牌，i 从 0 到 N−1，j = i + floor(r × (对象数 − i))，交换第 i、j 位，第 i 位即第 i+1 个抽中对象；',
  '4. 按抽中顺序，对每个对象，从检查人员库中去掉与其有利害关系（已申报回避）的人员，其余人员保持排序，同样做部分费雪-耶茨洗牌取前 2 名；',
  '5. 所有随机数取自同一发生器，按上述顺序依次取用。',
].join('\n');

export type DrawPoolEntity = { readonly id: string; readonly name: string };
export type DrawPoolInspector = {
  readonly id: string;
  readonly name: string;
  /** Entities this officer has a declared conflict with: never drawn to inspect them. */
  readonly excludedEntityIds: readonly string[];
};

export type DrawInput = {
  readonly seed: string;
  readonly entities: readonly DrawPoolEntity[];
  readonly inspectors: readonly DrawPoolInspector[];
  readonly entityCount: number;
  readonly inspectorsPerEntity?: number;
};

export type DrawPick = { readonly entityId: string; readonly inspectorIds: readonly string[] };
export type DrawResult = {
  readonly algorithm: typeof DRAW_ALGORITHM_VERSION;
  readonly entityCount: number;
  readonly inspectorsPerEntity: number;
  readonly picks: readonly DrawPick[];
};

export const DEFAULT_INSPECTORS_PER_ENTITY = 2;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function uniqueSorted<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()].sort(byId);
}

/** The pools as published: sorted by id, duplicates removed, exclusions sorted too. */
export function canonicalPools(input: Pick<DrawInput, 'entities' | 'inspectors'>): {
  entities: DrawPoolEntity[];
  inspectors: DrawPoolInspector[];
} {
  return {
    entities: uniqueSorted(input.entities).map(({ id, name }) => ({ id, name })),
    inspectors: uniqueSorted(input.inspectors).map(({ id, name, excludedEntityIds }) => ({
      id,
      name,
      excludedEntityIds: [...new Set(excludedEntityIds)].sort(),
    })),
  };
}

function eligibleInspectors(inspectors: readonly DrawPoolInspector[], entityId: string): DrawPoolInspector[] {
  return inspectors.filter((inspector) => !inspector.excludedEntityIds.includes(entityId));
}

/** Why a draw cannot be made with these inputs (empty when it can). */
export function drawBlockers(input: DrawInput): Blocker[] {
  const blockers: Blocker[] = [];
  const { entities, inspectors } = canonicalPools(input);
  const perEntity = input.inspectorsPerEntity ?? DEFAULT_INSPECTORS_PER_ENTITY;
  if (input.seed.trim() === '') blockers.push({ code: 'DRAW_NO_SEED', message: '抽取须有随机种子' });
  if (entities.length === 0) blockers.push({ code: 'DRAW_EMPTY_ENTITY_POOL', message: '检查对象库为空，无法抽取' });
  if (!Number.isInteger(input.entityCount) || input.entityCount < 1) {
    blockers.push({ code: 'DRAW_BAD_COUNT', message: '抽取对象数须为正整数' });
  } else if (entities.length > 0 && input.entityCount > entities.length) {
    blockers.push({
      code: 'DRAW_COUNT_EXCEEDS_POOL',
      message: `抽取对象数（${input.entityCount}）超过检查对象库的数量（${entities.length}）`,
    });
  }
  if (inspectors.length < perEntity) {
    blockers.push({
      code: 'DRAW_TOO_FEW_INSPECTORS',
      message: `持有效执法证的检查人员不足${perEntity}名，无法抽取`,
      citation: '《行政处罚法》第四十二条',
    });
  } else {
    const starved = entities.filter((entity) => eligibleInspectors(inspectors, entity.id).length < perEntity);
    if (starved.length > 0) {
      blockers.push({
        code: 'DRAW_CONFLICTS_LEAVE_TOO_FEW',
        message: `排除回避人员后，以下对象可抽取的检查人员不足${perEntity}名：${starved.map((e) => e.name).join('、')}`,
        citation: '《行政处罚法》第四十三条',
      });
    }
  }
  return blockers;
}

/** Partial Fisher–Yates: the first `count` positions of a seeded shuffle of `items`. */
function takeShuffled<T>(items: readonly T[], count: number, random: SeededRandom): T[] {
  const pool = [...items];
  for (let i = 0; i < count; i += 1) {
    const j = i + random.pickIndex(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/**
 * Runs the draw. Throws a RangeError if `drawBlockers(input)` is not empty (callers check first).
 */
export function runDraw(input: DrawInput): DrawResult {
  const blockers = drawBlockers(input);
  if (blockers.length > 0) throw new RangeError(blockers.map((b) => b.message).join('; '));
  const perEntity = input.inspectorsPerEntity ?? DEFAULT_INSPECTORS_PER_ENTITY;
  const { entities, inspectors } = canonicalPools(input);
  const random = seededRandom(input.seed);
  const drawn = takeShuffled(entities, input.entityCount, random);
  const picks = drawn.map((entity) => ({
    entityId: entity.id,
    inspectorIds: takeShuffled(eligibleInspectors(inspectors, entity.id), perEntity, random).map((i) => i.id),
  }));
  return { algorithm: DRAW_ALGORITHM_VERSION, entityCount: input.entityCount, inspectorsPerEntity: perEntity, picks };
}

/** Whether two results are the same draw (same entities, same inspectors, same order). */
export function sameDraw(a: Pick<DrawResult, 'picks'>, b: Pick<DrawResult, 'picks'>): boolean {
  if (a.picks.length !== b.picks.length) return false;
  return a.picks.every((pick, index) => {
    const other = b.picks[index];
    return (
      other !== undefined &&
      other.entityId === pick.entityId &&
      other.inspectorIds.length === pick.inspectorIds.length &&
      other.inspectorIds.every((id, k) => id === pick.inspectorIds[k])
    );
  });
}
