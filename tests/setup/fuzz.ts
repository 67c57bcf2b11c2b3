import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

// Shared pieces of the property-based tests (tests/integration/trust-fuzz.test.ts): hostile text,
// the discovery of every exported zod schema, and a check that a parsed value has the schema's
// declared output shape.

/** Strings an attacker or a careless paste would send. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>alert(document.cookie)</script>',
  '[点我](javascript:alert(1))',
  '\u0000\u0000',
  '\u0000',
  '%%',
  '%_\\',
  '\'; DROP TABLE "User"; --',
  '１２３４',
  '1e309',
  'NaN',
  '-0',
  '0x1F',
  '2026-02-30',
  '9999-12-31',
  '2026-13-01T25:61',
  ' ',
  '\u202e\u200b\ufeff',
  '😀👨‍👩‍👧',
  '\ud800',
  'true',
  'on',
  '[]',
  '{}',
  '__proto__',
  'constructor',
] as const;

const chars = fc.string({ unit: 'binary', maxLength: 40 });
const control = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)), maxLength: 8 });

/** One hostile string: random unicode, control characters, known payloads, numbers, very long text. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: chars, weight: 3 },
  { arbitrary: control, weight: 1 },
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom(...HOSTILE), chars).map(([a, b]) => `${b}${a}${b}`), weight: 2 },
  { arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1000, max: 25_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length))), weight: 1 },
);

/** A value of any JSON-ish type a caller (the seed, a script, a crafted request) could hand a schema. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: fc.array(hostileString, { maxLength: 3 }), weight: 1 },
  { arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)), weight: 2 },
  { arbitrary: fc.object({ maxDepth: 1, maxKeys: 3 }), weight: 1 },
);

// ── zod schemas ──────────────────────────────────────────────────────────────────────────────
type Def = { type: string; [key: string]: unknown };
export type AnySchema = { safeParse: (value: unknown) => { success: boolean; data?: unknown }; _zod: { def: Def } };

export function isZodSchema(value: unknown): value is AnySchema {
  return typeof value === 'object' && value !== null && '_zod' in value && typeof (value as { safeParse?: unknown }).safeParse === 'function';
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every exported zod schema of lib/schemas/** (by importing the modules), keyed "file#export". */
export async function discoverSchemas(): Promise<[string, AnySchema][]> {
  const dir = path.join(ROOT, 'lib/schemas');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();
  const found: [string, AnySchema][] = [];
  for (const file of files) {
    const loaded = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(loaded)) if (isZodSchema(value)) found.push([`lib/schemas/${file}#${name}`, value]);
  }
  return found;
}

const def = (schema: AnySchema): Def => schema._zod.def;

/** The field names an object-like schema reads (through refinements, pipes, unions, wrappers). */
export function inputKeys(schema: AnySchema): string[] {
  const d = def(schema);
  if (d.type === 'object') return Object.keys(d.shape as Record<string, unknown>);
  if (d.type === 'pipe') return inputKeys(d.in as AnySchema);
  if (d.type === 'union') return [...new Set((d.options as AnySchema[]).flatMap(inputKeys))];
  if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(d.type)) return inputKeys(d.innerType as AnySchema);
  return [];
}

const today = new Date().toISOString().slice(0, 10);
const POOL: unknown[] = [
  '市中区民政局',
  '张三',
  '张三、李四',
  '请补充依据',
  'A20190001',
  'cm0abc123def456ghi789jkl',
  'user@test.local',
  'Valid-pass-123',
  today,
  '2026-03-02',
  '2026-12-31',
  '2025-01-01',
  '2026-03-02T09:00',
  '2026-03-02T09:00:00+08:00',
  new Date().toISOString(),
  '2026',
  2026,
  '12',
  12,
  '0',
  '1',
  1,
  '120000.00',
  'true',
  'false',
  'on',
  true,
  false,
  '[]',
  '{"dates":[]}',
  ...HOSTILE.map((payload) => `通告${payload}`),
];
const STRUCTURAL = new Set(['object', 'array', 'union']);
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/**
 * A value the schema would plausibly accept, derived from its definition: objects field by field,
 * enum members, and for any other field the values of a pool (dates, numbers, ids, text with a
 * hostile payload inside) that this field accepts. So the fuzzing also reaches what a schema
 * accepts, not only what it refuses.
 */
