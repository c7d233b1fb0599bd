import { defineProject } from 'vitest/config';

// `pnpm test:reliability`: fault injection, secret leaks and fuzzing against the built packages.
export default defineProject({
  test: {
    include: ['reliability/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
