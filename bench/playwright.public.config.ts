import { defineConfig, devices } from '@playwright/test';

// Runs tests/e2e/public-site.spec.ts against an already running server (the benchmark build on
// its own port and scratch database), without the default config's web server:
//   PUBLIC_E2E_URL=http://127.0.0.1:3210 npx playwright test -c bench/playwright.public.config.ts
export default defineConfig({
  testDir: '../tests/e2e',
  testMatch: 'public-site.spec.ts',
  outputDir: '../test-results/public-site',
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.PUBLIC_E2E_URL ?? 'http://127.0.0.1:3210',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
