import { defineConfig } from 'tsdown';

const shared = {
  entry: ['src/index.ts', 'src/pure.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
} as const;

/**
 * zod's declarations silence a variance check with `/** @ts-ignore *\/` on the line before `out Shape`; bundling
 * joins those lines, which would turn the check back on in callers with `skipLibCheck: false`. Keep the break.
 */
const keepTsIgnoreLines = {
  name: 'keep-ts-ignore-lines',
  renderChunk(code: string): string {
    return code.replaceAll('/** @ts-ignore Cast variance */', '\n// @ts-ignore Cast variance\n');
  },
};

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
    // zod's types are bundled into the .d.mts too (resolved with tsc's resolver), so the published package needs
    // no zod at all: the schemas keep their full zod/v4 types, and installs skip zod's 6 MB.
    noExternal: [/^zod(\/|$)/],
    dts: { emitDtsOnly: true, resolver: 'tsc' },
    plugins: [keepTsIgnoreLines],
    clean: false,
  },
]);
