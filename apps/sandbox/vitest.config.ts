import { defineProject } from 'vitest/config';

export default defineProject({
  // Real servers on a machine shared with other builds: generous time limits (timings belong in bench/).
  test: { include: ['src/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 },
});
