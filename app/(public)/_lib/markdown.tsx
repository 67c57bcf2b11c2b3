// A deliberately small Markdown subset rendered straight to React elements: no HTML string is ever
// produced or injected, so markup in a body (<script>, <img onerror>, javascript: links) shows as
// text. No Markdown library is installed and the project adds none for this; the subset covers
// what disclosures use: headings, paragraphs with line breaks, bold/italic, inline code, links,
// ordered and unordered lists, quotes, rules, fenced code and simple pipe tables.
import { Fragment, type ReactNode } from 'react';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'rule' }
  | { kind: 'code'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const UNORDERED = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*\d{1,3}[.)、]\s*(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!line.trim()) {
      i += 1;
      continue;
    }
    if (FENCE.test(line)) {
      const fence = FENCE.exec(line)![1]!;
      const body: string[] = [];
      for (i += 1; i < lines.length && !lines[i]!.trim().startsWith(fence); i += 1) body.push(lines[i]!);
      i += 1;
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i += 1;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ kind: 'rule' });
      i += 1;
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEPARATOR.test(lines[i + 1]!)) {
      const head = tableCells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim(); i += 1) rows.push(tableCells(lines[i]!));
      blocks.push({ kind: 'table', head, rows });
      continue;
    }
    const listPattern = UNORDERED.test(line) ? UNORDERED : ORDERED.test(line) ? ORDERED : null;
    if (listPattern) {
      const items: string[] = [];
      for (; i < lines.length && listPattern.test(lines[i]!); i += 1) items.push(listPattern.exec(lines[i]!)![1]!);
      blocks.push({ kind: 'list', ordered: listPattern === ORDERED, items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && /^\s*>/.test(lines[i]!); i += 1) quoted.push(lines[i]!.replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', lines: quoted });
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i]!.trim() && !startsBlock(lines, i); i += 1) paragraph.push(lines[i]!.trim());
    blocks.push({ kind: 'paragraph', lines: paragraph });
  }
  return blocks;
}

function startsBlock(lines: string[], i: number): boolean {
  const line = lines[i]!;
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || UNORDERED.test(line) || ORDERED.test(line) || /^\s*>/.test(line);
}

/** Only web, mail and same-site links; anything else (javascript:, data:, vbscript:) is dropped. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (/^(https?:\/\/|mailto:)/i.test(href)) return href;
  if (/^\/(?!\/)/.test(href) || href.startsWith('#')) return href;
  return null;
}

// Inline: **strong**, *em*, `code`, [text](href), ![alt](src) (shown as a link), \-escapes.
const INLINE = /\\([\\`*_[\]()#+\-.!|>])|`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|!?\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const key = `${keyPrefix}-${n++}`;
    const [whole, escaped, code, strong, em, linkText, href] = match;
    if (escaped !== undefined) out.push(escaped);
    else if (code !== undefined) out.push(<code key={key}>{code}</code>);
    else if (strong !== undefined) out.push(<strong key={key}>{renderInline(strong, key)}</strong>);
    else if (em !== undefined) out.push(<em key={key}>{renderInline(em, key)}</em>);
    else if (linkText !== undefined && href !== undefined) {
      const safe = safeHref(href);
      const label = whole.startsWith('!') ? `图片：${linkText}` : linkText;
      out.push(
        safe ? (
          <a key={key} href={safe} {...(/^https?:/i.test(safe) ? { rel: 'noopener noreferrer' } : {})}>
            {renderInline(label, key)}
          </a>
        ) : (
          <Fragment key={key}>{label}</Fragment>
        ),
      );
    }
    last = at + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/**
 * Renders Markdown as React elements. The body's highest heading level becomes `topLevel` (<h2>
 * under the page's <h1>), whether the author wrote # or ##, so no heading level is skipped.
 */
export function Markdown({ source, topLevel = 2 }: { source: string; topLevel?: number }) {
  const blocks = parseBlocks(source);
  const levels = blocks.flatMap((block) => (block.kind === 'heading' ? [block.level] : []));
  const headingOffset = levels.length > 0 ? topLevel - Math.min(...levels) : 0;
  return (
    <>
      {blocks.map((block, b) => {
        const key = `b${b}`;
        switch (block.kind) {
          case 'heading': {
            const Tag = `h${Math.min(6, block.level + headingOffset)}` as 'h2';
            return <Tag key={key}>{renderInline(block.text, key)}</Tag>;
          }
          case 'paragraph':
            return (
              <p key={key}>
                {block.lines.map((line, l) => (
                  <Fragment key={l}>
                    {l > 0 && <br />}
                    {renderInline(line, `${key}-${l}`)}
                  </Fragment>
                ))}
              </p>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={key}>
                {block.items.map((item, n) => (
                  <li key={n}>{renderInline(item, `${key}-${n}`)}</li>
                ))}
              </Tag>
            );
          }
          case 'quote':
            return (
              <blockquote key={key}>
                <p>
                  {block.lines.map((line, l) => (
                    <Fragment key={l}>
                      {l > 0 && <br />}
                      {renderInline(line, `${key}-${l}`)}
                    </Fragment>
                  ))}
                </p>
              </blockquote>
            );
          case 'rule':
            return <hr key={key} />;
          case 'code':
            return (
              <pre key={key}>
                <code>{block.text}</code>
              </pre>
            );
          case 'table':
            return (
              <div key={key} className="table-scroll" role="region" aria-label="表格" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      {block.head.map((cell, c) => (
                        <th key={c} scope="col">
                          {renderInline(cell, `${key}-h${c}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, r) => (
                      <tr key={r}>
                        {block.head.map((_, c) => (
                          <td key={c}>{renderInline(row[c] ?? '', `${key}-${r}-${c}`)}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}
