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
  // @actions/core imports @actions/http-client (and undici, ~600 kB) only for getIDToken, which this action never
  // calls. Their modules have no side effects we rely on, so unused imports are dropped: a third of the size,
  // and less to parse at every start.
  treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/].*(@actions|undici)/.test(id) },
});
