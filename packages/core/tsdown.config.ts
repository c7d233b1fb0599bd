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
    // Types import from zod (an optional peer dependency), so the schemas are the caller's own zod/v4 types. Bundling
    // zod's declarations instead was tried: two copies of zod's types are not assignable to each other (a schema
    // could no longer be passed where the caller's z.ZodType is expected).
    dts: { emitDtsOnly: true },
    clean: false,
  },
]);
