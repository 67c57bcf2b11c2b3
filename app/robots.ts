import type { MetadataRoute } from 'next';
import { siteUrl } from './(public)/_lib/site-url';

// Staff pages and sign-in are not for crawlers; search result pages are noindex themselves.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/staff', '/signin', '/signout', '/api/', '/search'] }],
    sitemap: siteUrl('/sitemap.xml'),
  };
}
