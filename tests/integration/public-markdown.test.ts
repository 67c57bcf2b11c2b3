import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, safeHref } from '@/app/(public)/_lib/markdown';

const render = (source: string) => renderToStaticMarkup(Markdown({ source }));

describe('public body rendering (Markdown subset)', () => {
  it('renders headings under the page title, paragraphs with line breaks, lists and emphasis', () => {
    const html = render('# 一、总则\n\n第一行\n第二行\n\n- 甲\n- 乙\n\n1. 一\n2. 二\n\n**重要** 与 *提示*');
    expect(html).toContain('<h2>一、总则</h2>');
    expect(html).toContain('<p>第一行<br/>第二行</p>');
    expect(html).toContain('<ul><li>甲</li><li>乙</li></ul>');
    expect(html).toContain('<ol><li>一</li><li>二</li></ol>');
    expect(html).toContain('<strong>重要</strong> 与 <em>提示</em>');
  });

  it("maps the body's top heading level to <h2>, keeping the levels below it", () => {
    expect(render('## 一、总则\n\n### （一）范围')).toBe('<h2>一、总则</h2><h3>（一）范围</h3>');
  });

  it('never emits raw HTML from the body', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n**<b>粗</b>**');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps only web, mail and same-site links', () => {
    const html = render('[官网](https://www.gov.cn) [站内](/guide) [坏](javascript:alert(1)) [数据](data:text/html,x)');
    expect(html).toContain('<a href="https://www.gov.cn" rel="noopener noreferrer">官网</a>');
    expect(html).toContain('<a href="/guide">站内</a>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:');
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref(' JavaScript:alert(1)')).toBeNull();
  });

  it('renders a pipe table with header cells', () => {
    const html = render('| 项目 | 数量 |\n| --- | --- |\n| 检查 | 192 |');
    expect(html).toContain('<th scope="col">项目</th>');
    expect(html).toContain('<td>192</td>');
  });
});
