/**
 * English words of the reporters and of rendered fixes: the source of truth that every other language's
 * `ui` entry must match key for key (the type makes a missing one a compile error).
 */
import type { GoVersionRange, GroupId, SkipReason } from '../../core/check.js';
import { diff } from './ui-diff.js';
import { du } from './ui-du.js';
import { explain } from './ui-explain.js';
import { fixReport } from './ui-fixReport.js';
import { installs } from './ui-installs.js';
import { policyFile } from './ui-policyFile.js';
import { relocate } from './ui-relocate.js';
import { shells } from './ui-shells.js';

function range(r: GoVersionRange): string {
  if (r.since && r.before) return `Go ${r.since} up to (not including) ${r.before}`;
  if (r.since) return `Go ${r.since} and later`;
  if (r.before) return `Go releases before ${r.before}`;
  return 'every Go release';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export const ui = {
  explain,
  installs,
  shells,
  diff,
  du,
  fixReport,
  policyFile,
  relocate,
  /**
   * A fixed English phrase that shared core helpers put into data (a toolchain selection's reason, a
   * setting's origin) in this language; English returns it as it is.
   */
  phrase: (text: string): string => text,
  groups: {
    toolchain: 'Go toolchain',
    environment: 'Environment (HOME, PATH, go env file)',
    gopath: 'GOPATH and installed commands',
    cache: 'Caches and temporary directories',
    modules: 'Modules, workspaces and GOFLAGS',
    network: 'Module proxy and checksum database',
    build: 'Build target and cgo',
    policy: 'Repository policy (.go-doctor.yaml)',
    disk: 'Disk use (go-doctor du)',
  } satisfies Record<GroupId, string>,
  fix: {
    pathRemove: (d: { entry: string }) => `remove ${d.entry} from PATH where your shell startup files set it`,
    deleteLine: (d: { file: string; line: number; from: string }) =>
      `delete line ${d.line} of ${d.file} (${d.from})`,
    changeLine: (d: { file: string; line: number; from: string; to: string }) =>
      `in ${d.file} line ${d.line}, change ${d.from} to ${d.to}`,
  },
  text: {
    versionUnknown: 'go (version unknown)',
    noGo: 'no go command on PATH',
    inDir: (d: { cwd: string }) => `in ${d.cwd}`,
    gotoolchainUnset: 'GOTOOLCHAIN unset',
    runsLocal: (d: { version: string }) => `runs the local ${d.version}`,
    switchesPath: (d: { toolchain: string }) => `switches to ${d.toolchain} from PATH`,
    switchesDownload: (d: { toolchain: string }) => `switches to ${d.toolchain} (downloaded on first use)`,
    cannotSelect: 'cannot select a toolchain',
    factsFrom: (d: { origin: string }) => `facts from: ${d.origin}`,
    crashed: (d: { id: string; crash: string }) => `check ${d.id} crashed: ${d.crash}`,
    unknownError: 'unknown error',
    skipped: (d: { id: string; why: string }) => `${d.id}: skipped, ${d.why}`,
    fix: 'Fix:',
    errors: (n: number) => plural(n, 'error'),
    warnings: (n: number) => plural(n, 'warning'),
    notes: (n: number) => plural(n, 'note'),
    crashedCount: (n: number) => `${n} crashed`,
    tail: (d: { checks: number; collectMs: number; checkMs: string }) =>
      ` in ${d.checks} checks (collected in ${d.collectMs} ms, checked in ${d.checkMs} ms).`,
    runVerbose: ' Run with -v for every check.',
    noIssues: (d: { tail: string }) => `No issues found${d.tail}`,
    list: (items: readonly string[]) => items.join(', '),
  },
  markdown: {
    heading: '### go-doctor report',
    versionUnknown: 'version unknown',
    notFound: 'not found on PATH',
    unset: '(unset)',
    result: 'result',
    summary: (d: {
      errors: number;
      warnings: number;
      infos: number;
      passed: number;
      checks: number;
      skipped: number;
      crashed: number;
    }) =>
      `${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}, ${plural(d.infos, 'note')}; ${d.passed} of ${d.checks} checks passed${d.skipped ? `, ${d.skipped} skipped` : ''}${d.crashed ? `, ${d.crashed} crashed` : ''}`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    noFindings: 'No findings.',
    fix: 'Fix:',
    crashedChecks: '#### Crashed checks',
  },
  github: {
    fix: 'fix:',
    summary: (d: { errors: number; warnings: number; infos: number; passed: number; checks: number }) =>
      `go-doctor: ${d.errors} error(s), ${d.warnings} warning(s), ${d.infos} note(s); ${d.passed} of ${d.checks} checks passed`,
  },
  /** Where a check applies, and why it was skipped. */
  applies: {
    range,
    everyOs: 'every OS',
    skip: (r: SkipReason): string =>
      r.kind === 'os'
        ? `only for ${r.os.join(', ')}`
        : r.kind === 'go-unknown'
          ? 'the Go version is unknown'
          : `only for ${range(r.range)} (this is go${r.version})`,
    doesNotApply: 'does not apply',
  },
  junit: {
    fix: 'fix:',
    crashed: (d: { crash: string }) => `check crashed: ${d.crash}`,
  },
  sarif: {
    fix: 'Fix:',
    policyRule: 'the policy rule',
    anchored: (d: { uri: string }) => `machine-level finding, anchored to ${d.uri}`,
  },
  /** Usage errors (exit code 2) and the lines around them. */
  usage: {
    runHelp: 'Run "go-doctor --help" for usage.',
    internal: (d: { message: string }) => `internal error: ${d.message}`,
    debugHint: 'Set GO_DOCTOR_DEBUG=1 to see where it happened, and please report it.',
    unknownCommand: (d: { name: string }) => `unknown command "${d.name}"`,
    unexpectedArgument: (d: { arg: string }) => `unexpected argument "${d.arg}"`,
    unknownOption: (d: { option: string }) => `unknown option ${d.option}`,
    missingValue: (d: { option: string }) => `option ${d.option} needs a value`,
    badTimeout: (d: { got: string }) => `--timeout must be a number of seconds, got "${d.got}"`,
    oneOf: (d: { option: string; allowed: readonly string[]; got: string }) =>
      `${d.option} must be one of ${d.allowed.join(', ')}; got "${d.got}"`,
    cannotRead: (d: { what: string; file: string; code: string }) =>
      `cannot read ${d.what} ${d.file}: ${d.code}`,
    cannotWrite: (d: { what: string; file: string; code: string }) =>
      `cannot write ${d.what} ${d.file}: ${d.code}`,
    needsFile: (d: { option: string }) => `${d.option} needs a file name`,
    factsFile: 'facts file',
    outputFile: '--output',
    unknownCheck: (d: { id: string }) => `unknown check id "${d.id}"`,
    diffNeedsTwo: 'diff needs at least two snapshot files',
    ignoreUnknown: (d: { id: string }) => `GO_DOCTOR_IGNORE names an unknown check "${d.id}"; ignored`,
    summaryFailed: (d: { file: string; code: string }) =>
      `cannot append to GITHUB_STEP_SUMMARY (${d.file}): ${d.code}`,
    facts: {
      notJson: (d: { file: string; error: string }) => `${d.file} is not JSON: ${d.error}`,
      notObject: (d: { file: string }) => `${d.file} is not a go-doctor facts snapshot (not a JSON object)`,
      noSchema: (d: { file: string }) => `${d.file} is not a go-doctor facts snapshot (no schemaVersion)`,
      newer: (d: { file: string; version: number; supported: number }) =>
        `${d.file} has facts schema ${d.version}, newer than this go-doctor understands (${d.supported}); upgrade go-doctor`,
      unknownSchema: (d: { file: string; version: number }) =>
        `${d.file} has an unknown facts schema ${d.version}`,
      missing: (d: { file: string; key: string }) =>
        `${d.file} is missing "${d.key}" or it has the wrong type`,
      hostOs: (d: { file: string }) => `${d.file}: host.os must be a string`,
    },
  },
  cli: {
    help: 'show help (for a command)',
    overview: (d: {
      version: string;
      commands: string;
    }) => `go-doctor ${d.version}: finds, explains and fixes what is wrong with a Go toolchain setup.

Usage:
  go-doctor [command] [options]

Commands:
${d.commands}

Run "go-doctor help check" for the options of check, the default command.
Global options: -h/--help, --version, --lang en|zh-CN (default: from LC_ALL, LC_MESSAGES, LANG),
--list-checks [--format json] (every check with its metadata).
`,
  },
};

/** The shape every language's reporter words must have. */
export type Ui = typeof ui;
