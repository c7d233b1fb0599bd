import { defineConfig } from 'tsdown';

// One self-contained ESM file that the runner executes with `node dist/index.js`: every dependency is bundled,
// nothing is minified (reviewable diffs), and no hashes or timestamps, so a rebuild is byte-identical.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  fixedExtension: false,
  hash: false,
  dts: false,
  sourcemap: false,
  minify: false,
  clean: true,
  deps: { alwaysBundle: [/.*/], onlyBundle: false },
});
