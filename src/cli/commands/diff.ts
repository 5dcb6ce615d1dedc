/**
 * go-doctor diff A.json B.json [C.json …]: the Go-relevant differences between saved snapshots.
 */
import path from 'node:path';
import { diffMachines } from '../../core/diff.js';
import { renderDiffJson, renderDiffText } from '../../report/diff.js';
import { COMMON_OPTIONS, langFor, loadFacts, oneOf, UsageError } from '../io.js';
import type { Command } from './types.js';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare snapshots of several machines and show which one is the odd one out',
  help: `Usage: go-doctor diff A.json B.json [C.json …] [--format text|json]

Lists the Go-relevant differences between machines saved with "go-doctor snapshot": the go release and
where it is, and every go env value that differs, with where each value comes from (environment,
go env -w file, $GOROOT/go.env, default). Machines with the same value are grouped; when one value is
shared by all but a few machines, those are named as the odd ones out.

Options:
  --format text|json        output format (default text); json prints
                            { "schemaVersion", "machines", "rows": [ … ], "same": [ … ] }
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)

Exit codes: 0 no differences, 1 differences, 2 usage error (e.g. an unreadable or newer snapshot).
`,
  options: { ...COMMON_OPTIONS, format: { type: 'string' } },
  positionals: true,
  async run({ values, positionals }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    if (positionals.length < 2) throw new UsageError((w) => w.usage.diffNeedsTwo);
    const labels = positionals.map((p) => path.basename(p).replace(/\.json$/, ''));
    const unique = new Set(labels).size === labels.length;
    const machines = positionals.map((p, i) => ({
      label: unique ? (labels[i] as string) : p,
      facts: loadFacts(p),
    }));
    const d = diffMachines(machines);
    io.stdout.write(format === 'json' ? renderDiffJson(d) : renderDiffText(d, langFor(values.lang, io.env)));
    return d.rows.length > 0 ? 1 : 0;
  },
};
