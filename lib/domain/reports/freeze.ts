// A published report is frozen: its version stores the figures it was published with. Regenerating
// afterwards first shows how today's figures differ from the published ones, and replaces nothing
// until the author has seen the differences.
import type { Blocker } from '@/lib/domain/blockers';
import { allParagraphs, placeholdersIn, type ReportContent, type ReportFigure } from './model';

export type FigureChange = { key: string; label: string; unit: string; published: number; current: number | null };

/** The figures the published text states whose value is no longer the same (or no longer exists). */
export function figureChanges(published: Pick<ReportContent, 'preamble' | 'sections' | 'figures'>, current: Record<string, ReportFigure>): FigureChange[] {
  const keys = [...new Set(allParagraphs(published).flatMap((p) => placeholdersIn(p.narrative).map((ph) => ph.key)))];
  return keys.flatMap((key) => {
    const before = published.figures[key];
    if (!before) return [];
    const now = current[key];
    if (now && now.value === before.value) return [];
    return [{ key, label: before.label, unit: before.unit, published: before.value, current: now ? now.value : null }];
  });
}

export const describeChange = (c: FigureChange): string => `${c.label}：已发布${c.published}${c.unit}，现为${c.current === null ? '（指标已不存在）' : `${c.current}${c.unit}`}`;

/** Regeneration after publication: refused until the author has confirmed the listed differences. */
export function regenerationBlockers(changes: readonly FigureChange[], confirmed: boolean): Blocker[] {
  if (changes.length === 0 || confirmed) return [];
  return [
    {
      code: 'PUBLISHED_FIGURES_WOULD_CHANGE',
      message: `重新生成将改变已发布报告中的数字（${changes.map(describeChange).join('；')}），请核对差异并勾选确认后再生成；已发布的报告本身不会被改动`,
    },
  ];
}
