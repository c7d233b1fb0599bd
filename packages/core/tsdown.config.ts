import { defineConfig } from 'tsdown';

const shared = {
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
} as const;

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts'],
    // The Node entry bundles zod into its JS: loading zod's ~100 ESM files was about half of core's import time.
    noExternal: [/^zod(\/|$)/],
    dts: false,
    publint: true,
  },
  {
    ...shared,
    entry: ['src/pure.ts'],
    // The bundles' entry keeps zod external: the n8n node inlines core/pure and lets n8n's own zod serve
    // `zod/v4` (inlined zod would bring `globalThis` into the node's dist/, which n8n's Cloud rules forbid).
    dts: false,
    clean: false,
  },
  {
    ...shared,
    entry: ['src/index.ts', 'src/pure.ts'],
    // Types still import from the zod dependency, so the schemas are ordinary zod/v4 types for callers.
    dts: { emitDtsOnly: true },
    sourcemap: false,
    clean: false,
  },
]);
