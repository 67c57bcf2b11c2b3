import 'server-only';
import { AlignmentType, BorderStyle, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import QRCode from 'qrcode';
import type { RenderedDocument } from '@/lib/domain/enforcement-documents/render';
import { startPdf } from './pdf';

// An enforcement document (执法文书) as PDF and Word, after GB/T 9704: the issuing organ's mark in
// red at the head, the number under it, a red rule, the title, the body in 三号 with a two-character
// indent, the organ and date at the foot with the seal placeholder, page numbers “— 1 —”, and on the
// last page the verification code with its QR image (the public /verify page checks it).

const MM = 72 / 25.4;
const RED = '#c00000';
const BODY = 16; // 三号
const LINE_GAP = 12; // 28pt lines

export type DocumentFileOptions = { verifyUrl: string };

/** The QR image (PNG) encoding the verification address of the document. */
export function verificationQr(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
}

/** Writes “— n —” centred at the foot of every buffered page. */
export function numberPages(doc: PDFKit.PDFDocument, from = 0) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    if (i < from) continue;
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(14)
      .text(`— ${i + 1 - from} —`, 0, doc.page.height - 20 * MM, { align: 'center', width: doc.page.width, lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/** The body of one document onto the current page(s) of `doc` (also used by the case file). */
export function writeDocumentBody(doc: PDFKit.PDFDocument, rendered: RenderedDocument, width: number) {
  const left = doc.page.margins.left;
  doc.fillColor(RED).font('bold').fontSize(26).text(rendered.organ, left, doc.y, { align: 'center', width, characterSpacing: 2 });
  doc.moveDown(0.4);
  doc.fillColor('black').font('body').fontSize(BODY).text(rendered.number, { align: 'center', width });
  const ruleY = doc.y + 6;
  doc
    .save()
    .moveTo(left, ruleY)
    .lineTo(left + width, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke()
    .restore();
  doc.y = ruleY + 16;
  doc.fillColor('black').font('bold').fontSize(22).text(rendered.title, left, doc.y, { align: 'center', width });
  doc.moveDown(0.8);
  for (const block of rendered.blocks) {
    if (block.kind === 'heading')
      doc
        .font('bold')
        .fontSize(BODY)
        .text(block.text, left, doc.y, { width, indent: 2 * BODY, lineGap: LINE_GAP });
    else
      doc
        .font('body')
        .fontSize(BODY)
        .text(block.text, left, doc.y, { width, indent: 2 * BODY, align: 'justify', lineGap: LINE_GAP });
  }
  doc.moveDown(2);
  doc
    .font('body')
    .fontSize(BODY)
    .text(rendered.organ, left, doc.y, { width: width - 2 * BODY, align: 'right' });
  doc.text(rendered.sealText, { width: width - 2 * BODY, align: 'right' });
  doc.text(rendered.dateLine, { width: width - 2 * BODY, align: 'right' });
}

export async function documentToPdf(rendered: RenderedDocument, options: DocumentFileOptions): Promise<Buffer> {
  const { doc, done, width } = startPdf({ title: `${rendered.title} ${rendered.number}`, author: rendered.organ });
  writeDocumentBody(doc, rendered, width);
  const qr = await verificationQr(options.verifyUrl);
  const size = 28 * MM;
  if (doc.y + size + 10 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 10;
  const left = doc.page.margins.left;
  doc.image(qr, left, top, { width: size, height: size });
  doc
    .font('body')
    .fontSize(10.5)
    .text(`文书验证码：${rendered.verificationCode}`, left + size + 8, top + 4, { width: width - size - 8 });
  doc.text(`扫描二维码或访问 ${options.verifyUrl} 核验本文书的文号、制发机关、日期和 SHA-256 值。`, { width: width - size - 8 });
  numberPages(doc);
  doc.end();
  return done;
}

const font = (name: string): IRunOptions['font'] => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

export async function documentToDocx(rendered: RenderedDocument, options: DocumentFileOptions): Promise<Buffer> {
  const qr = await verificationQr(options.verifyUrl);
  const body = (text: string, extra: Partial<IRunOptions> = {}) => new TextRun({ text, font: font('仿宋_GB2312'), size: 32, ...extra });
  const right = (text: string) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 640 }, children: [body(text)] });
  const document = new Document({
    creator: rendered.organ,
    title: `${rendered.title} ${rendered.number}`,
    styles: { default: { document: { run: { font: font('仿宋_GB2312'), size: 32 }, paragraph: { spacing: { line: 560, lineRule: 'exact' } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: rendered.organ, font: font('方正小标宋简体'), size: 52, color: 'C00000' })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'C00000', space: 4 } },
            children: [body(rendered.number)],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 400, after: 400, line: 700, lineRule: 'exact' },
            children: [new TextRun({ text: rendered.title, font: font('方正小标宋简体'), size: 44 })],
          }),
          ...rendered.blocks.map((block) =>
            block.kind === 'heading'
              ? new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: block.text, font: font('黑体'), size: 32 })] })
              : new Paragraph({ indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED, children: [body(block.text)] }),
          ),
          new Paragraph({ children: [] }),
          right(rendered.organ),
          right(rendered.sealText),
          right(rendered.dateLine),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: qr, transformation: { width: 96, height: 96 } })] }),
          new Paragraph({ children: [new TextRun({ text: `文书验证码：${rendered.verificationCode}　核验地址：${options.verifyUrl}`, size: 21 })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
