// Absolute URLs for feeds and the sitemap. Taken from configuration, never from the request:
// those responses are cached and shared, and a Host header must not end up in them.
export function siteUrl(path = ''): string {
  const base = (process.env.PUBLIC_SITE_URL ?? process.env.AUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path}`;
}
