// `npm run lint`: Next.js (core web vitals) and typescript-eslint rules, and the house's layer
// boundaries as failing errors (eslint/house-plugin.mjs, docs/decisions/0029-lint-and-layer-boundaries.md).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { house } from './eslint/house-plugin.mjs';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'tests/**'];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'lib/generated/**', 'node_modules/**', '.data/**', '.test-results/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts']),
  {
    rules: {
      // A leading underscore marks a binding kept on purpose (a rest sibling dropped from a copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The public site links with plain <a> on purpose: every page is prerendered and cached, and
    // works without script (ADR 0005, 0019); a full page load is the intended navigation there.
    files: ['app/(public)/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { plugins: { house } },
  { files: ['lib/domain/**/*.{ts,tsx}'], ignores: TESTS, rules: { 'house/domain-pure': 'error' } },
  { files: ['lib/queries/**/*.{ts,tsx}'], ignores: TESTS, rules: { 'house/queries-no-services': 'error' } },
  { files: ['app/**/*.{ts,tsx}'], ignores: TESTS, rules: { 'house/app-through-layers': 'error', 'house/app-no-prisma-calls': 'error' } },
  { files: ['components/**/*.{ts,tsx}'], ignores: TESTS, rules: { 'house/components-presentational': 'error' } },
]);
