/**
 * Switching go to the new directories.
 *
 * - `go env -w` / `go env -u` fixes are carried out here, through the runner, with GOTOOLCHAIN=local,
 *   after a backup of the go env file.
 * - Every other settings change (a variable set in the environment, PATH) goes through
 *   applySettingFixes(), the ONE place that will hand them to the fix engine (src/fix, `go-doctor fix`)
 *   once it is merged. TODO(fix-engine): replace the body of applySettingFixes with
 *   planFixes(...)/applyPlan(...). Until then it applies nothing and returns the exact commands and
 *   startup-file lines for the user, and the journal keeps the variable "waiting" (old copy kept) until a
 *   rerun sees the new value in effect.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { runProcess } from '../collect/runner.js';
import type { Fix } from '../core/fix.js';
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
  /** Fixes carried out (none until the fix engine is wired in). */
  applied: Fix[];
  /** Fixes left to the user, each with the exact lines to run or put in a startup file. */
  forUser: { fix: Fix; lines: string[] }[];
}

/**
 * Environment and PATH changes. TODO(fix-engine): wire to src/fix (planFixes + applyPlan) after merge;
 * callers already treat "not applied" as waiting and keep the old copies.
 */
export function applySettingFixes(
  fixes: readonly Fix[],
  opts: { shell: ShellName; os: string },
): SettingFixesResult {
  const forUser = fixes
    .filter((f) => f.kind !== 'go-env-w' && f.kind !== 'go-env-u')
    .map((fix) => ({ fix, lines: renderUserFix(fix, opts.shell, opts.os) }));
  return { applied: [], forUser };
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
