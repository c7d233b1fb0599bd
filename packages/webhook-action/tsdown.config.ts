import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/fetch.ts', 'src/zapier.ts', 'src/cli.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: true,
  sourcemap: true,
  publint: true,
});
