// The annual rule-of-law report as stored in AnnualReportVersion.content: sections of paragraphs
// whose narrative (editable) carries placeholders for figures computed from the records.
// A placeholder is {{metric.key}} or {{metric.key|wan}}; it is filled with the figure's value and
// unit when the report is rendered, so an edited narrative keeps its figures live.
import type { FigureFormat } from './format';

export const SECTION_KEYS = ['measures', 'leaders', 'shortcomings', 'plan', 'other'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

// One figure and where it came from (the metric registry's label and source, and the records list).
export type ReportFigure = {
  key: string;
  label: string;
  unit: string;
  source: string;
  href: string;
  value: number;
};

export type ReportParagraph = {
  // Stable across regenerations: the narrative of an edited paragraph is kept by this key.
  key: string;
  narrative: string;
  // True once a person changed the narrative: regeneration then keeps it (figures stay live).
  edited: boolean;
  // Why the paragraph was suggested (shortcomings from data), shown to the editor, not printed.
  basis?: string;
};

export type ReportSubsection = { key: string; heading: string | null; paragraphs: ReportParagraph[] };

export type ReportSection = { key: SectionKey; heading: string; subsections: ReportSubsection[] };

export type ReportContent = {
  schema: 1;
  year: number;
  bureau: string;
  title: string;
  preamble: ReportParagraph;
  sections: ReportSection[];
  figures: Record<string, ReportFigure>;
  generatedAt: string;
};

export type Placeholder = { raw: string; key: string; format: FigureFormat };

const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w.]*)\s*(?:\|\s*(count|wan)\s*)?\}\}/g;

export function placeholdersIn(narrative: string): Placeholder[] {
  return [...narrative.matchAll(PLACEHOLDER)].map((match) => ({
    raw: match[0],
    key: match[1]!,
    format: (match[2] as FigureFormat | undefined) ?? 'count',
  }));
}

export function allParagraphs(content: Pick<ReportContent, 'preamble' | 'sections'>): ReportParagraph[] {
  return [content.preamble, ...content.sections.flatMap((s) => s.subsections.flatMap((sub) => sub.paragraphs))];
}

export function findParagraph(content: ReportContent, key: string): ReportParagraph | undefined {
  return allParagraphs(content).find((p) => p.key === key);
}
