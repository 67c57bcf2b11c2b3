import 'server-only';
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { ReportBlock } from '@/lib/domain/reports/render';

// A government-report look (after GB/T 9704): title in 小标宋/宋体 二号 centred, first-level headings
// 黑体, second-level 楷体, body 仿宋 三号 with a two-character first-line indent and fixed 28pt
// lines. The headings use Word's own Heading1/Heading2 styles (navigation pane, outline, tests).
const FONTS = {
  title: '方正小标宋简体',
  titleFallback: '宋体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
} as const;
const SIZE = { title: 44, subtitle: 32, body: 32 } as const; // half-points: 二号 22pt, 三号 16pt
const LINE = { line: 560, lineRule: 'exact' as const }; // 28pt

const font = (name: string): IRunOptions['font'] => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

// `draft`: a version not yet approved carries 草稿 in the header of every page and above the title.
export type DocxOptions = { title: string; author: string; draft?: boolean };

export const DRAFT_MARK = '草稿';

// Page numbers as official documents print them (GB/T 9704): 4号 digits between dashes at the foot.
const pageFooter = () =>
  new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
  });
const draftHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: `${DRAFT_MARK}（未经审核，不得作为正式文件使用）`, font: font(FONTS.heading1), size: 24, color: 'C00000' })],
      }),
    ],
  });

export async function reportToDocx(blocks: readonly ReportBlock[], options: DocxOptions): Promise<Buffer> {
  const document = new Document({
    creator: options.author,
    title: options.title,
    styles: {
      default: { document: { run: { font: font(FONTS.body), size: SIZE.body }, paragraph: { spacing: LINE } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.heading1), size: SIZE.body, bold: false, color: '000000' },
          paragraph: { spacing: { ...LINE, before: 0, after: 0 }, indent: { firstLine: 640 }, outlineLevel: 0, keepNext: true },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.heading2), size: SIZE.body, bold: false, color: '000000' },
          paragraph: { spacing: { ...LINE, before: 0, after: 0 }, indent: { firstLine: 640 }, outlineLevel: 1, keepNext: true },
        },
        {
          id: 'ReportTitle',
          name: 'Report Title',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: { ascii: FONTS.titleFallback, hAnsi: FONTS.titleFallback, eastAsia: FONTS.title }, size: SIZE.title },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: 'exact', before: 200, after: 400 } },
        },
      ],
    },
    sections: [
      {
        // A4 with the official margins: top 37mm, bottom 35mm, left 28mm, right 26mm.
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        footers: { default: pageFooter() },
        ...(options.draft ? { headers: { default: draftHeader() } } : {}),
        children: [
          ...(options.draft
            ? [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: DRAFT_MARK, font: font(FONTS.heading1), size: SIZE.body, color: 'C00000' })] })]
            : []),
          ...blocks.flatMap(toParagraphs),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function toParagraphs(block: ReportBlock): Paragraph[] {
  if (block.kind === 'signature') {
    // 落款: a blank line, then the organ and the date, right-aligned with a four-character margin.
    return [
      new Paragraph({ children: [] }),
      ...block.lines.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun(line)] })),
    ];
  }
  return [toParagraph(block)];
}

function toParagraph(block: Exclude<ReportBlock, { kind: 'signature' }>): Paragraph {
  switch (block.kind) {
    case 'title':
      return new Paragraph({ style: 'ReportTitle', alignment: AlignmentType.CENTER, children: [new TextRun(block.text)] });
    case 'subtitle':
      return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, font: font(FONTS.body), size: SIZE.subtitle })] });
    case 'heading1':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] });
    case 'heading2':
      return new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] });
    case 'paragraph':
      return new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(block.text)] });
  }
}
