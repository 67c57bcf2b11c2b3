import { messages } from '@/lib/i18n/messages';
import { tagPublicDisclosurePage } from '@/lib/public-cache';
import { categoryBySlug } from '@/lib/queries/public/categories';
import { newestPublished } from '@/lib/queries/public/lists';
import { atomFeed } from '../../_lib/atom';

// Atom feed per category (/feeds/notices) and for everything (/feeds/all): generated on first
// request, cached, refreshed with the pages when something is published or withdrawn.
export const revalidate = 600;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

const FEED_SIZE = 50;

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const category = slug === 'all' ? null : categoryBySlug(slug);
  if (category === undefined) return new Response('Not Found', { status: 404 });
  await tagPublicDisclosurePage();
  const items = await newestPublished({ category: category?.category, take: FEED_SIZE });
  const body = atomFeed({
    title: category ? messages.publicSite.feed.title(category.name) : messages.publicSite.feed.allTitle,
    path: `/feeds/${slug}`,
    items,
    updated: items[0]?.publishedAt ?? new Date(0).toISOString(),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
