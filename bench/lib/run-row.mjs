// Runs one row file in this (fresh) process: `node lib/run-row.mjs <row.mjs> <runs>`. Progress goes to stderr;
// the row object is the last stdout line, after a marker, for the harness to read.
import { pathToFileURL } from 'node:url';

const [file, runs] = process.argv.slice(2);
const { default: run } = await import(pathToFileURL(file).href);
const row = await run({ runs: Number(runs), log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(`\n@@row ${JSON.stringify(row)}\n`);
process.exit(0);
