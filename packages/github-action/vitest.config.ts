import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    // The process tests spawn the bundle against a sandbox; give them room on a busy 2-core machine.
    testTimeout: 180_000,
  },
});
