import { defineConfig } from 'vitest/config';

const integration = ['apps/server/**/*.int.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/server/**/*.test.ts', 'apps/web/**/*.test.ts', 'policies/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...integration],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration-pglite',
          include: integration,
          // `*.pg.int.test.ts` need a real server (several processes on one database).
          exclude: ['**/node_modules/**', '**/*.pg.int.test.ts'],
          env: { BOLE_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration-postgres',
          include: integration,
          env: { BOLE_TEST_DB: 'postgres' },
          globalSetup: ['apps/server/test/postgres.global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
