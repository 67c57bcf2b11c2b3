import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@': root,
  // `server-only` throws outside a React server environment; tests run services directly.
  'server-only': fileURLToPath(new URL('./tests/setup/empty-module.ts', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'eslint/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/fail-on-console-error.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // next-auth imports `next/server` without an extension, which Node's ESM loader refuses;
          // inlined, Vite resolves it (the authorisation matrix loads the auth route handlers).
          server: { deps: { inline: ['next-auth'] } },
          environment: 'node',
          globalSetup: ['tests/setup/global-db.ts'],
          setupFiles: ['tests/setup/worker-db.ts', 'tests/setup/fail-on-console-error.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          // Unit tests run first; the integration project then runs with its own worker limit.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
