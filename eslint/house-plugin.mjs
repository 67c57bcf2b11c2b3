// The house's own ESLint rules: the layer boundaries of docs/decisions/0029 as failing checks.
// app → lib/services (writes) / lib/queries (reads) → lib/domain (pure). Each boundary is its own
// rule so a report names the boundary that was crossed.
import path from 'node:path';

/** The import's target as a project-relative module name: `lib/db`, `lib/services/x`, `next/server`. */
function target(source, filename, cwd) {
  if (source.startsWith('@/')) return source.slice(2);
  if (source.startsWith('.'))
    return path
      .relative(cwd, path.resolve(path.dirname(filename), source))
      .split(path.sep)
      .join('/');
  return source;
}

const under = (dir) => (name) => name === dir || name.startsWith(`${dir}/`);
const NODE_BUILTINS_WITHOUT_IO = new Set(['crypto', 'buffer', 'util', 'assert', 'string_decoder', 'url', 'path']);
const nodeIo = (name) => {
  const bare = name.startsWith('node:') ? name.slice(5) : name;
  const root = bare.split('/')[0];
  const builtins = [
    'fs',
    'net',
    'http',
    'https',
    'http2',
    'child_process',
    'dgram',
    'dns',
    'tls',
    'worker_threads',
    'cluster',
    'os',
    'process',
    'readline',
    'stream',
    'zlib',
    'v8',
    'vm',
    'perf_hooks',
    'async_hooks',
    'timers',
    'inspector',
    'module',
    'sqlite',
  ];
  if (name.startsWith('node:')) return !NODE_BUILTINS_WITHOUT_IO.has(root);
  return builtins.includes(root);
};
const prismaClient = (name) => name.startsWith('@prisma/') || under('lib/generated/prisma')(name);

/**
 * A rule refusing imports whose target matches one of `bans`. A ban may let type-only imports
 * through (`typesAllowed`), or allow some named imports (`namesAllowed`).
 */
function boundary({ description, bans }) {
  return {
    meta: { type: 'problem', docs: { description }, schema: [], messages: { crossed: '{{message}} (imports "{{source}}")' } },
    create(context) {
      const filename = context.filename;
      const cwd = context.cwd;
      function check(node, sourceNode, { typeOnly = false, names = null } = {}) {
        if (!sourceNode || typeof sourceNode.value !== 'string') return;
        const name = target(sourceNode.value, filename, cwd);
        for (const ban of bans) {
          if (!ban.match(name)) continue;
          if (ban.typesAllowed && typeOnly) return;
          if (ban.namesAllowed && names && names.length > 0 && names.every((n) => ban.namesAllowed.includes(n))) return;
          context.report({ node, messageId: 'crossed', data: { message: ban.message, source: sourceNode.value } });
          return;
        }
      }
      return {
        ImportDeclaration(node) {
          const specifiers = node.specifiers;
          const typeOnly = node.importKind === 'type' || (specifiers.length > 0 && specifiers.every((s) => s.importKind === 'type'));
          const names = specifiers.every((s) => s.type === 'ImportSpecifier') ? specifiers.map((s) => s.imported.name ?? s.imported.value) : null;
          check(node, node.source, { typeOnly, names });
        },
        ExportNamedDeclaration(node) {
          if (node.source) check(node, node.source, { typeOnly: node.exportKind === 'type' });
        },
        ExportAllDeclaration(node) {
          check(node, node.source, { typeOnly: node.exportKind === 'type' });
        },
        ImportExpression(node) {
          if (node.source.type === 'Literal') check(node, node.source);
        },
      };
    },
  };
}

