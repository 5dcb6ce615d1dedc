/**
 * The go-doctor command line. The only module that writes to stdout/stderr or sets the exit code.
 * Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or internal error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { allChecks } from '../checks/index.js';
import { now } from '../collect/clock.js';
import { collectFacts } from '../collect/index.js';
import type { Facts } from '../core/facts.js';
import { FactsError, parseFacts } from '../core/factsfile.js';
import { exitCodeFor, type FailOn } from '../core/findings.js';
import { runChecks } from '../core/run.js';
import { renderJson } from '../report/json.js';
import { buildReport } from '../report/model.js';
import { SHELLS, type ShellName } from '../report/shell.js';
import { renderText } from '../report/text.js';
import { VERSION } from '../version.js';

class UsageError extends Error {}

const HELP = `go-doctor ${VERSION}: finds, explains and fixes what is wrong with a Go toolchain setup.

Usage:
  go-doctor [check] [options]     check the Go setup this shell and directory see (the default)
  go-doctor facts [--output FILE] print (or save) the collected facts as JSON
  go-doctor help                  show this help

Options for check:
  --format text|json        output format (default text)
  --fail-on error|warning|info|never
                            lowest severity that makes the exit code 1 (default error)
  -v, --verbose             list every check with its timing, including passing and skipped ones
  --check ID                run only this check (repeatable)
  --ignore ID               skip this check (repeatable)
  --shell bash|zsh|sh|fish|powershell|cmd
                            write fixes in this shell's syntax (default: from $SHELL)
  --facts FILE              check a saved facts snapshot instead of this machine
  --timeout SECONDS         limit for each go subprocess (default 10)
  --color, --no-color       force colour on or off (default: on for terminals; NO_COLOR, FORCE_COLOR respected)
  --ascii                   ASCII status glyphs
  -h, --help                show this help
  --version                 print the version

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above it, 2 usage or internal error.
`;

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

function colorEnabled(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const env = io.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

function parseTimeout(v: string | undefined): number {
  if (v === undefined) return 10_000;
  const n = Number(v.replace(/s$/, ''));
  if (!Number.isFinite(n) || n <= 0 || n > 3600)
    throw new UsageError(`--timeout must be a number of seconds, got "${v}"`);
  return Math.round(n * 1000);
}

function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[], def: T): T {
  if (v === undefined) return def;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${name} must be one of ${allowed.join(', ')}; got "${v}"`);
}

async function loadFacts(file: string): Promise<Facts> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read facts file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
    );
  }
  try {
    return parseFacts(text, file);
  } catch (err) {
    if (err instanceof FactsError) throw new UsageError(err.message);
    throw err;
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        check: { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        shell: { type: 'string' },
        facts: { type: 'string' },
        output: { type: 'string', short: 'o' },
        timeout: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        ascii: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  }
  try {
    parsed = parse();
  } catch (err) {
    io.stderr.write(
      `go-doctor: ${err instanceof Error ? err.message : String(err)}\nRun "go-doctor --help" for usage.\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`go-doctor ${VERSION}\n`);
    return 0;
  }
  const command = positionals[0] ?? 'check';
  try {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const timeoutMs = parseTimeout(values.timeout);
    switch (command) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'facts': {
        const facts = values.facts
          ? await loadFacts(values.facts)
          : await collectFacts({ env: io.env, timeoutMs });
        const text = `${JSON.stringify(facts, null, 2)}\n`;
        if (values.output) writeFileSync(values.output, text);
        else io.stdout.write(text);
        return 0;
      }
      case 'check': {
        const format = oneOf('--format', values.format, ['text', 'json'] as const, 'text');
        const failOn = oneOf<FailOn>(
          '--fail-on',
          values['fail-on'],
          ['error', 'warning', 'info', 'never'],
          'error',
        );
        const shell =
          values.shell === undefined ? undefined : oneOf<ShellName>('--shell', values.shell, SHELLS, 'sh');
        const known = new Set(allChecks.map((c) => c.id));
        for (const id of [...(values.check ?? []), ...(values.ignore ?? [])]) {
          if (!known.has(id)) throw new UsageError(`unknown check id "${id}"`);
        }
        const facts = values.facts
          ? await loadFacts(values.facts)
          : await collectFacts({ env: io.env, timeoutMs });
        const start = now();
        const { results, context } = runChecks(allChecks, facts, {
          ...(values.check ? { only: values.check } : {}),
          ...(values.ignore ? { ignore: values.ignore } : {}),
          now,
        });
        const checkMs = now() - start;
        const report = buildReport({
          facts,
          results,
          context,
          checks: allChecks,
          toolVersion: VERSION,
          checkMs,
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
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`go-doctor: ${err.message}\nRun "go-doctor --help" for usage.\n`);
      return 2;
    }
    const msg = err instanceof Error ? err.message : String(err);
    io.stderr.write(`go-doctor: internal error: ${msg}\n`);
    if (io.env.GO_DOCTOR_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('Set GO_DOCTOR_DEBUG=1 to see where it happened, and please report it.\n');
    return 2;
  }
}
