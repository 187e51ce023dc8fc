import { defineConfig } from 'vitest/config';

/**
 * Two loops. `npm test` runs the fast one: every test that runs dpg-check in process. `npm run test:slow` runs
 * the slow one: the built binary in child processes, the GitHub emulator with faults or at scale, batches
 * of hundreds of repositories. A test file is slow when its name ends in .slow.test.ts or SLOW_FILES names
 * it; test/contract.test.ts checks that every test file is in exactly one loop.
 */
const ALL_TESTS = 'test/**/*.test.ts';
const SLOW_BY_NAME = 'test/**/*.slow.test.ts';

/** Slow files named by folder: every end-to-end test starts the built binary. */
export const SLOW_FILES = ['test/e2e/**/*.test.ts'];

// Fixture trees hold package.json and LICENSE files that must never be taken for the project's own.
const NEVER = ['fixtures/**', 'node_modules/**', 'dist/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    setupFiles: ['test/support/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: [ALL_TESTS],
          exclude: [...NEVER, SLOW_BY_NAME, ...SLOW_FILES],
          // The files of a worker share loaded modules instead of loading src/ afresh for each file: about five
          // times less time in imports. Safe while tests leave no global state behind (no mocks, env or cwd changes).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: [SLOW_BY_NAME, ...SLOW_FILES],
          exclude: NEVER,
          // Only these tests run the built binary.
          globalSetup: ['test/global-setup.ts'],
          // Each test starts processes; on a busy 2-core machine one of them can take a minute, and that is not a hang.
          testTimeout: 120_000,
        },
      },
    ],
  },
});