const domainPure = boundary({
  description: 'lib/domain is pure: no database, no framework, no server layer, no I/O',
  bans: [
    { match: (n) => n === 'lib/generated/prisma/enums', typesAllowed: true, message: 'lib/domain may take only types from the Prisma enums' },
    { match: prismaClient, message: 'lib/domain must not import the Prisma client or @prisma/*' },
    { match: under('lib/db'), message: 'lib/domain must not import lib/db' },
    {
      match: (n) => ['lib/services', 'lib/queries', 'lib/storage', 'lib/auth', 'lib/export', 'lib/records'].some((d) => under(d)(n)),
      message: 'lib/domain must not import a server layer (services, queries, storage, auth, export, records)',
    },
    {
      match: (n) => ['lib/action', 'lib/public-action', 'lib/audit', 'lib/env', 'lib/public-cache'].includes(n),
      message: 'lib/domain must not import server plumbing (actions, audit, env, cache)',
    },
    {
      match: (n) => ['next', 'next-auth', 'server-only', 'react', 'react-dom', 'pg'].includes(n) || /^(next|next-auth|react|react-dom|@auth)\//.test(n),
      message: 'lib/domain must not import next, next-auth, react, pg or server-only',
    },
    { match: nodeIo, message: 'lib/domain must not import a node module that does I/O or reads the machine' },
  ],
});

const queriesReadOnly = boundary({
  description: 'lib/queries never imports lib/services',
  bans: [{ match: under('lib/services'), message: 'lib/queries must not import lib/services (move the shared piece to lib/domain or lib/queries)' }],
});

const appThroughLayers = boundary({
  description: 'app/ reaches the database only through lib/queries and lib/services',
  bans: [
    { match: prismaClient, typesAllowed: true, message: 'app/ must not import the Prisma client (types only); go through lib/queries or lib/services' },
    {
      match: (n) => n === 'lib/db',
      namesAllowed: ['getDb', 'Db', 'Tx'],
      typesAllowed: true,
      message: 'app/ may take only getDb (to hand it to a query or service) and its types from lib/db',
    },
  ],
});

const componentsPresentational = boundary({
  description: 'components/ render what they are given: no database, no services, no queries',
  bans: [
    { match: prismaClient, typesAllowed: true, message: 'components/ must not import the Prisma client (types only)' },
    { match: under('lib/db'), message: 'components/ must not import lib/db: take the data as props' },
    { match: under('lib/services'), message: 'components/ must not import lib/services: a page or action calls them' },
    { match: under('lib/queries'), typesAllowed: true, message: 'components/ must not call lib/queries (their DTO types are fine): take the data as props' },
    { match: under('lib/storage'), message: 'components/ must not import lib/storage' },
  ],
});

/**
 * app/ hands the connection from getDb() to a query or service and never uses it itself:
 * no member access on getDb() or on a binding that holds it (or is typed Db / Tx).
 */
const noPrismaCalls = {
  meta: {
    type: 'problem',
    docs: { description: 'no Prisma calls in app/: a query or service does it' },
    schema: [],
    messages: { call: 'app/ must not call the Prisma client ({{what}}): move the read to lib/queries or the write to lib/services' },
  },
  create(context) {
    const reportMembers = (variable) => {
      for (const ref of variable.references) {
        const parent = ref.identifier.parent;
        if (parent && parent.type === 'MemberExpression' && parent.object === ref.identifier) {
          context.report({ node: parent, messageId: 'call', data: { what: `${ref.identifier.name}.${parent.property.name ?? '…'}` } });
        }
      }
    };
    const isDbType = (annotation) => annotation?.typeAnnotation?.type === 'TSTypeReference' && ['Db', 'Tx'].includes(annotation.typeAnnotation.typeName?.name);
    return {
      'CallExpression[callee.name="getDb"]'(node) {
        const parent = node.parent;
        if (parent.type === 'MemberExpression' && parent.object === node) {
          context.report({ node: parent, messageId: 'call', data: { what: `getDb().${parent.property.name ?? '…'}` } });
        } else if (parent.type === 'VariableDeclarator' && parent.init === node) {
          for (const v of context.sourceCode.getDeclaredVariables(parent)) reportMembers(v);
        }
      },
      Identifier(node) {
        if (!isDbType(node.typeAnnotation)) return;
        for (let scope = context.sourceCode.getScope(node); scope; scope = scope.upper) {
          const variable = scope.set.get(node.name);
          if (variable && variable.defs.some((d) => d.name === node)) return reportMembers(variable);
        }
      },
    };
  },
};

export const house = {
  meta: { name: 'house' },
  rules: {
    'domain-pure': domainPure,
    'queries-no-services': queriesReadOnly,
    'app-through-layers': appThroughLayers,
    'app-no-prisma-calls': noPrismaCalls,
    'components-presentational': componentsPresentational,
  },
};
