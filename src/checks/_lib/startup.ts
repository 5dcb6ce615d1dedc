/**
 * Shared helpers for checks over shell startup files (facts.startup). Pure.
 */
import type { Facts } from '../../core/facts.js';
import {
  analyzeStartup,
  type ContextPlan,
  isInteractive,
  MODE_LABEL,
  type Mode,
  type ShellKind,
  type StartupAnalysis,
} from '../../shells/startup.js';

const cache = new WeakMap<Facts, StartupAnalysis | null>();

/**
 * The startup-file analysis of these facts (computed once per facts object), or null when not collected
 * or when no stored line matches `hint`: a check passes the text its findings need (e.g. /GOROOT/), so
 * that the default check does not pay for the analysis on the usual machine where nothing matches.
 */
export function startupAnalysis(facts: Facts, hint?: RegExp): StartupAnalysis | null {
  if (hint && !facts.startup?.files.some((f) => f.lines.some((l) => hint.test(l.text)))) return null;
  let got = cache.get(facts);
  if (got === undefined) {
    got = facts.startup ? analyzeStartup(facts.startup, facts.host.os) : null;
    cache.set(facts, got);
  }
  return got;
}

/** The text of a startup file line, when collected. */
export function lineText(facts: Facts, file: string, line: number): string | null {
  const f = facts.startup?.files.find((x) => x.path === file);
  return f?.lines.find((l) => l.n === line)?.text ?? null;
}

/** ~/x for files under HOME. */
export function tildePath(facts: Facts, p: string): string {
  const home = facts.startup?.home ?? '';
  if (home !== '' && (p === home || p.startsWith(`${home}/`) || p.startsWith(`${home}\\`)))
    return `~${p.slice(home.length)}`;
  return p;
}

/** "bash login and login+interactive shells, zsh interactive shells". */
export function describeContexts(list: readonly { shell: ShellKind; mode: Mode }[]): string {
  const by = new Map<ShellKind, Mode[]>();
  for (const c of list) by.set(c.shell, [...(by.get(c.shell) ?? []), c.mode]);
  const parts: string[] = [];
  for (const [shell, modes] of by) {
    const labels = modes.map((m) => MODE_LABEL[m]);
    parts.push(
      `${shell} ${labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0]}`,
    );
  }
  return `${parts.join('; ')} shells`;
}

export interface ContextGo {
  /** The directory whose go wins, or null when the inherited PATH decides. */
  dir: string | null;
  version: string | null;
  /** No go can be found in this context. */
  none: boolean;
}

/**
 * The go that wins in a startup context: the first PATH entry put in front by the startup files that
 * holds a go, else (when PATH was not replaced) the go of the inherited PATH, approximated by this
 * process's go, else the first appended one.
 */
export function contextGo(
  facts: Facts,
  c: ContextPlan,
  inherited: { dir: string; version: string | null } | null,
): ContextGo {
  const paths = facts.startup?.paths ?? {};
  for (const e of c.pathFront) {
    const p = paths[e];
    if (p?.hasGo) return { dir: e, version: p.goVersion ?? null, none: false };
  }
  if (!c.pathReset && inherited) return { dir: inherited.dir, version: inherited.version, none: false };
  for (const e of c.pathBack) {
    const p = paths[e];
    if (p?.hasGo) return { dir: e, version: p.goVersion ?? null, none: false };
  }
  return { dir: null, version: null, none: c.pathReset || !inherited };
}

export { isInteractive };
