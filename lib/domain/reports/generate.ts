// Builds the report from the facts, and regenerates it keeping what people wrote.
import type { ReportFacts } from './facts';
import { allParagraphs, placeholdersIn, type ReportContent, type ReportSection } from './model';
import { measuresSubsections } from './sections-measures';
import { leadersSubsections, otherSubsections, planSubsections, shortcomingsSubsections } from './sections-other';

export const SECTION_HEADINGS = {
  measures: '一、主要举措和成效',
  leaders: '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  shortcomings: '三、存在的不足及原因',
  plan: '四、下一年度工作安排',
  other: '五、其他',
} as const;

export const reportTitle = (year: number) => `${year}年度法治政府建设情况报告`;

export function generateReport(facts: ReportFacts, generatedAt: string): ReportContent {
  const sections: ReportSection[] = [
    { key: 'measures', heading: SECTION_HEADINGS.measures, subsections: measuresSubsections(facts) },
    { key: 'leaders', heading: SECTION_HEADINGS.leaders, subsections: leadersSubsections(facts) },
    { key: 'shortcomings', heading: SECTION_HEADINGS.shortcomings, subsections: shortcomingsSubsections(facts) },
    { key: 'plan', heading: SECTION_HEADINGS.plan, subsections: planSubsections(facts) },
    { key: 'other', heading: SECTION_HEADINGS.other, subsections: otherSubsections() },
  ];
  return {
    schema: 1,
    year: facts.year,
    bureau: facts.bureau,
    title: reportTitle(facts.year),
    preamble: {
      key: 'preamble',
      narrative: `${facts.year}年，区民政局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想和全面依法治国新理念新思想新战略，结合工作实际，深入推进依法行政，加快法治政府建设，有力地推进了各项民政工作的依法开展和民政事业的健康发展。现将有关情况报告如下：`,
      edited: false,
    },
    sections,
    figures: facts.figures,
    generatedAt,
  };
}

// Regeneration: new figures and new suggestions, but every narrative a person edited is kept (by
// paragraph key). An edited paragraph the new draft no longer suggests stays where it was.
export function regenerateReport(previous: ReportContent, facts: ReportFacts, generatedAt: string): ReportContent {
  const fresh = generateReport(facts, generatedAt);
  const edited = new Map(
    allParagraphs(previous)
      .filter((p) => p.edited)
      .map((p) => [p.key, p]),
  );
  const used = new Set<string>();
  const keep = <T extends { key: string }>(paragraph: T): T => {
    const old = edited.get(paragraph.key);
    if (!old) return paragraph;
    used.add(paragraph.key);
    return { ...paragraph, narrative: old.narrative, edited: true };
  };
  const sections = fresh.sections.map((section) => {
    const before = previous.sections.find((s) => s.key === section.key);
    return {
      ...section,
      subsections: section.subsections.map((sub) => ({ ...sub, paragraphs: sub.paragraphs.map(keep) })),
      before,
    };
  });
  const result: ReportContent = { ...fresh, preamble: keep(fresh.preamble), sections: sections.map(({ before: _b, ...s }) => s) };
  // Edited paragraphs with no counterpart in the new draft: appended to their old subsection (or the section's last).
  for (const section of sections) {
    for (const oldSub of section.before?.subsections ?? []) {
      for (const paragraph of oldSub.paragraphs) {
        if (!paragraph.edited || used.has(paragraph.key)) continue;
        const target = result.sections.find((s) => s.key === section.key)!;
        const sub = target.subsections.find((s) => s.key === oldSub.key) ?? target.subsections.at(-1)!;
        sub.paragraphs.push({ ...paragraph });
        used.add(paragraph.key);
      }
    }
  }
  return result;
}

export type EditProblem = { code: 'UNKNOWN_PARAGRAPH' | 'UNKNOWN_FIGURE'; detail: string };

// A person's edit of one paragraph: the narrative keeps placeholders, which must name known figures.
export function editParagraph(content: ReportContent, key: string, narrative: string): { content: ReportContent; problems: EditProblem[] } {
  const problems: EditProblem[] = [];
  if (!allParagraphs(content).some((p) => p.key === key)) problems.push({ code: 'UNKNOWN_PARAGRAPH', detail: key });
  for (const placeholder of placeholdersIn(narrative)) {
    if (!(placeholder.key in content.figures)) problems.push({ code: 'UNKNOWN_FIGURE', detail: placeholder.key });
  }
  if (problems.length > 0) return { content, problems };
  const update = <T extends { key: string; narrative: string; edited: boolean }>(p: T): T => (p.key === key ? { ...p, narrative, edited: true } : p);
  return {
    content: {
      ...content,
      preamble: update(content.preamble),
      sections: content.sections.map((s) => ({ ...s, subsections: s.subsections.map((sub) => ({ ...sub, paragraphs: sub.paragraphs.map(update) })) })),
    },
    problems,
  };
}

// Figures a paragraph uses, in order of appearance (for "where each figure came from").
export function figuresOf(content: ReportContent, narrative: string) {
  const seen = new Set<string>();
  return placeholdersIn(narrative)
    .filter((ph) => !seen.has(ph.key) && seen.add(ph.key))
    .map((ph) => content.figures[ph.key])
    .filter((figure) => figure !== undefined);
}
