// ESLint (flat config): correctness rules that need no type information (fast on the whole
// tree), React hook rules for the web, and the repository's dependency boundaries
// (scripts/eslint/boundaries.mjs, stated in docs/ARCHITECTURE.md). Formatting is Prettier's job.
// Why ESLint and not Biome: docs/adr/0006-lint-and-format.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from './scripts/eslint/boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/server/drizzle/**',
      'apps/server/data/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { bole: boundaries },
    rules: {
      'bole/layers': 'error',
      'bole/server-modules': 'error',
      'bole/table-writes': 'error',
      // Unused code is already a type error (noUnusedLocals); `_`-prefixed names mark intent.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(describe|it|test)$/][callee.property.name='only']", message: 'No .only: every test runs.' },
        { selector: "CallExpression[callee.object.name=/^(describe|it|test)$/][callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    // Arrows run from the workflows to the calendar and evidence, never back: those announce or
    // ask through the hooks the workflows register at start-up (apps/server/src/platform/hooks.ts).
    files: ['apps/server/src/calendar/**/*.ts', 'apps/server/src/evidence/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/applications/*', '**/recognition/*', '**/benefits/*', '**/payments/*'],
              message: 'The calendar and evidence know no workflow: announce through ctx.hooks (platform/hooks.ts) and let the workflow react.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
