import type { MetadataRoute } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { PUBLIC_CATEGORIES } from '@/lib/queries/public/categories';
import { newestPublished } from '@/lib/queries/public/lists';
import { siteUrl } from './(public)/_lib/site-url';

// /sitemap.xml: the site's fixed pages, every category list, and the newest published items (a
// sitemap holds at most 50,000 URLs; older items stay reachable through the lists and the
// catalogue). Cached like the pages and refreshed on publication. `next build` runs without a
// database, so the build-time copy holds the fixed pages only; it is replaced on the first
// request after PUBLIC_REVALIDATE_SECONDS or at the first publication.
export const revalidate = 600;

const MAX_ITEMS = 45_000;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const fixed: MetadataRoute.Sitemap = [
    { url: siteUrl('/'), changeFrequency: 'daily', priority: 1 },
    ...['/guide', '/rules', '/statutory', '/catalogue'].map((path) => ({ url: siteUrl(path), changeFrequency: 'weekly' as const })),
    ...PUBLIC_CATEGORIES.map((c) => ({ url: siteUrl(`/list/${c.slug}`), changeFrequency: 'daily' as const })),
  ];
  await tagPublicDisclosurePage();
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return fixed;
  const items = await newestPublished({ take: MAX_ITEMS });
  return [...fixed, ...items.map((item) => ({ url: siteUrl(`/disclosures/${item.id}`), lastModified: item.publishedAt }))];
}
