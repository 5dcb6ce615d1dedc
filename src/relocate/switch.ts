/**
 * Switching go to the new directories.
 *
 * - `go env -w` / `go env -u` fixes are carried out here, through the runner, with GOTOOLCHAIN=local,
 *   after a backup of the go env file.
 * - Every other settings change (a variable set in the environment, PATH) goes through
 *   applySettingFixes(), which hands them to the fix engine (src/fix, the engine of `go-doctor fix`):
 *   the user's shell startup files are edited in go-doctor's marked block, with a backup and a journal
 *   (`go-doctor fix --undo` takes the edit back). This process's environment does not change, so such a
 *   variable stays "waiting" (old copy kept) until a rerun from a new shell sees the new value in effect.
 *   What the engine cannot do (a line in /etc, Windows' user environment, which is planned but not run
 *   here) is returned as the exact commands and lines for the user.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { runProcess } from '../collect/runner.js';
import type { Facts } from '../core/facts.js';
import type { Fix } from '../core/fix.js';
import { applyPlan, planFixes } from '../fix/index.js';
import { renderUserFix } from '../report/relocate.js';
import type { ShellName } from '../report/shell.js';

export interface GoRunner {
  go: string;
  env: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
}

export function goEnvFor(base: NodeJS.ProcessEnv, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...base, GOTOOLCHAIN: 'local', ...overrides };
}

export class GoCommandError extends Error {}

async function goEnv(r: GoRunner, args: string[]): Promise<void> {
  const res = await runProcess(r.go, ['env', ...args], {
    env: goEnvFor(r.env),
    timeoutMs: r.timeoutMs,
    ...(r.cwd ? { cwd: r.cwd } : {}),
  });
  if (res.exitCode !== 0)
    throw new GoCommandError(
      `go env ${args.join(' ')} failed${res.timedOut ? ' (timed out)' : ''}: ${(res.stderr || res.spawnError || '').trim()}`,
    );
}

/** Copies the go env file aside once (the first write of a relocation); returns the backup path. */
export function backupGoEnvFile(file: string): string | undefined {
  if (file === '' || !existsSync(file)) return undefined;
  const backup = `${file}.go-doctor-relocate.bak`;
  copyFileSync(file, backup);
  return backup;
}

/** Carries out go-env-w and go-env-u fixes with the real go. Others are ignored here. */
export async function applyGoEnvFixes(r: GoRunner, fixes: readonly Fix[]): Promise<void> {
  const w = fixes.filter((f) => f.kind === 'go-env-w');
  const u = fixes.filter((f) => f.kind === 'go-env-u');
  if (w.length > 0) await goEnv(r, ['-w', ...w.map((f) => `${f.var}=${f.value}`)]);
  if (u.length > 0) await goEnv(r, ['-u', ...u.map((f) => f.var)]);
}

export interface SettingFixesResult {
  /** Fixes carried out by the fix engine (startup-file edits). */
  applied: Fix[];
  /** Startup files the engine wrote (undo: go-doctor fix --undo). */
  written: string[];
  /** Fixes left to the user, each with the exact lines to run or put in a startup file. */
  forUser: { fix: Fix; lines: string[] }[];
  errors: string[];
}

/** What the fix engine needs to edit this machine's startup files. */
export interface SettingEngine {
  facts: Facts;
  env: NodeJS.ProcessEnv;
  stateDir: string;
}

/**
 * Environment and PATH changes: through the fix engine when one is given (not on Windows, where the user
 * environment is changed by the printed commands), else all left to the user.
 */
export async function applySettingFixes(
  fixes: readonly Fix[],
  opts: { shell: ShellName; os: string; engine?: SettingEngine | undefined },
): Promise<SettingFixesResult> {
  const mine = fixes.filter((f) => f.kind !== 'go-env-w' && f.kind !== 'go-env-u');
  const forUserOf = (list: readonly Fix[]) =>
    list.map((fix) => ({ fix, lines: renderUserFix(fix, opts.shell, opts.os) }));
  if (!opts.engine || opts.os === 'windows' || mine.length === 0)
    return { applied: [], written: [], forUser: forUserOf(mine), errors: [] };
  const e = opts.engine;
  const plan = planFixes([{ finding: 'relocate', fixes: mine }], { facts: e.facts, env: e.env });
  // A fix kind the engine could not carry out everywhere (a line in /etc, an unreadable file) stays
  // with the user, in full.
  const open = new Set(
    plan.entries.filter((x) => x.status === 'refused' || x.status === 'advice').map((x) => x.kind),
  );
  const result = await applyPlan(plan, { stateDir: e.stateDir, env: e.env, applyOnly: false });
  if (result.errors.length > 0)
    return { applied: [], written: result.written, forUser: forUserOf(mine), errors: result.errors };
  return {
    applied: mine.filter((f) => !open.has(f.kind)),
    written: result.written,
    forUser: forUserOf(mine.filter((f) => open.has(f.kind))),
    errors: [],
  };
}

/** What `go env -json NAME…` prints, or an error text. */
export async function goEnvJson(
  r: GoRunner,
  names: readonly string[],
  overrides: Record<string, string> = {},
): Promise<Record<string, string> | string> {
  const res = await runProcess(r.go, ['env', '-json', ...names], {
    env: goEnvFor(r.env, overrides),
    timeoutMs: r.timeoutMs,
    ...(r.cwd ? { cwd: r.cwd } : {}),
  });
  if (res.exitCode !== 0) return (res.stderr || res.spawnError || `exit ${res.exitCode}`).trim();
  try {
    return JSON.parse(res.stdout) as Record<string, string>;
  } catch {
    return `go env -json printed no JSON: ${res.stdout.slice(0, 200)}`;
  }
}
