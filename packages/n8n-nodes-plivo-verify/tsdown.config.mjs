// Bundles each node and credential into one self-contained CommonJS file under dist/ (n8n loads each on its own),
// with @plivo-verify/core inlined: verified community nodes may not have runtime dependencies. Only n8n-workflow
// and zod stay external: n8n provides both, and core imports `zod/v4`, which n8n's own zod 3.25 serves (inlining
// zod would bring `globalThis` into dist/, which n8n's Cloud rules forbid).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsdown';

// Core's published JS bundles zod (for its own import time), so the node bundles core's pure entry from source,
// where `zod/v4` is still an import that can stay external.
const CORE_PURE_SOURCE = fileURLToPath(new URL('../core/src/pure.ts', import.meta.url));

const ENTRIES = {
  'credentials/PlivoVerifyApi.credentials': 'credentials/PlivoVerifyApi.credentials.ts',
  'nodes/PlivoVerify/PlivoVerify.node': 'nodes/PlivoVerify/PlivoVerify.node.ts',
  'nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node': 'nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node.ts',
};

const shared = {
  format: ['cjs'],
  platform: 'node',
  target: 'es2020',
  outDir: 'dist',
  outExtensions: () => ({ js: '.js' }),
  alias: { '@plivo-verify/core/pure': CORE_PURE_SOURCE },
  dts: false,
  sourcemap: false,
  clean: false, // the build script empties dist/ once; the entries build side by side
  outputOptions: { codeSplitting: false },
  // Core's constants (Plivo's URL, its limits) land in dist/ as literals, as n8n and its scanners read them.
  inputOptions: { optimization: { inlineConst: { mode: 'all', pass: 2 } } },
  deps: {
    neverBundle: ['n8n-workflow', /^zod(\/.*)?$/],
    alwaysBundle: [/^@plivo-verify\//],
  },
};

export default defineConfig(
  Object.entries(ENTRIES).map(([name, source], index) => ({
    ...shared,
    entry: { [name]: source },
    // Icons and codex files ride along with the first entry.
    copy:
      index === 0
        ? [
            { from: 'icons/*.svg', to: 'dist/icons' },
            { from: 'nodes/PlivoVerify/*.node.json', to: 'dist/nodes/PlivoVerify' },
            { from: 'nodes/PlivoVerifyTrigger/*.node.json', to: 'dist/nodes/PlivoVerifyTrigger' },
          ]
        : [],
  })),
);
