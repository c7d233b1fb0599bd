import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    include: ['src/**/*.test.ts'],
    // Every test and hook is bounded: a hang fails with a name instead of stalling CI.
    testTimeout: 15_000,
    hookTimeout: 15_000,
    // Public types are tested too (src/**/*.test-d.ts), with the package's tsconfig.
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
