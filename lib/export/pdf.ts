import 'server-only';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportBlock } from '@/lib/domain/reports/render';

// Noto Serif SC from the project's own dependencies (ADR 0012): pdfkit embeds only the glyphs used
// (subset) and writes a ToUnicode map, so the PDF shows and yields the same Chinese text anywhere.
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-serif-sc');
export const PDF_FONTS = {
  regular: path.join(FONT_DIR, '400Regular', 'NotoSerifSC_400Regular.ttf'),
  bold: path.join(FONT_DIR, '700Bold', 'NotoSerifSC_700Bold.ttf'),
} as const;

const MM = 72 / 25.4;
const BODY_SIZE = 16; // 三号
const LINE_HEIGHT = 28;

/** Starts an A4 pdfkit document with the official margins (GB/T 9704) and the embedded Chinese font. */
export function startPdf(info: { title: string; author: string }) {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
    info: { Title: info.title, Author: info.author },
    bufferPages: true,
    lang: 'zh-CN',
  });
  doc.registerFont('body', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done, width: doc.page.width - doc.page.margins.left - doc.page.margins.right };
}

// `draft`: a version not yet approved carries 草稿 at the top of every page.
export type PdfOptions = { title: string; author: string; draft?: boolean };

export function reportToPdf(blocks: readonly ReportBlock[], options: PdfOptions): Promise<Buffer> {
  const { doc, done, width } = startPdf({ title: options.title, author: options.author });
  const gap = LINE_HEIGHT - BODY_SIZE;
  for (const block of blocks) {
    switch (block.kind) {
      case 'subtitle':
        doc.font('body').fontSize(BODY_SIZE).text(block.text, { align: 'center', width });
        doc.moveDown(0.5);
        break;
      case 'title':
        doc.font('bold').fontSize(22).text(block.text, { align: 'center', width, lineGap: 10 });
        doc.moveDown(1);
        break;
      case 'heading1':
        doc
          .font('bold')
          .fontSize(BODY_SIZE)
          .text(block.text, { width, indent: 2 * BODY_SIZE, lineGap: gap });
        break;
      case 'heading2':
        doc
          .font('bold')
          .fontSize(BODY_SIZE)
          .text(block.text, { width, indent: 2 * BODY_SIZE, lineGap: gap });
        break;
      case 'paragraph':
        doc
          .font('body')
          .fontSize(BODY_SIZE)
          .text(block.text, { width, indent: 2 * BODY_SIZE, align: 'justify', lineGap: gap });
        break;
      case 'signature':
        // 落款: organ and date, right-aligned with a four-character margin.
        doc.moveDown(1);
        for (const line of block.lines)
          doc
            .font('body')
            .fontSize(BODY_SIZE)
            .text(line, { width: width - 4 * BODY_SIZE, align: 'right', lineGap: gap });
        break;
    }
  }
  // Page numbers, centred at the foot: "— 1 —".
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(14)
      .text(`— ${i + 1} —`, 0, doc.page.height - 20 * MM, { align: 'center', width: doc.page.width });
    if (options.draft) {
      doc
        .font('bold')
        .fontSize(14)
        .fillColor('#c00000')
        .text('草稿（未经审核，不得作为正式文件使用）', 0, 15 * MM, { align: 'center', width: doc.page.width });
      doc.fillColor('black');
    }
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
