import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A second build folder (NEXT_DIST_DIR=.next-bench) lets the benchmark build beside the app's.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // Keep the generated Prisma client and pg outside the bundle; they load at run time on the server.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  poweredByHeader: false,
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
