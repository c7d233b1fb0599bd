#!/usr/bin/env node
import { main } from '../dist/cli.mjs';

main(process.argv.slice(2)).catch((error) => {
  // Config errors name the setting; anything else prints only its message, never a stack with values.
  console.error(`plivo-verify-webhook: ${error instanceof Error ? error.message : 'failed to start'}`);
  process.exit(1);
});
