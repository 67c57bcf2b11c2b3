import type { PublicListItem } from '@/lib/queries/public/dto';
import { siteUrl } from './site-url';

const escapeXml = (text: string) =>
  text
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
    // Characters XML 1.0 forbids (control characters other than tab, newline, return).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** An Atom 1.0 feed (RFC 4287) of published items. */
export function atomFeed(options: { title: string; path: string; items: PublicListItem[]; updated: string }): string {
  const { title, path, items, updated } = options;
  const entries = items
    .map(
      (item) => `  <entry>
    <id>${escapeXml(siteUrl(`/disclosures/${item.id}`))}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(siteUrl(`/disclosures/${item.id}`))}"/>
    <published>${item.publishedAt}</published>
    <updated>${item.publishedAt}</updated>
    <author><name>${escapeXml(item.sourceDepartment)}</name></author>
    <summary>${escapeXml(item.summary || item.title)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(siteUrl(path))}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(siteUrl(path))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(siteUrl('/'))}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
