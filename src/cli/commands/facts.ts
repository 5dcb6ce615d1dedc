/**
 * go-doctor facts: the collected facts as JSON (secrets redacted), to save, share and re-check.
 */
import { writeFileSync } from 'node:fs';
import { COMMON_OPTIONS, factsFor } from '../io.js';
import type { Command } from './types.js';

export const factsCommand: Command = {
  name: 'facts',
  summary: 'print (or save with --output FILE) the collected facts as JSON',
  help: `Usage: go-doctor facts [--output FILE]

Prints everything go-doctor collected about this machine as one JSON object (credentials in URLs and
GOAUTH commands are redacted). "go-doctor check --facts FILE" checks such a file anywhere.

Options:
  -o, --output FILE         write to FILE instead of standard output
  --timeout SECONDS         limit for each go subprocess (default 10)
`,
  options: { ...COMMON_OPTIONS, output: { type: 'string', short: 'o' } },
  async run({ values }, io) {
    const facts = await factsFor(values, io);
    const text = `${JSON.stringify(facts, null, 2)}\n`;
    if (typeof values.output === 'string') writeFileSync(values.output, text);
    else io.stdout.write(text);
    return 0;
  },
};
