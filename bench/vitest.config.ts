import { defineProject } from 'vitest/config';

// `pnpm test` in bench: the harness's own helpers. The reliability suite has its own config. The proxy test uses
// real sockets: generous bounds, since `pnpm test` runs every package's tests at once on a loaded machine.
export default defineProject({
  test: { include: ['lib/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
