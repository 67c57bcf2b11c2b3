import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build folder (NEXT_DIST_DIR=.next-bench) lets the benchmark build beside the app's.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Keep the generated Prisma client and pg outside the bundle; they load at run time on the server.
  // pdfkit reads its font metrics from its own folder at run time (annual report PDF export).
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'pdfkit'],
  poweredByHeader: false,
  // Contract and opinion files travel inside a server action (lib/schemas/upload.ts allows 8 MB);
  // recorder videos do not: they stream to a route handler (app/api/cases/[caseId]/evidence).
  experimental: { serverActions: { bodySizeLimit: '9mb' } },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
