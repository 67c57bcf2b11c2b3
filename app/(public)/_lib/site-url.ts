// Absolute URLs for feeds, the sitemap and robots.txt. Taken from configuration, never from the
// request: those responses are cached and shared, and a visitor's Host header must not end up in
// them. The rule (README, "Configuration"):
//   1. PUBLIC_SITE_URL, the address the public reaches the site at (may carry a path prefix);
//   2. else the origin of AUTH_URL, the staff side's canonical address;
//   3. else the address the server itself answers at: scripts/start.mjs sets PUBLIC_SITE_URL to
//      the URL it prints, and a bare `next start` answers on PORT (default 3000) of this machine.
// A value that is not an http(s) URL is ignored.
function configured(value: string | undefined, originOnly: boolean): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return originOnly ? url.origin : `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

export function siteBase(env: Record<string, string | undefined> = process.env): string {
  return configured(env.PUBLIC_SITE_URL, false) ?? configured(env.AUTH_URL, true) ?? `http://localhost:${Number(env.PORT) || 3000}`;
}

export function siteUrl(path = ''): string {
  return `${siteBase()}${path}`;
}
