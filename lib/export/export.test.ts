import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ReportBlock } from '@/lib/domain/reports/render';
import { reportToDocx } from './docx';
import { reportToPdf } from './pdf';

const blocks: ReportBlock[] = [
  { kind: 'subtitle', text: '市中区民政局' },
  { kind: 'title', text: '2021年度法治政府建设情况报告' },
  { kind: 'paragraph', key: 'p', text: '现将有关情况报告如下：' },
  { kind: 'heading1', text: '一、主要举措和成效' },
  { kind: 'heading2', text: '（一）完善制度机制，增强行政管理水平' },
  { kind: 'paragraph', key: 'a', text: '在区政府门户网站主动公开各类信息365条，检查养老机构192次。' },
  { kind: 'heading1', text: '二、党政主要负责人履行推进法治建设第一责任人职责情况' },
  { kind: 'heading1', text: '三、存在的不足及原因' },
  { kind: 'heading1', text: '四、下一年度工作安排' },
];

describe('report exports', () => {
  it('writes a .docx whose headings carry the Heading1/Heading2 styles and whose body paragraphs are indented', async () => {
    const bytes = await reportToDocx(blocks, { title: 't', author: 'a' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p .*?<\/w:p>/gs)].map((m) => m[0]);
    const styled = (text: string) => paragraphs.find((p) => p.includes(text)) ?? '';
    for (const heading of ['一、主要举措和成效', '二、党政主要负责人', '三、存在的不足及原因', '四、下一年度工作安排']) {
      expect(styled(heading)).toContain('<w:pStyle w:val="Heading1"/>');
    }
    expect(styled('（一）完善制度机制')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(styled('主动公开各类信息365条')).toMatch(/<w:ind w:firstLine="640"\/>/);
    expect(styled('2021年度法治政府建设情况报告')).toContain('<w:jc w:val="center"/>');
    const styles = await (await JSZip.loadAsync(bytes)).file('word/styles.xml')!.async('string');
    expect(styles).toContain('仿宋_GB2312');
  });

  it('writes an A4 PDF with the Chinese font embedded, from which the figures read back in Chinese', async () => {
    const bytes = await reportToPdf(blocks, { title: 't', author: 'a' });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('365条');
    expect(text).toContain('192次');
    expect(text).toContain('一、主要举措和成效');
    const page = await pdf.getPage(1);
    expect(page.view.map(Math.round)).toEqual([0, 0, 595, 842]);
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
    // Subset embedding: far below the 10+ MB of the whole font.
    expect(bytes.length).toBeLessThan(400_000);
  });
});
