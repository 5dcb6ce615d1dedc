/**
 * go-doctor du: sizes of GOCACHE, GOMODCACHE (split into the download cache, toolchains, sumdb and
 * extracted modules), the install directory and GOPATH, the free space of their volumes, findings and
 * what each `go clean` flag would free.
 */
import { writeFileSync } from 'node:fs';
import { collectDu, type DuProgress } from '../../collect/du.js';
import {
  DEFAULT_THRESHOLDS,
  type DuThresholds,
  duExitCode,
  duView,
  formatBytes,
  parseMinFree,
  parseSize,
} from '../../core/du.js';
import { renderDuJson, renderDuText } from '../../report/du.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, oneOf, UsageError } from '../io.js';
import type { Command } from './types.js';

export const duCommand: Command = {
  name: 'du',
  summary: 'disk use of GOCACHE, GOMODCACHE and GOPATH, free space, and what go clean would free',
  help: `Usage: go-doctor du [options]

Measures GOCACHE (build outputs, fuzz corpus), GOMODCACHE (download cache, toolchains, sumdb, VCS
clones, extracted modules), the install directory (GOBIN or GOPATH[0]/bin) and every GOPATH entry
(without the locations inside it that are measured on their own): apparent bytes as du -sb counts them,
files, and the free and total space of each volume. Links are not followed (a link to a location is
followed at the top). Reports a nearly full cache volume, caches on the system drive while another
volume has room, and a GOCACHE larger than --max-cache, and what go clean -cache, -testcache,
-fuzzcache and -modcache would free. docs/du.md has the details.

Options:
  --format text|json        output format (default text); json prints
                            { "locations": [ { "var", "path", "bytes", "files",
                              "volume": { "path", "free", "total" }, "parts", … } ],
                              "volumes", "findings", "cleanups", "thresholds" }
  --min-free N%|SIZE        a cache volume is nearly full below this (default: below 10% and below
                            10GiB); SIZE like 5GiB, 500MiB, 20GB
  --max-cache SIZE          report a GOCACHE larger than this (default 10GiB)
  --fail-on warning|info|never
                            lowest severity that makes the exit code 1 (default warning)
  --no-progress             no progress line (it is only shown on a terminal's stderr, text format)
  --save-facts FILE         also write the facts, with the sizes ("du" part), to FILE
  --facts FILE              report a saved snapshot (from --save-facts) instead of this machine
  --timeout SECONDS         limit for each go subprocess (default 10)
  --color, --no-color       force colour on or off
  --ascii                   ASCII marks

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    'min-free': { type: 'string' },
    'max-cache': { type: 'string' },
    'fail-on': { type: 'string' },
    'no-progress': { type: 'boolean' },
    'save-facts': { type: 'string' },
    ascii: { type: 'boolean' },
  },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    const failOn = oneOf(
      '--fail-on',
      values['fail-on'] as string | undefined,
      ['warning', 'info', 'never'] as const,
      'warning',
    );
    const thresholds: DuThresholds = { ...DEFAULT_THRESHOLDS };
    if (typeof values['min-free'] === 'string') {
      const m = parseMinFree(values['min-free']);
      if (!m)
        throw new UsageError(
          `--min-free must be a percentage (10%) or a size (5GiB); got "${values['min-free']}"`,
        );
      thresholds.minFree = m;
    }
    if (typeof values['max-cache'] === 'string') {
      const n = parseSize(values['max-cache']);
      if (n === undefined)
        throw new UsageError(`--max-cache must be a size (10GiB, 500MiB); got "${values['max-cache']}"`);
      thresholds.maxCache = n;
    }
    const facts = await factsFor(values, io);
    if (typeof values.facts === 'string') {
      if (!facts.du)
        throw new UsageError(
          `${values.facts} has no "du" part; save one with: go-doctor du --save-facts FILE`,
        );
    } else {
      const showProgress = format === 'text' && io.stderr.isTTY === true && values['no-progress'] !== true;
      let shown = false;
      const onProgress = showProgress
        ? (p: DuProgress): void => {
            shown = true;
            io.stderr.write(
              `\r\x1b[2K${p.var}: ${formatBytes(p.bytes)}, ${p.files.toLocaleString('en-US')} files…`,
            );
          }
        : undefined;
      // GO_DOCTOR_PROGRESS_MS (tests): the interval between progress lines, default 100 ms.
      const every = Number(io.env.GO_DOCTOR_PROGRESS_MS);
      facts.du = await collectDu(facts, {
        env: io.env,
        ...(onProgress ? { onProgress } : {}),
        ...(Number.isFinite(every) && io.env.GO_DOCTOR_PROGRESS_MS ? { progressMs: every } : {}),
      });
      if (shown) io.stderr.write('\r\x1b[2K');
      if (typeof values['save-facts'] === 'string')
        writeFileSync(values['save-facts'], `${JSON.stringify(facts, null, 2)}\n`);
    }
    const view = duView(facts, thresholds);
    if (format === 'json') io.stdout.write(renderDuJson(view));
    else {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      io.stdout.write(
        renderDuText(view, { color: colorEnabled(io, colorFlag), ascii: values.ascii === true }),
      );
    }
    return duExitCode(view, failOn);
  },
};