export function plausible(schema: AnySchema): fc.Arbitrary<unknown> {
  const d = def(schema);
  if (WRAPPERS.has(d.type) && STRUCTURAL.has(def(d.innerType as AnySchema).type)) return plausible(d.innerType as AnySchema);
  if (d.type === 'pipe' && STRUCTURAL.has(def(d.in as AnySchema).type)) return plausible(d.in as AnySchema);
  if (d.type === 'pipe' && def(d.in as AnySchema).type === 'transform' && STRUCTURAL.has(def(d.out as AnySchema).type)) return plausible(d.out as AnySchema);
  switch (d.type) {
    case 'enum':
      return fc.constantFrom(...(Object.values(d.entries as Record<string, unknown>) as unknown[]));
    case 'array':
      return fc.array(plausible(d.element as AnySchema), { minLength: 1, maxLength: 3 });
    case 'object':
      return fc.record(
        Object.fromEntries(
          Object.entries(d.shape as Record<string, AnySchema>).map(([key, field]) => [
            key,
            fc.oneof({ arbitrary: plausible(field), weight: 6 }, { arbitrary: hostileValue, weight: 1 }),
          ]),
        ),
        { requiredKeys: [] },
      );
    case 'union':
      return fc.oneof(...(d.options as AnySchema[]).map(plausible));
    default: {
      const accepted = POOL.filter((value) => schema.safeParse(value).success);
      return accepted.length > 0 ? fc.constantFrom(...accepted) : hostileValue;
    }
  }
}

/**
 * Why `value` does not have `schema`'s declared output shape (null when it does). Parts whose
 * output a custom transform decides are not checked.
 */
export function shapeProblem(schema: AnySchema, value: unknown, where = 'value'): string | null {
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return typeof value === 'string' ? null : `${where} is ${typeof value}, not a string`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `${where} is ${String(value)}, not a finite number`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `${where} is not a boolean`;
    case 'enum':
      return Object.values(d.entries as Record<string, unknown>).includes(value) ? null : `${where} ${JSON.stringify(value)} is not one of the enum`;
    case 'literal':
      return (d.values as unknown[]).includes(value) ? null : `${where} is not the literal`;
    case 'array': {
      if (!Array.isArray(value)) return `${where} is not an array`;
      for (const [i, item] of value.entries()) {
        const problem = shapeProblem(d.element as AnySchema, item, `${where}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} is not an object`;
      const shape = d.shape as Record<string, AnySchema>;
      const extra = Object.keys(value).filter((key) => !(key in shape));
      if (extra.length > 0 && def((d.catchall as AnySchema) ?? ({ _zod: { def: { type: 'never' } } } as AnySchema)).type === 'never') {
        return `${where} carries undeclared keys ${extra.join(', ')}`;
      }
      for (const [key, field] of Object.entries(shape)) {
        const problem = shapeProblem(field, (value as Record<string, unknown>)[key], `${where}.${key}`);
        if (problem) return problem;
      }
      return null;
    }
    case 'optional':
      return value === undefined ? null : shapeProblem(d.innerType as AnySchema, value, where);
    case 'nullable':
      return value === null ? null : shapeProblem(d.innerType as AnySchema, value, where);
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return shapeProblem(d.innerType as AnySchema, value, where);
    case 'pipe':
      // A transform's output is its own; a preprocess (transform → schema) ends in a schema.
      return def(d.out as AnySchema).type === 'transform' ? null : shapeProblem(d.out as AnySchema, value, where);
    case 'union': {
      const options = d.options as AnySchema[];
      return options.some((option) => shapeProblem(option, value, where) === null) ? null : `${where} matches no option of the union`;
    }
    default:
      return null;
  }
}

/** English error text, a stack frame or a database error code: things a person must never be shown. */
export const INTERNAL_TEXT =
  /\b(Error|TypeError|RangeError|Prisma\w*|Invalid|invalid|Expected|expected|undefined|null|NaN|string|number|boolean|object|stack|Unique constraint|violates|ECONN\w+)\b|\bP\d{4}\b|\bat \S+ \(|:\d+:\d+\)|错误编号/;
