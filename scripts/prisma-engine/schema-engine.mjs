#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary; see
// docs/decisions/0002-offline-prisma-schema-engine.md. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY
// here, and the Prisma CLI runs it as
//   schema-engine --version
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database | create-database
//   schema-engine [--datamodels <file>]… --datasource '{"url":…,"shadowDatabaseUrl":…}'   (JSON-RPC 2.0)
// The work is done by the WASM build of the engine, talking to PostgreSQL through @prisma/adapter-pg.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import { adapterFactory, canConnect, connectionError, createDatabase } from './postgres.mjs';

const { values: args, positionals } = parseArgs({
  strict: false,
  allowPositionals: true,
  options: { datamodels: { type: 'string', multiple: true }, datasource: { type: 'string' }, version: { type: 'boolean' } },
});
const datasource = JSON.parse(args.datasource ?? '{}');

// The `prisma` package ships the exact engine build its CLI expects; @prisma/schema-engine-wasm
// provides the matching JavaScript glue (the same imports and exports).
const prismaPackage = createRequire(import.meta.url).resolve('prisma/package.json');
const wasmPath = join(dirname(prismaPackage), 'build/schema_engine_bg.wasm');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': glue });
glue.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

// The engine's panic hook leaves the panic message here just before the WASM instance traps.
let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
// Native engine errors, as the CLI reads them: user-facing ones carry a Pxxxx `error_code`.
const errorFields = (error) => {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  return { is_panic: isPanic, message: (isPanic && panicMessage) || error.message, error_code: error.code, meta: error.meta };
};
const logLine = (fields) => JSON.stringify({ timestamp: new Date().toISOString(), level: 'ERROR', fields, target: 'schema_engine::logger' });

if (args.version) {
  console.log(`schema-engine-cli ${glue.version()}`); // the CLI compares this hash with the one it expects
  process.exit(0);
}

if (positionals[0] === 'cli') {
  const command = { 'can-connect-to-database': canConnect, 'create-database': createDatabase }[positionals[1]];
  try {
    if (!command) throw new Error(`Unsupported command: cli ${positionals.slice(1).join(' ')}`);
    await command(datasource.url);
    process.exit(0);
  } catch (error) {
    // The CLI discards the first stderr line and parses the others as JSON log lines.
    process.stderr.write(`\n${logLine({ is_panic: false, ...connectionError(error, datasource.url) })}`);
    process.exit(1);
  }
}

// An exception thrown inside a WASM callback (e.g. on malformed params) escapes every promise:
// report it as the native engine reports a fatal error (the CLI shows the last ERROR line of stderr).
process.on('uncaughtException', (error) => {
  process.stderr.write(`${logLine(errorFields(error))}\n`);
  process.exit(error instanceof WebAssembly.RuntimeError ? 101 : 1);
});

// `migrate diff` starts the engine without schema files, but the WASM engine needs one to know its
// provider (the native one falls back to the connection); this adapter only speaks PostgreSQL anyway.
const datamodels = args.datamodels?.length
  ? args.datamodels.map((file) => [file, readFileSync(file, 'utf8')])
  : [['schema.prisma', 'datasource db {\n  provider = "postgresql"\n}\n']];

let enginePromise;
const engine = () =>
  (enginePromise ??= glue.SchemaEngine.new(
    { datamodels },
    (log) => process.stderr.write(log.endsWith('\n') ? log : `${log}\n`), // logs come as JSON lines already
    adapterFactory(datasource),
  ));

// RPC methods that the WASM engine implements under the same name.
const passThrough = new Set([
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
]);
let printId = 0;

async function call(method, params) {
  if (method === 'getDatabaseVersion') return (await engine()).version(params?.datasource ? params : null);
  if (method === 'createDatabase') return { databaseName: await createDatabase(params?.datasource?.url ?? datasource.url) };
  if (method === 'diff') {
    // The WASM engine returns the diff; the native one asks the CLI to `print` it, and the CLI ignores
    // any `stdout` in the response. The request goes out before the response, so output comes first.
    const { exitCode, stdout } = await (await engine()).diff(params);
    if (stdout != null) send({ jsonrpc: '2.0', id: `print-${++printId}`, method: 'print', params: { content: stdout } });
    return { exitCode };
  }
  if (method === 'introspectSql') {
    // The WASM engine overflows the JS stack here, and the CLI would then still exit 0.
    throw new Error(
      'TypedSQL (`prisma generate --sql`) is not supported by the offline schema engine: use $queryRaw with typed results, or PRISMA_NATIVE_ENGINE=1 where the native engine can be downloaded.',
    );
  }
  if (!passThrough.has(method)) throw new Error(`Method not supported by the offline schema engine: ${method}`);
  const wasm = await engine();
  try {
    return await wasm[method](params);
  } catch (error) {
    // evaluateDataLoss and createMigration read the schema the migrations produce from a per-session
    // cache that the WASM engine fills (through the adapter's shadow database) only in
    // diagnoseMigrationHistory/devDiagnostic, and devDiagnostic skips it while migrations are pending.
    if (!params?.migrationsList || !/shadow DB must be provided through an external factory/.test(error.message)) throw error;
    await wasm.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters: params.filters });
    return wasm[method](params);
  }
}

// JSON-RPC 2.0, one JSON object per line; the CLI sends one request at a time, answer in order anyway.
let queue = Promise.resolve();
const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
input.on('line', (line) => {
  if (!line.trim()) return;
  const { id, method, params } = JSON.parse(line);
  if (!method) return; // the CLI's answer to a `print` request
  queue = queue.then(async () => {
    try {
      send({ jsonrpc: '2.0', id, result: (await call(method, params)) ?? {} });
    } catch (error) {
      const data = errorFields(error);
      send({ jsonrpc: '2.0', id, error: { code: 4466, message: 'An error happened. Check the data field for details.', data } });
      if (data.is_panic) process.exit(101); // a trapped WASM instance cannot serve further requests
    }
  });
});
input.on('close', () => queue.then(() => process.exit(0)));
