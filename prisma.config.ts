import 'dotenv/config';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma CLI downloads a native schema engine on first use, which fails offline. Unless told
// otherwise, point it at our stand-in that runs the engine's WASM build (see
// docs/decisions/0002-offline-prisma-schema-engine.md). PRISMA_NATIVE_ENGINE=1 restores the default.
if (process.env.PRISMA_NATIVE_ENGINE !== '1' && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(new URL('./scripts/prisma-engine/schema-engine.mjs', import.meta.url));
}

// `prisma generate` needs no database. Without DATABASE_URL, use an address that can never resolve
// (.invalid) so a migrate command fails with "Can't reach database server" instead of touching a real one.
const url = process.env.DATABASE_URL || 'postgresql://unset@database-url-is-not-set.invalid:5432/unset';
const shadowDatabaseUrl = process.env.SHADOW_DATABASE_URL;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'node --conditions=react-server --import tsx prisma/seed.ts',
  },
  datasource: shadowDatabaseUrl ? { url, shadowDatabaseUrl } : { url },
});
