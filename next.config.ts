import path from 'node:path';
import type { NextConfig } from 'next';
import { contentSecurityPolicy, HSTS, PRERENDERED_SOURCE } from './lib/http/csp';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './lib/http/limits';

const REVIEW_FILES_PATH = '/api/review-files';

const nextConfig: NextConfig = {
  // A second build folder (NEXT_DIST_DIR=.next-bench) lets the benchmark build beside the app's.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Keep the generated Prisma client and pg outside the bundle; they load at run time on the server.
  // pdfkit reads its font metrics from its own folder at run time (annual report PDF export).
  // pg-boss and nodemailer (the job queue and its mail, instrumentation.ts) and the S3 client load at run time too.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'pdfkit', 'pg-boss', 'nodemailer', '@aws-sdk/client-s3'],
  poweredByHeader: false,
  // No ETag: Next.js hashes the whole body in JavaScript on every cached hit to make one (about an
  // eighth of a list page's CPU time, growing with the page); a 304 saved bandwidth, not that CPU.
  // The caching proxy of the production topology answers repeat visits (ADR 0019, benchmarks).
  generateEtags: false,
  // The route cache: Next.js's own file-system cache, except that not-found responses are never
  // stored and each page keeps the script nonce of its render (ADR 0019).
  cacheHandler: path.resolve('lib/http/route-cache-handler.mjs'),
  // Contract and opinion files travel inside a server action (lib/schemas/upload.ts allows 8 MB);
  // recorder videos do not: they stream to a route handler (app/api/cases/[caseId]/evidence).
  // A larger declared body is refused with a 413 by proxy.ts (lib/http/action-body-limit.ts).
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Nothing in the portal uses these browser features; no embedded page may either.
          {
            key: 'Permissions-Policy',
            value:
              'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
          },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      // No page may be framed; only the review page's preview of a submitted PDF or image
      // (app/api/review-files) may be, and only by the portal's own pages.
      { source: `/((?!${REVIEW_FILES_PATH.slice(1)}/).*)`, headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      { source: `${REVIEW_FILES_PATH}/:path*`, headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }] },
      // Cached and static pages: the policy without a nonce (dynamic pages get theirs from proxy.ts).
      { source: PRERENDERED_SOURCE, headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ nonce: null, https: false }) }] },
      { source: PRERENDERED_SOURCE, has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }], headers: [{ key: 'Strict-Transport-Security', value: HSTS }] },
    ];
  },
};

export default nextConfig;
