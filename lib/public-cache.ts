import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';

// How the public disclosure site is cached (ADR 0005).
//
// Every public page or feed that shows disclosures is prerendered on its first request and then
// served from Next's route cache (ISR). Each one carries the cache tag below, attached by
// `tagPublicDisclosurePage()` during its render. Publishing or withdrawing an item calls
// `refreshPublicDisclosures()` after the transaction commits: the tag expires at once, so the next
// request for any of those pages renders it again from the database (no stale copy is served:
// a withdrawn item must disappear immediately).
export const PUBLIC_DISCLOSURES_TAG = 'public-disclosures';

// Safety net, in seconds: a cached public page older than this is re-rendered in the background
// on its next request, bounding staleness should an invalidation be missed (a change made by a
// script outside the running server, a restart: the tag state lives in the server's memory while
// rendered pages persist on disk). Literal copies of it sit in each page's `revalidate` export,
// which Next requires to be a literal.
export const PUBLIC_REVALIDATE_SECONDS = 600;

// A cached no-op whose only purpose is to attach PUBLIC_DISCLOSURES_TAG to the page being
// rendered (without Cache Components, a page's tags are those of the cached calls it makes). The
// data itself is read fresh from the database on every render, so a stale data-cache entry can
// never outlive a page.
const tagMarker = unstable_cache(async () => true, ['public-disclosures-page'], {
  tags: [PUBLIC_DISCLOSURES_TAG],
  revalidate: PUBLIC_REVALIDATE_SECONDS,
});

export async function tagPublicDisclosurePage(): Promise<void> {
  await tagMarker();
}

// Called by whatever publishes or withdraws a disclosure, after its transaction commits.
// Works from a Server Action or a Route Handler. Outside a Next.js request (the seed script,
// tests calling a service directly) there is no route cache in this process to refresh, and the
// call does nothing; the pages of a running server then catch up within PUBLIC_REVALIDATE_SECONDS.
export function refreshPublicDisclosures(): void {
  try {
    revalidateTag(PUBLIC_DISCLOSURES_TAG, { expire: 0 });
  } catch (error) {
    if (error instanceof Error && /static generation store missing/.test(error.message)) return;
    throw error;
  }
}
