/**
 * go-doctor check (the default): what will break and why, grouped, with fixes.
 */
import { allChecks } from '../../checks/index.js';
import { now } from '../../collect/clock.js';
import { exitCodeFor, type FailOn } from '../../core/findings.js';
import { runChecks } from '../../core/run.js';
import { renderJson } from '../../report/json.js';
import { buildReport } from '../../report/model.js';
import { SHELLS, type ShellName } from '../../report/shell.js';
import { renderText } from '../../report/text.js';
import { VERSION } from '../../version.js';
import { COMMON_OPTIONS, colorEnabled, factsFor, oneOf, UsageError } from '../io.js';
import type { Command } from './types.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check the Go setup this shell and directory see (the default command)',
  help: `Usage: go-doctor [check] [options]

Checks the Go setup that this process and working directory see, and reports what will break (errors),
what works but surprises (warnings) and what is worth knowing (notes), each with why and how to fix it.

Options:
  --format text|json        output format (default text)
  --fail-on error|warning|info|never
                            lowest severity that makes the exit code 1 (default error)
  -v, --verbose             list every check with its timing, including passing and skipped ones
  --check ID                run only this check (repeatable)
  --ignore ID               skip this check (repeatable)
  --shell bash|zsh|sh|fish|powershell|cmd
                            write fixes in this shell's syntax (default: from $SHELL)
  --facts FILE              check a saved facts snapshot (go-doctor facts) instead of this machine
  --timeout SECONDS         limit for each go subprocess (default 10)
  --color, --no-color       force colour on or off (default: on for terminals; NO_COLOR, FORCE_COLOR respected)
  --ascii                   ASCII status glyphs

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    verbose: { type: 'boolean', short: 'v' },
    check: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
    shell: { type: 'string' },
    ascii: { type: 'boolean' },
  },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    const failOn = oneOf<FailOn>(
      '--fail-on',
      values['fail-on'] as string | undefined,
      ['error', 'warning', 'info', 'never'],
      'error',
    );
    const shell =
      values.shell === undefined
        ? undefined
        : oneOf<ShellName>('--shell', values.shell as string, SHELLS, 'sh');
    const only = (values.check as string[] | undefined) ?? [];
    const ignore = (values.ignore as string[] | undefined) ?? [];
    const known = new Set(allChecks.map((c) => c.id));
    for (const id of [...only, ...ignore])
      if (!known.has(id)) throw new UsageError(`unknown check id "${id}"`);
    const facts = await factsFor(values, io);
    const start = now();
    const { results, context } = runChecks(allChecks, facts, { only, ignore, now });
    const report = buildReport({
      facts,
      results,
      context,
      checks: allChecks,
      toolVersion: VERSION,
      checkMs: now() - start,
      ...(shell ? { shell } : {}),
    });
    if (format === 'json') {
      io.stdout.write(renderJson(report));
    } else {
      const colorFlag = values['no-color'] ? false : values.color ? true : undefined;
      io.stdout.write(
        renderText(report, {
          color: colorEnabled(io, colorFlag),
          verbose: values.verbose === true,
          ascii: values.ascii === true,
        }),
      );
    }
    return exitCodeFor(report.summary, failOn);
  },
};
