import { defineConfig } from 'tsdown';

const shared = {
  // `clock`: the timer clock alone, for runtimes that take the pure entry but have timers (edge, serverless).
  entry: ['src/index.ts', 'src/pure.ts', 'src/node-clock.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
} as const;

export default defineConfig([
  {
    ...shared,
    // zod is bundled into the JS: loading its ~100 ESM files was about half of core's import time.
    noExternal: [/^zod(\/|$)/],
    dts: false,
    sourcemap: true,
    publint: true,
  },
  {
    ...shared,
    // Types still import from the zod dependency, so the schemas are ordinary zod/v4 types for callers.
    dts: { emitDtsOnly: true },
    clean: false,
  },
]);
