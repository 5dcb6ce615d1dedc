/**
 * go-doctor snapshot (also: facts): the collected facts as JSON (secrets redacted), to save, share and
 * re-check with "check --facts FILE" or compare with "diff".
 */
import { redactPaths } from '../../core/snapshot.js';
import { COMMON_OPTIONS, factsFor } from '../io.js';
import { writeOutputFile } from '../output.js';
import type { Command } from './types.js';

function make(name: string, summary: string): Command {
  return {
    name,
    summary,
    help: `Usage: go-doctor ${name} [--output FILE] [--redact-paths]

Prints everything go-doctor collected about this machine as one JSON object, versioned
(schemaVersion). Credentials in proxy URLs, GOAUTH commands and tokens are always redacted.
"go-doctor check --facts FILE" re-checks such a file on any machine (a colleague's, a CI runner's, a
Windows laptop's from Linux); "go-doctor diff A.json B.json …" compares several.

Options:
  -o, --output FILE         write to FILE (atomically) instead of standard output
  --redact-paths            replace the user name in every path with USER
  --timeout SECONDS         limit for each go subprocess (default 10)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)
`,
    options: {
      ...COMMON_OPTIONS,
      output: { type: 'string', short: 'o' },
      'redact-paths': { type: 'boolean' },
    },
    async run({ values }, io) {
      let facts = await factsFor(values, io);
      if (values['redact-paths']) facts = redactPaths(facts);
      const text = `${JSON.stringify(facts, null, 2)}\n`;
      if (typeof values.output === 'string') writeOutputFile(values.output, text);
      else io.stdout.write(text);
      return 0;
    },
  };
}

export const snapshotCommand = make(
  'snapshot',
  'save the collected facts as JSON to re-check or compare elsewhere',
);
export const factsCommand = make('facts', 'the same as snapshot (older name)');
