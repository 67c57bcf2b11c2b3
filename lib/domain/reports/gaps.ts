// A gap is a sentence the records cannot back: the generator leaves a marked request for the author
// instead of a claim (【待补充：…】). It shows in the editor and in every draft export, and the report
// cannot be sent for review while one is left: the author fills it (writes the text) or removes it.
import type { Blocker } from '@/lib/domain/blockers';
import { allParagraphs, type ReportContent } from './model';

const GAP = /【待补充：([^】]*)】/g;

export const gapMarker = (prompt: string): string => `【待补充：${prompt}】`;

export function gapsIn(narrative: string): string[] {
  return [...narrative.matchAll(GAP)].map((match) => match[1]!.trim());
}

export type ReportGap = { paragraphKey: string; prompt: string };

export function reportGaps(content: Pick<ReportContent, 'preamble' | 'sections'>): ReportGap[] {
  return allParagraphs(content).flatMap((p) => gapsIn(p.narrative).map((prompt) => ({ paragraphKey: p.key, prompt })));
}

export const REPORT_TRUTH_CITATION = '《法治政府建设与责任落实督察工作规定》（报告应当如实反映法治政府建设情况）';

/** What stops the report from going to secrecy check and legal review: every gap left unfilled. */
export function reportSubmissionBlockers(content: Pick<ReportContent, 'preamble' | 'sections'>): Blocker[] {
  const gaps = reportGaps(content);
  if (gaps.length === 0) return [];
  return [
    {
      code: 'REPORT_GAP_UNFILLED',
      message: `报告还有${gaps.length}处“待补充”内容未填写（${gaps.map((g) => g.prompt).join('；')}），请补写或删除后再送审`,
      citation: REPORT_TRUTH_CITATION,
    },
  ];
}
