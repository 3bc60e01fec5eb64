import { defineConfig } from 'vitest/config';
import { ATLAS_ALIASES } from './aliases.ts';

// Unit tests live next to their modules; pipeline and end-to-end cases under tests/.
// The e2e project needs a production build and Chromium, so it runs in its own project, one file at a time.
export default defineConfig({
  resolve: { alias: ATLAS_ALIASES },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['contract/**/*.test.ts', 'maths/**/*.test.ts', 'indicators/**/*.test.ts', 'data-pipeline/**/*.test.ts', 'web/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
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
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
