import 'server-only';
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { messages } from '@/lib/i18n/messages';
import type { CaseFileData } from '@/lib/queries/enforcement/case-file';
import { numberPages, writeDocumentBody } from './enforcement-document';
import { startPdf } from './pdf';

// The case file (卷宗) as one PDF: cover, 卷内目录 with the page each part starts on, each document
// as generated, the evidence list (name, kind, size, SHA-256, who, when, device), the step history
// and the chain verification certificate. The evidence files go beside it in a zip whose
// SHA256SUMS lists the same hashes.

export type ChainCertificate = { ok: boolean; head: string; length: number; files: number; message: string; verifiedAt: Date };

const shanghai = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);
const ENTRIES_PER_TOC_PAGE = 20;

export async function caseFileToPdf(data: CaseFileData, certificate: ChainCertificate): Promise<Buffer> {
  const { doc, done, width } = startPdf({ title: `${data.caseNumber} 卷宗`, author: data.organ });
  const left = doc.page.margins.left;
  const para = (text: string, opts: { size?: number; bold?: boolean } = {}) =>
    doc
      .font(opts.bold ? 'bold' : 'body')
      .fontSize(opts.size ?? 12)
      .text(text, left, doc.y, { width, lineGap: 4 });

  // Cover.
  doc
    .font('bold')
    .fontSize(26)
    .text(data.organ, left, doc.y + 40, { width, align: 'center' });
  doc.moveDown(1);
  doc.font('bold').fontSize(36).text('行政执法案卷', { width, align: 'center' });
  doc.moveDown(2);
  for (const [label, value] of [
    ['案号', data.caseNumber],
    ['案由', data.title],
    ['案件类型', data.typeLabel],
    ['当事人', data.partyNames.join('、')],
    ['承办人员', data.officerNames.join('、')],
    ['立案日期', data.filedOn],
    ['结案日期', data.closedOn ?? '未结案'],
    ['处理结果', data.outcome ?? '—'],
    ['卷内文书', `${data.documents.length}件`],
    ['证据材料', `${data.evidence.length}件`],
  ] as const) {
    doc
      .font('body')
      .fontSize(16)
      .text(`${label}：${value}`, left + 40, doc.y, { width: width - 80, lineGap: 8 });
  }

  // 卷内目录, filled in once every part's first page is known.
  const entries: { title: string; page: number }[] = [];
  const tocCount = Math.max(1, Math.ceil((data.documents.length + 3) / ENTRIES_PER_TOC_PAGE));
  const tocStart = doc.bufferedPageRange().count;
  for (let i = 0; i < tocCount; i += 1) doc.addPage();
  const part = (title: string) => {
    doc.addPage();
    entries.push({ title, page: doc.bufferedPageRange().count });
  };

  for (const document of data.documents) {
    part(`${document.label}（${document.number}）`);
    if (document.rendering) writeDocumentBody(doc, document.rendering, width);
    else para(`${document.label} ${document.number}`, { bold: true, size: 16 });
    doc.moveDown(1);
    para(`文书验证码：${document.verificationCode}　存档PDF的SHA-256：${document.pdfSha256}`, { size: 9 });
  }

  part('证据清单');
  para('证据清单', { bold: true, size: 18 });
  doc.moveDown(0.5);
  data.evidence.forEach((item, i) => {
    para(`${i + 1}. ${item.fileName}`, { bold: true, size: 11 });
    para(
      `类型：${messages.evidence.kinds[item.kind]}　大小：${size(item.size)}（${item.size}字节）　上传人：${item.uploadedBy ?? '—'}　拍摄/形成时间：${shanghai(item.capturedAt)}　采集人员：${item.officer?.name ?? '—'}　设备：${item.device?.code ?? '—'}`,
      { size: 10 },
    );
    para(`SHA-256：${item.sha256}`, { size: 9 });
    doc.moveDown(0.3);
  });

  part('办理记录');
  para('办理记录', { bold: true, size: 18 });
  doc.moveDown(0.5);
  for (const step of data.steps) {
    para(`${step.seq}. ${step.label} — ${step.actor}，${shanghai(step.occurredAt)}`, { bold: true, size: 11 });
    if (step.note.trim()) para(step.note, { size: 10 });
    para(`记录哈希：${step.hash}`, { size: 9 });
    doc.moveDown(0.3);
  }

  part('哈希链核验证明');
  para('案卷哈希链核验证明', { bold: true, size: 18 });
  doc.moveDown(0.5);
  para(
    certificate.ok
      ? '核验结果：完好。案卷的每条记录（办理环节、证据和文书文件）与其哈希值及签名相符，记录链未被删改，证据文件逐一重新计算SHA-256与登记值一致。'
      : `核验结果：未通过。${certificate.message}`,
    { size: 12 },
  );
  para(`链头哈希：${certificate.head}`, { size: 11 });
  para(`记录数（链长度）：${certificate.length}`, { size: 11 });
  para(`核验的证据文件数：${certificate.files}`, { size: 11 });
  para(`核验时间：${shanghai(certificate.verifiedAt)}`, { size: 11 });

  // The table of contents on its reserved pages.
  entries.forEach((entry, i) => {
    const page = tocStart + Math.floor(i / ENTRIES_PER_TOC_PAGE);
    doc.switchToPage(page);
    if (i % ENTRIES_PER_TOC_PAGE === 0) {
      doc.font('bold').fontSize(22).text('卷内目录', left, doc.page.margins.top, { width, align: 'center' });
      doc.moveDown(1);
    }
    const y = doc.y;
    doc
      .font('body')
      .fontSize(13)
      .text(`${i + 1}. ${entry.title}`, left, y, { width: width - 60 });
    doc.text(`第${entry.page}页`, left + width - 60, y, { width: 60, align: 'right' });
    doc.y = Math.max(doc.y, y + 24);
  });
  numberPages(doc);
  doc.end();
  return done;
}

/** The evidence files and a SHA256SUMS manifest, streamed as a zip. */
export function evidenceZip(files: { name: string; sha256: string; open: () => Promise<Readable> }[]): Promise<NodeJS.ReadableStream> {
  return (async () => {
    const zip = new JSZip();
    const folder = zip.folder('evidence')!;
    const missing: string[] = [];
    for (const file of files) {
      try {
        folder.file(file.name, await file.open(), { binary: true });
      } catch {
        missing.push(file.name);
      }
    }
    const present = files.filter((f) => !missing.includes(f.name));
    zip.file('SHA256SUMS', present.map((f) => `${f.sha256}  evidence/${f.name}`).join('\n') + '\n');
    // A file the store no longer has is named, never silently left out.
    if (missing.length > 0) zip.file('缺失文件.txt', `以下证据文件在存储中缺失，请核查：\n${missing.join('\n')}\n`);
    return zip.generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'STORE' });
  })();
}
