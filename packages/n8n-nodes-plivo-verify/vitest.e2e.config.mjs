// The real-n8n end-to-end suite: `pnpm e2e`, run by .ci/run, not part of `pnpm test`.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['e2e/**/*.e2e.test.mjs'],
    // Installing n8n 2.8.4 on a cold machine takes minutes; each step below has its own bound.
    testTimeout: 900_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
