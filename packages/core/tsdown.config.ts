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
    // No maps: the JS is not minified (stack traces read as is), and a map with its sources inlined would be mostly
    // zod's (~675 kB for the pure chunk alone); one without them would point at src/, which is not published.
    sourcemap: false,
    publint: true,
  },
  {
    ...shared,
    // Types import from zod (an optional peer dependency), so the schemas are the caller's own zod/v4 types. Bundling
    // zod's declarations instead was tried: two copies of zod's types are not assignable to each other (a schema
    // could no longer be passed where the caller's z.ZodType is expected).
    // No declaration maps: they point at src/*.ts, which the package does not ship.
    dts: { emitDtsOnly: true, sourcemap: false },
    clean: false,
  },
]);
