/**
 * go-doctor du: sizes of GOCACHE, GOMODCACHE (split into the download cache, toolchains, sumdb and
 * extracted modules), the install directory and GOPATH, the free space of their volumes, findings and
 * what each `go clean` flag would free.
 */
import { diskChecks } from '../../checks/index.js';
import { collectDu, type DuProgress } from '../../collect/du.js';
import {
  DEFAULT_THRESHOLDS,
  type DuThresholds,
  duView,
  formatBytes,
  parseMinFree,
  parseSize,
} from '../../core/du.js';
import { exitCodeFor } from '../../core/findings.js';
import { runChecks } from '../../core/run.js';
import { localizer } from '../../i18n/index.js';
import { renderDuJson, renderDuMarkdown, renderDuText } from '../../report/du.js';
import { renderMarkdown } from '../../report/markdown.js';
import { buildReport } from '../../report/model.js';
import { FORMATS, render } from '../../report/render.js';
import { VERSION } from '../../version.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, langFor, oneOf, UsageError } from '../io.js';
import { appendStepSummary, writeOutputFile } from '../output.js';
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
  --format FORMAT           text (default), json, markdown (a bug-report block with the sizes),
                            sarif, junit (one test case per disk check) or github (annotations,
                            and the Markdown appended to $GITHUB_STEP_SUMMARY); json prints
                            { "locations": [ { "var", "path", "bytes", "files",
                              "volume": { "path", "free", "total" }, "parts", … } ],
                              "volumes", "findings", "cleanups", "thresholds" }
  --output FILE             write the --format report to FILE; the terminal gets the text report
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
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string' },
    'min-free': { type: 'string' },
    'max-cache': { type: 'string' },
    'fail-on': { type: 'string' },
    'no-progress': { type: 'boolean' },
    'save-facts': { type: 'string' },
    ascii: { type: 'boolean' },
  },
  async run({ values }, io) {
    const lang = langFor(values.lang, io.env);
    const format = oneOf('--format', values.format as string | undefined, FORMATS, 'text');
    const output = values.output as string | undefined;
    if (output === '') throw new UsageError((w) => w.usage.needsFile({ option: '--output' }));
    const failOn = oneOf(
      '--fail-on',
      values['fail-on'] as string | undefined,
      ['warning', 'info', 'never'] as const,
      'warning',
    );
    const thresholds: DuThresholds = { ...DEFAULT_THRESHOLDS };
    const minFree = values['min-free'];
    if (typeof minFree === 'string') {
      const m = parseMinFree(minFree);
      if (!m) throw new UsageError((w) => w.du.badMinFree({ got: minFree }));
      thresholds.minFree = m;
    }
    const maxCache = values['max-cache'];
    if (typeof maxCache === 'string') {
      const n = parseSize(maxCache);
      if (n === undefined) throw new UsageError((w) => w.du.badMaxCache({ got: maxCache }));
      thresholds.maxCache = n;
    }
    const facts = await factsFor(values, io);
    const factsFile = values.facts;
    if (typeof factsFile === 'string') {
      if (!facts.du) throw new UsageError((w) => w.du.noDuPart({ file: factsFile }));
    } else {
      const showProgress = format === 'text' && io.stderr.isTTY === true && values['no-progress'] !== true;
      const words = localizer(lang).ui.du;
      let shown = false;
      const onProgress = showProgress
        ? (p: DuProgress): void => {
            shown = true;
            const files = p.files.toLocaleString('en-US');
            io.stderr.write(`\r\x1b[2K${words.progress({ var: p.var, bytes: formatBytes(p.bytes), files })}`);
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
        writeOutputFile(values['save-facts'], `${JSON.stringify(facts, null, 2)}\n`, '--save-facts');
    }
    const view = duView(facts, thresholds);
    const start = performance.now();
    // GO_DOCTOR_IGNORE silences disk checks too (the same variable as for check).
    const known = new Set(diskChecks.map((c) => c.id));
    const ignore = (io.env.GO_DOCTOR_IGNORE ?? '').split(/[\s,]+/).filter((x) => known.has(x));
    const { results, context } = runChecks(diskChecks, facts, { thresholds, ignore });
    const report = buildReport({
      facts,
      results,
      context,
      checks: diskChecks,
      toolVersion: VERSION,
      checkMs: performance.now() - start,
      lang,
    });
    const text = (): string => {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      return renderDuText(view, report, {
        color: colorEnabled(io, colorFlag),
        ascii: values.ascii === true,
        lang,
      });
    };
    const markdown = (): string => `${renderMarkdown(report, lang)}\n${renderDuMarkdown(view, lang)}`;
    const rendered =
      format === 'text'
        ? text()
        : format === 'json'
          ? renderDuJson(view, report)
          : format === 'markdown'
            ? markdown()
            : render(report, format, { failOn, lang, checks: diskChecks });
    if (output !== undefined) {
      writeOutputFile(output, rendered);
      io.stdout.write(format === 'text' ? rendered : text());
    } else io.stdout.write(rendered);
    if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
      const err = appendStepSummary(io.env.GITHUB_STEP_SUMMARY, markdown(), localizer(lang).ui);
      if (err) io.stderr.write(err);
    }
    return exitCodeFor(report.summary, failOn);
  },
};
