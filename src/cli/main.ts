/**
 * The go-doctor command line: picks the subcommand, parses its options, and turns every failure into a
 * message and an exit code. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or internal error.
 */
import { parseArgs } from 'node:util';
import { allChecks } from '../checks/index.js';
import { describeRange } from '../core/run.js';
import { type Localizer, loadLang, localizer } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { loadCommand, loadCommands } from './commands/index.js';
import type { Command } from './commands/types.js';
import { type Io, langFor, langFromArgs, UsageError } from './io.js';

export type { Io } from './io.js';

async function overview(loc: Localizer): Promise<string> {
  const rows: [string, string][] = [
    ...(await loadCommands()).map((c): [string, string] => [c.name, loc.command(c.name, c).summary]),
    ['help [command]', loc.ui.cli.help],
  ];
  const width = Math.max(...rows.map(([n]) => n.length));
  const lines = rows.map(([n, summary]) => `  go-doctor ${n.padEnd(width)}  ${summary}`);
  return loc.ui.cli.overview({ version: VERSION, commands: lines.join('\n') });
}

/** Every check: id, group, title, variables and where it applies (text, or JSON for tools; JSON stays English). */
function listChecks(json: boolean, loc: Localizer): string {
  const rows = allChecks.map((c) => ({
    id: c.id,
    group: c.group,
    title: c.title,
    vars: [...c.vars],
    go: c.appliesTo?.go ? describeRange(c.appliesTo.go) : 'every Go release',
    os: c.appliesTo?.os ? [...c.appliesTo.os] : 'every OS',
    appliesTo: c.appliesTo,
    codes: Object.keys(c.messages),
  }));
  if (json) return `${JSON.stringify({ checks: rows.map(({ appliesTo: _, ...r }) => r) }, null, 2)}\n`;
  const a = loc.ui.applies;
  const width = Math.max(...rows.map((r) => r.id.length));
  return `${rows
    .map(
      (r) =>
        `${r.id.padEnd(width)}  ${r.group.padEnd(11)}  ${loc.title(r.id, r.title)} [${r.vars.join(', ')}; ${a.range(r.appliesTo?.go ?? {})}; ${Array.isArray(r.os) ? r.os.join('/') : a.everyOs}]`,
    )
    .join('\n')}\n`;
}

/** node:util parseArgs' errors, in the user's language for the two everyone meets. */
function parseArgsError(err: unknown): UsageError {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const option = /^Option '([^']+)'|^Unknown option '([^']+)'/.exec(message);
  const name = option?.[1]?.split(' ')[0] ?? option?.[2];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && name)
    return new UsageError((w) => w.usage.unknownOption({ option: name }));
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && name && /argument missing/.test(message))
    return new UsageError((w) => w.usage.missingValue({ option: name }));
  return new UsageError(message);
}

function findCommand(name: string): Promise<Command | undefined> {
  return loadCommand(name);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = [...argv];
    // The chosen language's catalog is loaded only when it is not English.
    const early = langFromArgs(args, io.env);
    await loadLang(early);
    const loc = localizer(early);
    if (args[0] === '--list-checks') {
      const json = args.includes('--json') || args.join(' ').includes('--format json');
      io.stdout.write(listChecks(json, loc));
      return 0;
    }
    if (args[0] === '--version') {
      io.stdout.write(`go-doctor ${VERSION}\n`);
      return 0;
    }
    if (args[0] === 'help' || ((args[0] === '--help' || args[0] === '-h') && args.length === 1)) {
      const topic = args[0] === 'help' ? args[1] : undefined;
      if (topic === undefined) {
        io.stdout.write(await overview(loc));
        return 0;
      }
      const c = await findCommand(topic);
      if (!c) throw new UsageError((w) => w.usage.unknownCommand({ name: topic }));
      io.stdout.write(loc.command(c.name, c).help);
      return 0;
    }
    // The command is the first argument when it names one; otherwise check.
    const first = args[0];
    let command = first !== undefined && !first.startsWith('-') ? await findCommand(first) : undefined;
    if (first !== undefined && !first.startsWith('-') && !command) {
      throw new UsageError((w) => w.usage.unknownCommand({ name: first }));
    }
    if (command) args.shift();
    else command = await findCommand('check');
    if (!command) throw new Error('no check command');
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw parseArgsError(err);
    }
    // Every command accepts --lang; a value no catalog covers is a usage error whatever the command.
    langFor(parsed.values.lang, io.env);
    if (parsed.values.help) {
      io.stdout.write(loc.command(command.name, command).help);
      return 0;
    }
    if (parsed.values.version) {
      io.stdout.write(`go-doctor ${VERSION}\n`);
      return 0;
    }
    if (!command.positionals && parsed.positionals.length > 0) {
      const arg = parsed.positionals[0] ?? '';
      throw new UsageError((w) => w.usage.unexpectedArgument({ arg }));
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals }, io);
  } catch (err) {
    // Usage and internal errors speak the language --lang or the locale asked for (English until the
    // catalog could be loaded).
    const words = localizer(langFromArgs(argv, io.env)).ui;
    if (err instanceof UsageError) {
      io.stderr.write(`go-doctor: ${err.in(words)}\n${words.usage.runHelp}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`go-doctor: ${words.usage.internal({ message })}\n`);
    if (io.env.GO_DOCTOR_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write(`${words.usage.debugHint}\n`);
    return 2;
  }
}
