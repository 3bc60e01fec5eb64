import { defineConfig } from 'vitest/config';
import { ATLAS_ALIASES } from './aliases.ts';

/**
 * Tests that read the real raw folder (../shared/data/raw) or build the real data. They live next to
 * their modules where that is clearer, so they are named here; everything under tests/pipeline/ is
 * real-data too. The unit tier is everything else and must stay pure and fast (≤ 30 s on 2 cores).
 */
const REAL_DATA_TESTS = ['tests/pipeline/**/*.test.ts', 'indicators/catalog/catalog.test.ts', 'data-pipeline/geometry/raw-boundaries.test.ts'];

/** First in every tier: the run's temp files go into one folder, removed when the run ends. */
const RUN_TEMP_ROOT = 'tests/support/run-temp-root.ts';

/**
 * Three tiers: `unit` (pure, run by `npm run check`), `pipeline` (real data, built once per run by
 * tests/pipeline/global-setup.ts and shared by every file), `e2e` (production build in Chromium).
 */
export default defineConfig({
  resolve: { alias: ATLAS_ALIASES },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'contract/**/*.test.ts',
            'maths/**/*.test.ts',
            'indicators/**/*.test.ts',
            'data-pipeline/**/*.test.ts',
            'web/**/*.test.ts',
            'tests/expected/**/*.test.ts',
            'tests/support/**/*.test.ts',
            'server/**/*.test.ts',
          ],
          exclude: REAL_DATA_TESTS,
          environment: 'node',
          // Generous per test and hook: the machine is often shared, and a slow unit test should fail by its assertions.
          testTimeout: 30_000,
          hookTimeout: 30_000,
          globalSetup: [RUN_TEMP_ROOT],
        },
      },
      {
        extends: true,
        test: {
          name: 'pipeline',
          include: REAL_DATA_TESTS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: [RUN_TEMP_ROOT, 'tests/pipeline/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A poll waits for the page to settle after an action; 1 s (the default) is one long frame on a busy machine.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
          globalSetup: [RUN_TEMP_ROOT, 'tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
