// ESLint (flat config): TypeScript rules, React hook rules, and the layer boundaries as an import rule.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * Which top-level folders each layer may import from (besides itself and npm/node packages):
 * contract ← maths ← indicators ← data-pipeline, and web sees only contract and maths.
 * Folders not listed here (tests, bench, scripts) may import anything.
 */
const LAYERS = {
  contract: [],
  maths: ['contract'],
  indicators: ['contract'],
  'data-pipeline': ['contract', 'maths', 'indicators'],
  web: ['contract', 'maths'],
};
/** Import aliases of the shared packages (aliases.ts, tsconfig paths). */
const ALIASES = { '@atlas/contract': 'contract', '@atlas/maths': 'maths' };

/** The top-level project folder an import points into, or null for a package import. */
function targetFolder(specifier, fromFile) {
  const alias = Object.entries(ALIASES).find(([name]) => specifier === name || specifier.startsWith(`${name}/`));
  if (alias) return alias[1];
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return null;
  const path = relative(ROOT, resolve(dirname(fromFile), specifier.split('?')[0]));
  return path.startsWith('..') ? null : path.split(/[\\/]/)[0];
}

const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer imports only from the layers below it (README, Layout).' },
    messages: { crossing: '{{from}}/ may not import from {{to}}/ (allowed: {{allowed}}). See the layer rules in README.md.' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    const layer = file.split(/[\\/]/)[0];
    const allowed = LAYERS[layer];
    if (allowed === undefined) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const to = targetFolder(source.value, context.filename);
      if (to === null || to === layer || allowed.includes(to)) return;
      context.report({ node: source, messageId: 'crossing', data: { from: layer, to, allowed: allowed.join(', ') || 'nothing of the project' } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/**
 * Packages too large for the code every page loads, each allowed only where it is meant to be: a value import anywhere
 * else in the app would pull it into those chunks. Types are free. MapLibre has a chunk of its own that only the map
 * page loads; apache-arrow comes with DuckDB (the app reads Arrow with web/src/data/arrow), and tests compare with it.
 */
const HEAVY_IMPORTS = [
  { name: 'maplibre-gl', message: 'Import MapLibre through web/src/map/maplibre-loader.ts (its own chunk).', allowedIn: ['web/src/map/maplibre-runtime.ts'] },
  {
    name: 'apache-arrow',
    message: 'Read Arrow with web/src/data/arrow; apache-arrow only comes with DuckDB (web/src/data/rank-table-ipc.ts).',
    allowedIn: ['web/src/data/rank-table-ipc.ts', 'web/src/data/duckdb/node-connector.ts', 'web/src/**/*.test.{ts,tsx}'],
  },
];

/** One block per set of files with the same restricted packages (a later block's rule replaces an earlier one's). */
function heavyImportBlocks() {
  const restrict = (packages) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: packages.map(({ name, message }) => ({ name, message, allowTypeImports: true })),
        // the packages' own modules too ('apache-arrow/table'), but not their stylesheets (boot.tsx imports MapLibre's)
        patterns: packages.map(({ name, message }) => ({ regex: `^${name}/(?!.*\\.css$)`, message, allowTypeImports: true })),
      },
    ],
  });
  const exceptions = HEAVY_IMPORTS.flatMap((p) => p.allowedIn);
  return [
    { files: ['web/src/**/*.{ts,tsx}'], ignores: exceptions, rules: restrict(HEAVY_IMPORTS) },
    ...HEAVY_IMPORTS.map((allowed) => ({ files: allowed.allowedIn, rules: restrict(HEAVY_IMPORTS.filter((p) => p !== allowed)) })),
  ];
}

export default defineConfig(
  {
    ignores: ['node_modules/', '**/dist/', '**/dist-*/', 'public/', '.cache/', '.tmp/', 'test-artifacts/', 'tests/fixtures/', 'tests/expected/*/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, atlas: { rules: { 'layer-imports': layerImports } } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'atlas/layer-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Node and the browser are both targets; TypeScript already knows which globals exist.
      'no-undef': 'off',
    },
  },
  ...heavyImportBlocks(),
  {
    // Tests may import any layer (they check the layers against each other), and reference values
    // copied from high-precision tools (mpmath) carry more digits than a double holds.
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'atlas/layer-imports': 'off', 'no-loss-of-precision': 'off' },
  },
);
