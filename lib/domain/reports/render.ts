// Renders the stored report into plain blocks (title, headings, body paragraphs): the one shape the
// web page, the disclosure body, the .docx and the PDF are all produced from.
import { formatFigure } from './format';
import { placeholdersIn, type ReportContent, type ReportFigure } from './model';

export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading1'; text: string }
  | { kind: 'heading2'; text: string }
  | { kind: 'paragraph'; text: string; key: string }
  // The issuing organ and date (落款), right-aligned at the end of an exported document.
  | { kind: 'signature'; lines: string[] };

export type FilledText = { text: string; unknown: string[] };

// Replaces each placeholder by the figure's value and unit; an unknown key is left visible
// (and reported) so a typo in an edited narrative never silently drops a figure.
export function fillNarrative(narrative: string, figures: Record<string, ReportFigure>): FilledText {
  const unknown: string[] = [];
  let text = narrative;
  for (const placeholder of placeholdersIn(narrative)) {
    const figure = figures[placeholder.key];
    if (!figure) {
      unknown.push(placeholder.key);
      continue;
    }
    text = text.replace(placeholder.raw, formatFigure(figure.value, figure.unit, placeholder.format));
  }
  return { text, unknown };
}

export function renderBlocks(content: ReportContent): ReportBlock[] {
  const fill = (narrative: string) => fillNarrative(narrative, content.figures).text.trim();
  const blocks: ReportBlock[] = [
    { kind: 'subtitle', text: content.bureau },
    { kind: 'title', text: content.title },
  ];
  const preamble = fill(content.preamble.narrative);
  if (preamble) blocks.push({ kind: 'paragraph', text: preamble, key: content.preamble.key });
  for (const section of content.sections) {
    const paragraphs = section.subsections.flatMap((sub) => sub.paragraphs.map((p) => ({ sub, p, text: fill(p.narrative) })));
    // An empty optional section (五、其他) is left out of the document.
    if (paragraphs.every(({ text }) => text === '')) continue;
    blocks.push({ kind: 'heading1', text: section.heading });
    for (const sub of section.subsections) {
      const texts = sub.paragraphs.map((p) => ({ key: p.key, text: fill(p.narrative) })).filter((p) => p.text !== '');
      if (texts.length === 0) continue;
      if (sub.heading) blocks.push({ kind: 'heading2', text: sub.heading });
      for (const { key, text } of texts) blocks.push({ kind: 'paragraph', text, key });
    }
  }
  return blocks;
}

// The disclosure body (the portal's Markdown subset): the same blocks, headings as ## / ###.
export function renderMarkdown(content: ReportContent): string {
  return renderBlocks(content)
    .filter((block) => block.kind !== 'signature')
    .filter((block) => block.kind !== 'title')
    .map((block) => {
      if (block.kind === 'heading1') return `## ${block.text}`;
      if (block.kind === 'heading2') return `### ${block.text}`;
      if (block.kind === 'subtitle') return `**${block.text}**`;
      return block.text;
    })
    .join('\n\n');
}

export function renderPlainText(content: ReportContent): string {
  return renderBlocks(content)
    .map((block) => (block.kind === 'signature' ? block.lines.join('\n') : block.text))
    .join('\n');
}

// A date as official documents write it: 2022年3月1日.
export function chineseDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

// The exported document: the report's blocks, then the 落款 (issuing organ and date).
export function exportBlocks(content: ReportContent, signedOn: string): ReportBlock[] {
  return [...renderBlocks(content), { kind: 'signature', lines: [content.bureau, chineseDate(signedOn)] }];
}
