/**
 * Verifying a fix honestly. This process's environment does not see startup-file edits, so the checks
 * are run again in the environment a fresh shell would have: each shell the user uses is started in each
 * mode that reads startup files (login, interactive, login+interactive, and script where it reads any),
 * through the runner (timeout, no stdin, a throwaway TTY for interactive modes), from this process's
 * environment with the variables the plan changes taken out (and PATH without the entries startup files
 * add), and prints those variables. Facts are collected again with the printed values overlaid, once per
 * distinct result, and the checks run on each. A finding is gone only when it is gone in every context.
 * Without any shell to start (Windows, or none installed), the plan's own values are overlaid instead.
 */

import { runProcess } from '../collect/runner.js';
import { findShell } from '../collect/shells.js';
import type { Facts } from '../core/facts.js';
import type { Fix } from '../core/fix.js';
import {
  analyzeStartup,
  isInteractive,
  isLogin,
  MODE_LABEL,
  modesReadingStartup,
  type ShellKind,
} from '../shells/startup.js';
import type { FixPlan } from './plan.js';

export interface FreshEnv {
  label: string;
  env: NodeJS.ProcessEnv;
  error?: string;
}

const BEGIN = '@@GO-DOCTOR-FIX-BEGIN@@';
const END = '@@GO-DOCTOR-FIX-END@@';

function posixProbe(vars: readonly string[]): string {
  const body = vars
    .map(
      (v) => `if [ -n "\${${v}+x}" ]; then printf '%s=%s\\n' ${v} "$${v}"; else printf '%s\\n' '-${v}'; fi`,
    )
    .join('\n');
  return `printf '\\n%s\\n' '${BEGIN}'\n${body}\nprintf '%s\\n' '${END}'`;
}

function fishProbe(vars: readonly string[]): string {
  const body = vars
    .map(
      (v) =>
        `if set -q ${v}; printf '%s=%s\\n' ${v} (string join : -- $${v}); else; printf '%s\\n' -${v}; end`,
    )
    .join('\n');
  return `printf '\\n%s\\n' '${BEGIN}'\n${body}\nprintf '%s\\n' '${END}'`;
}

export function parseFreshProbe(stdout: string): Record<string, string | null> | null {
  const text = stdout.replace(/\r\n?/g, '\n');
  const b = text.lastIndexOf(`${BEGIN}\n`);
  if (b < 0) return null;
  const e = text.indexOf(END, b);
  if (e < 0) return null;
  const out: Record<string, string | null> = {};
  for (const line of text.slice(b + BEGIN.length + 1, e).split('\n')) {
    if (line.startsWith('-')) out[line.slice(1)] = null;
    else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/**
 * PATH without the Go entries the startup files prepend or append: what a shell inherits before reading
 * them (entries a file sets by resetting PATH, such as /etc/profile's system list, stay).
 */
export function inheritedPath(facts: Facts, path: string): string {
  if (!facts.startup) return path;
  const added = new Set<string>();
  for (const a of analyzeStartup(facts.startup, facts.host.os).assignments) {
    if (a.var !== 'PATH' || (a.op !== 'prepend' && a.op !== 'append')) continue;
    // as written too: a quoted "~/go/bin" is put on PATH literally
    added.add(a.value);
    if (a.expanded) added.add(a.expanded);
  }
  return path
    .split(':')
    .filter((p) => !added.has(p))
    .join(':');
}

/** The plan's own values applied to env (no shell started). */
export function overlayStatic(env: NodeJS.ProcessEnv, fixes: readonly Fix[], sep: string): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const f of fixes) {
    if (f.kind === 'set-env') out[f.var] = f.value;
    else if (f.kind === 'unset-env') delete out[f.var];
    else if (f.kind === 'path-add') {
      const list = (out.PATH ?? '').split(sep).filter((p) => p !== '' && p !== f.dir);
      out.PATH = (f.position === 'prepend' ? [f.dir, ...list] : [...list, f.dir]).join(sep);
    } else if (f.kind === 'path-remove')
      out.PATH = (out.PATH ?? '')
        .split(sep)
        .filter((p) => p !== f.entry)
        .join(sep);
  }
  return out;
}

export async function freshEnvs(
  plan: FixPlan,
  o: { env: NodeJS.ProcessEnv; facts: Facts; fixes: readonly Fix[]; timeoutMs?: number },
): Promise<FreshEnv[]> {
  const vars = plan.touched;
  if (vars.length === 0) return [{ label: 'this environment', env: { ...o.env } }];
  const base: NodeJS.ProcessEnv = { ...o.env };
  for (const v of vars) if (v !== 'PATH') delete base[v];
  if (vars.includes('PATH')) base.PATH = inheritedPath(o.facts, o.env.PATH ?? '');
  const jobs: Promise<FreshEnv>[] = [];
  const startup = o.facts.startup;
  if (plan.os !== 'windows' && startup) {
    for (const shell of plan.shells) {
      if (shell === 'powershell') continue;
      const bin = findShell(shell, o.env);
      if (!bin) continue;
      for (const mode of modesReadingStartup(shell, startup)) jobs.push(probe(shell, bin, mode));
    }
  }
  if (jobs.length === 0) {
    return [
      {
        label: 'the planned values (no shell to start)',
        env: overlayStatic(o.env, o.fixes, plan.os === 'windows' ? ';' : ':'),
      },
    ];
  }
  return Promise.all(jobs);

  async function probe(
    shell: ShellKind,
    bin: string,
    mode: typeof MODE_LABEL extends Record<infer K, string> ? K : never,
  ): Promise<FreshEnv> {
    const args: string[] = [];
    if (isLogin(mode)) args.push('-l');
    if (isInteractive(mode)) args.push('-i');
    args.push('-c', shell === 'fish' ? fishProbe(vars) : posixProbe(vars));
    const env: NodeJS.ProcessEnv = { ...base, TERM: 'dumb' };
    const r = await runProcess(bin, args, {
      env,
      timeoutMs: o.timeoutMs ?? 5000,
      pty: isInteractive(mode),
      maxOutput: 256 * 1024,
    });
    const label = `${shell} ${MODE_LABEL[mode]}`;
    const got = parseFreshProbe(r.stdout);
    if (!got)
      // No answer: count the old environment, so a finding is never called fixed on a shell's silence.
      return {
        label,
        env: { ...o.env },
        error: r.timedOut
          ? 'timed out'
          : r.spawnError
            ? `could not start: ${r.spawnError}`
            : `printed no result (exit ${r.exitCode ?? r.signal})`,
      };
    const out: NodeJS.ProcessEnv = { ...o.env };
    for (const v of vars) {
      const x = got[v];
      if (x === null || x === undefined) delete out[v];
      else out[v] = x;
    }
    return { label, env: out };
  }
}
