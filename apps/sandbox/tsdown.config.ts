import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // No maps: declaration maps and JS maps would point at src/*.ts, which is not published; the JS is not minified.
  dts: { sourcemap: false },
  sourcemap: false,
  publint: true,
});
