/**
 * go-doctor check (the default): what will break and why, grouped, with fixes.
 */
import { allChecks } from '../../checks/index.js';
import { now } from '../../collect/clock.js';
import { findPolicy, loadPolicy, PolicyError } from '../../collect/policy.js';
import { exitCodeFor, type FailOn } from '../../core/findings.js';
import type { Policy } from '../../core/policy.js';
import { runChecks } from '../../core/run.js';
import { localizer } from '../../i18n/index.js';
import type { Lang } from '../../i18n/lang.js';
import { renderMarkdown } from '../../report/markdown.js';
import { buildReport, type CheckReport } from '../../report/model.js';
import { FORMATS, render } from '../../report/render.js';
import { SHELLS, type ShellName } from '../../report/shell.js';
import { renderText } from '../../report/text.js';
import { VERSION } from '../../version.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, type Io, langFor, oneOf, UsageError } from '../io.js';
import { appendStepSummary, writeOutputFile } from '../output.js';
import type { Command } from './types.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the Go setup this shell and directory see (the default command)',
  help: `Usage: go-doctor [check] [options]

Checks the Go setup that this process and working directory see, and reports what will break (errors),
what works but surprises (warnings) and what is worth knowing (notes), each with why and how to fix it.

Options:
  --format FORMAT           text (default), json, markdown (a bug-report block), sarif (2.1.0, for
                            code scanning), junit (one test case per check) or github (workflow
                            annotations; appends a Markdown summary to $GITHUB_STEP_SUMMARY when set)
  --output FILE             write the --format report to FILE; the terminal gets the text report
  --fail-on error|warning|info|never
                            lowest severity that makes the exit code 1 (default error)
  -v, --verbose             list every check with its timing, including passing and skipped ones
  --check ID                run only this check (repeatable)
  --ignore ID               skip this check (repeatable); GO_DOCTOR_IGNORE=ID,ID does the same from
                            the environment
  --shell bash|zsh|sh|fish|powershell|cmd
                            write fixes in this shell's syntax (default: from $SHELL)
  --facts FILE              check a saved facts snapshot (go-doctor snapshot) instead of this machine
  --policy FILE             apply this repo policy (default: .go-doctor.yaml, .yml or .json in this
                            directory or a parent up to the repository root)
  --no-policy               do not look for a repo policy
  --timeout SECONDS         limit for each go subprocess (default 10)
  --color, --no-color       force colour on or off (default: on for terminals; NO_COLOR, FORCE_COLOR respected)
  --ascii                   ASCII status glyphs
  --lang en|zh-CN           language of messages (default: from LC_ALL, LC_MESSAGES, LANG; else English)

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string' },
    policy: { type: 'string' },
    'no-policy': { type: 'boolean' },
    'fail-on': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    check: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
    shell: { type: 'string' },
    ascii: { type: 'boolean' },
  },
  async run({ values }, io) {
    const lang = langFor(values.lang, io.env);
    const format = oneOf('--format', values.format as string | undefined, FORMATS, 'text');
    const output = values.output as string | undefined;
    if (output === '') throw new UsageError((w) => w.usage.needsFile({ option: '--output' }));
    const policy = policyFor(values, io);
    const failOn = oneOf<FailOn>(
      '--fail-on',
      values['fail-on'] as string | undefined,
      ['error', 'warning', 'info', 'never'],
      policy?.failOn ?? 'error',
    );
    const shell =
      values.shell === undefined
        ? undefined
        : oneOf<ShellName>('--shell', values.shell as string, SHELLS, 'sh');
    const only = (values.check as string[] | undefined) ?? [];
    const ignore = (values.ignore as string[] | undefined) ?? [];
    const known = new Set(allChecks.map((c) => c.id));
    for (const id of [...only, ...ignore])
      if (!known.has(id)) throw new UsageError((w) => w.usage.unknownCheck({ id }));
    // GO_DOCTOR_IGNORE=id,id silences checks for users who know what they are doing; a stale id there
    // is a warning, not a usage error (it lives in a profile, not on this command line).
    for (const id of (io.env.GO_DOCTOR_IGNORE ?? '').split(/[\s,]+/).filter((x) => x !== '')) {
      if (known.has(id)) ignore.push(id);
      else io.stderr.write(`go-doctor: ${localizer(lang).ui.usage.ignoreUnknown({ id })}\n`);
    }
    const facts = await factsFor(values, io);
    const start = now();
    const { results, context } = runChecks(allChecks, facts, { only, ignore, now, policy });
    const report = buildReport({
      facts,
      results,
      context,
      checks: allChecks,
      toolVersion: VERSION,
      checkMs: now() - start,
      policyFile: policy?.file ?? null,
      lang,
      ...(shell ? { shell } : {}),
    });
    const text = (): string => {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      return renderText(report, {
        color: colorEnabled(io, colorFlag),
        verbose: values.verbose === true,
        ascii: values.ascii === true,
        lang,
      });
    };
    const rendered = format === 'text' ? text() : render(report, format, { failOn, lang });
    if (output !== undefined) {
      writeOutputFile(output, rendered);
      io.stdout.write(format === 'text' ? rendered : text());
    } else io.stdout.write(rendered);
    if (format === 'github') githubSummary(io, report, lang);
    return exitCodeFor(report.summary, failOn);
  },
};

function githubSummary(io: Io, report: CheckReport, lang: Lang): void {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  const err = appendStepSummary(file, renderMarkdown(report, lang), localizer(lang).ui);
  if (err) io.stderr.write(err);
}

/** The repo policy: --policy FILE, else the one found from the working directory; --no-policy: none. */
function policyFor(values: Record<string, unknown>, io: Io): Policy | null {
  if (values['no-policy']) return null;
  const explicit = values.policy as string | undefined;
  const file = explicit ?? findPolicy(io.cwd ?? process.cwd());
  if (!file) return null;
  try {
    return loadPolicy(file);
  } catch (err) {
    if (err instanceof PolicyError) throw new UsageError((w) => err.text(w.policyFile));
    throw err;
  }
}
