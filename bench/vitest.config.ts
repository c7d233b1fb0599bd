import { defineProject } from 'vitest/config';

// `pnpm test` in bench: the harness's own helpers. The reliability suite has its own config.
export default defineProject({
  test: { include: ['lib/**/*.test.ts'] },
});
