import { DRAW_ALGORITHM, type DrawPoolEntity, type DrawPoolInspector, type DrawResult } from './random-draw';

/**
 * The text published for a draw (双随机一公开): seed, both pools, the algorithm and the result,
 * everything needed to reproduce it. Inspectors appear by name only; declared conflicts appear as
 * exclusions (who is excluded from which entity), never with their reasons.
 */
export type DrawPublicationInput = {
  readonly planTitle: string;
  readonly year: number;
  readonly drawnOn: string;
  readonly seed: string;
  readonly entityPool: readonly DrawPoolEntity[];
  readonly inspectorPool: readonly DrawPoolInspector[];
  readonly result: DrawResult;
};

export function drawPublication(input: DrawPublicationInput): { title: string; summary: string; body: string } {
  const entityName = new Map(input.entityPool.map((e) => [e.id, e.name]));
  const inspectorName = new Map(input.inspectorPool.map((i) => [i.id, i.name]));
  const picks = input.result.picks.map(
    (pick, index) => `${index + 1}. ${entityName.get(pick.entityId) ?? pick.entityId}：${pick.inspectorIds.map((id) => inspectorName.get(id) ?? id).join('、')}`,
  );
  const exclusions = input.inspectorPool.flatMap((i) => i.excludedEntityIds.map((entityId) => `${i.name}（${i.id}）回避 ${entityName.get(entityId) ?? entityId}（${entityId}）`));
  const body = [
    `计划：${input.planTitle}（${input.year}年）`,
    `抽取日期：${input.drawnOn}`,
    `随机种子：${input.seed}`,
    `抽取对象数：${input.result.entityCount}；每个对象检查人员数：${input.result.inspectorsPerEntity}`,
    '',
    '抽取结果：',
    ...picks,
    '',
    `检查对象库（${input.entityPool.length}个，按编号排序）：`,
    ...input.entityPool.map((e) => `${e.id} ${e.name}`),
    '',
    `检查人员库（${input.inspectorPool.length}名，按编号排序）：`,
    ...input.inspectorPool.map((i) => `${i.id} ${i.name}`),
    '',
    `回避情况：${exclusions.length === 0 ? '无' : ''}`,
    ...exclusions,
    '',
    '抽取方法：',
    DRAW_ALGORITHM,
  ].join('\n');
  return {
    title: `${input.planTitle} 双随机抽查结果公示（${input.drawnOn}）`,
    summary: `随机抽取检查对象${input.result.entityCount}个，随机匹配执法检查人员，公开随机种子与对象库、人员库，任何人可复核。`,
    body,
  };
}
