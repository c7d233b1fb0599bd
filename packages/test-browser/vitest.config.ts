import { defineProject } from 'vitest/config';

export default defineProject({
  // Unpacking the packed Chromium is CPU-bound and CI runs every package's tests at once on 2 cores.
  test: { include: ['src/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
});
