/**
 * The `go-doctor shells` result: what each shell context saw (collected by src/collect/shells.ts), where
 * the startup files set Go things (src/shells/startup.ts), and the differences that matter, phrased for
 * users. Pure.
 */
import type { OS, StartupFacts } from '../core/facts.js';
import {
  type Assignment,
  analyzeStartup,
  MODE_LABEL,
  type Mode,
  recommendedFiles,
  type ShellKind,
  type StartupAnalysis,
} from './startup.js';

export type ContextMode = Mode | 'minimal';

/** One row of the matrix (the JSON contract's "contexts" items). */
export interface ShellContextResult {
  shell: ShellKind;
  mode: ContextMode;
  go: string | null;
  goVersion: string | null;
  env: Record<string, string>;
  ms: number;
  error?: string;
}

export interface AssignmentResult {
  file: string;
  line: number;
  /** GOROOT, GOPATH… PATH for a Go PATH entry, or a version manager's name for its activation line. */
  var: string;
  /** As written in the file. */
  value: string;
}

export interface Difference {
  kind:
    | 'hang'
    | 'context-error'
    | 'go-fails'
    | 'go-missing'
    | 'go-differs'
    | 'var-differs'
    | 'conflict'
    | 'duplicate'
    | 'missing-path'
    | 'where-to-set'
    /** A finding of the startup-file checks (goroot-stale-startup, version-manager-interactive-only). */
    | 'check';
  /** The check id, for kind "check". */
  check?: string;
  severity?: 'error' | 'warning' | 'info';
  /** For users: what differs and what it means. */
  message: string;
  var?: string;
  /** The contexts concerned ("zsh interactive", "minimal"). */
  contexts?: string[];
  /** Startup file lines behind it (file:line). */
  sources?: string[];
  /** What to do. */
  fix?: string;
}

export interface ShellsReport {
  contexts: ShellContextResult[];
  assignments: AssignmentResult[];
  differences: Difference[];
}

export const MATRIX_VARS = ['GOROOT', 'GOPATH', 'GOBIN', 'GOPROXY', 'GOTOOLCHAIN', 'GOFLAGS', 'GO111MODULE'];

export function contextLabel(c: { shell: ShellKind; mode: ContextMode }): string {
  if (c.mode === 'minimal') return 'the minimal environment (cron, systemd, GUI apps)';
  return `${c.shell} ${MODE_LABEL[c.mode]}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function tilde(home: string, p: string): string {
  return home !== '' && p.startsWith(`${home}/`) ? `~${p.slice(home.length)}` : p;
}

/** Who runs shells in these contexts, for messages. */
function audience(cs: readonly ShellContextResult[]): string {
  const order = ['terminals', 'login shells of IDEs and CI jobs', 'scripts', 'cron, systemd and GUI apps'];
  const who = new Set<string>();
  for (const c of cs) {
    if (c.mode === 'minimal') who.add(order[3] as string);
    else if (c.mode === 'script') who.add(order[2] as string);
    else if (c.mode === 'login') who.add(order[1] as string);
    else who.add(order[0] as string);
  }
  return list(order.filter((x) => who.has(x)));
}

function goLabel(c: ShellContextResult, home: string): string {
  return `${c.goVersion ? `go${c.goVersion}` : 'go'} (${tilde(home, c.go ?? '')})`;
}

export function buildShellsReport(
  contexts: readonly ShellContextResult[],
  startup: StartupFacts | null,
  os: OS,
  analysis: StartupAnalysis | null = startup ? analyzeStartup(startup, os) : null,
): ShellsReport {
  const home = startup?.home ?? '';
  const assignments: AssignmentResult[] = (analysis?.assignments ?? []).map((a) => ({
    file: a.file,
    line: a.line,
    var: a.var,
    value: a.value,
  }));
  const differences: Difference[] = [];
  const where = (a: Assignment) => `${tilde(home, a.file)}:${a.line}`;
  /** Startup lines for a variable that are in effect in a context. */
  const sourcesFor = (name: string, cs: readonly ShellContextResult[]): string[] => {
    if (!analysis) return [];
    const out = new Set<string>();
    for (const a of analysis.assignments) {
      if (a.var !== name) continue;
      if (cs.some((c) => a.seenIn.some((s) => s.shell === c.shell && s.mode === c.mode))) out.add(where(a));
    }
    return [...out];
  };

  const ok = contexts.filter((c) => !c.error || c.error.startsWith('go version failed'));
  for (const c of contexts) {
    if (!c.error) continue;
    if (c.error.startsWith('go version failed')) {
      differences.push({
        kind: 'go-fails',
        message: `In ${contextLabel(c)}, ${tilde(home, c.go ?? 'go')} fails: ${c.error.replace(/^go version failed: /, '')}`,
        contexts: [contextLabel(c)],
        sources: sourcesFor('GOROOT', [c]),
      });
    } else if (c.error.startsWith('did not finish')) {
      differences.push({
        kind: 'hang',
        message: `${contextLabel(c)} ${c.error}: every shell of this kind hangs at start, and go-doctor could not see its Go setup.`,
        contexts: [contextLabel(c)],
      });
    } else {
      differences.push({
        kind: 'context-error',
        message: `${contextLabel(c)}: ${c.error}`,
        contexts: [contextLabel(c)],
      });
    }
  }

  // Where go is found.
  const found = ok.filter((c) => c.go);
  const missing = ok.filter((c) => !c.go);
  if (found.length > 0 && missing.length > 0) {
    const foundL = found.map(contextLabel);
    const missL = missing.map(contextLabel);
    const sources = analysis
      ? [
          ...new Set(
            analysis.assignments
              .filter(
                (a) =>
                  (a.var === 'PATH' || a.op === 'activate') &&
                  found.some((c) => a.seenIn.some((s) => s.shell === c.shell && s.mode === c.mode)),
              )
              .map(where),
          ),
        ]
      : [];
    differences.push({
      kind: 'go-missing',
      message:
        found.length <= missing.length
          ? `go is found only in ${list(foundL)}: ${audience(missing)} will not see it.`
          : `go is not found in ${list(missL)}: ${audience(missing)} will not see it.`,
      contexts: missL,
      sources,
    });
  }
  // Which go.
  const byGo = new Map<string, ShellContextResult[]>();
  for (const c of found) {
    const k = `${c.go}\u0000${c.goVersion ?? ''}`;
    byGo.set(k, [...(byGo.get(k) ?? []), c]);
  }
  if (byGo.size > 1) {
    const parts = [...byGo.values()].map(
      (cs) => `${goLabel(cs[0] as ShellContextResult, home)} in ${list(cs.map(contextLabel))}`,
    );
    const versions = new Set(found.map((c) => c.goVersion));
    differences.push({
      kind: 'go-differs',
      message: `Different shells run different go commands: ${parts.join('; ')}.${versions.size > 1 ? ' Builds and tests give different results depending on where they are started.' : ''}`,
      contexts: found.map(contextLabel),
      sources: sourcesFor('PATH', found),
    });
  }
  // Go variables.
  for (const name of MATRIX_VARS) {
    const groups = new Map<string, ShellContextResult[]>();
    for (const c of ok) {
      const v = c.env[name];
      const k = v === undefined ? '\u0000unset' : v;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    if (groups.size < 2) continue;
    const set = ok.filter((c) => c.env[name] !== undefined);
    const unset = ok.filter((c) => c.env[name] === undefined);
    const values = [...groups.entries()].filter(([k]) => k !== '\u0000unset');
    let message: string;
    if (values.length === 1 && unset.length > 0) {
      const [value, cs] = values[0] as [string, ShellContextResult[]];
      message = `${name}=${value} is set only in ${list(cs.map(contextLabel))}; elsewhere (${audience(unset)}) ${
        name === 'GOROOT' ? 'go finds its own installation' : 'go uses its default or the go env -w value'
      }.`;
    } else {
      message = `${name} differs between shells: ${values
        .map(([v, cs]) => `${v} in ${list(cs.map(contextLabel))}`)
        .join('; ')}${unset.length > 0 ? `; unset in ${list(unset.map(contextLabel))}` : ''}.`;
    }
    differences.push({
      kind: 'var-differs',
      var: name,
      message,
      contexts: set.map(contextLabel),
      sources: sourcesFor(name, set),
    });
  }

  if (analysis) {
    // Conflicts and duplicates within one context.
    const seenPairs = new Set<string>();
    for (const c of analysis.contexts) {
      const byVar = new Map<string, Assignment[]>();
      for (const a of c.assignments) if (a.op === 'set') byVar.set(a.var, [...(byVar.get(a.var) ?? []), a]);
      for (const [name, as] of byVar) {
        for (let i = 1; i < as.length; i++) {
          const a = as[i - 1] as Assignment;
          const b = as[i] as Assignment;
          if (a.file === b.file && a.line === b.line) continue;
          const key = `${where(a)}|${where(b)}`;
          if (seenPairs.has(key)) continue;
          seenPairs.add(key);
          const same = (a.expanded ?? a.value) === (b.expanded ?? b.value);
          differences.push({
            kind: same ? 'duplicate' : 'conflict',
            var: name,
            message: same
              ? `${name} is set twice to the same value (${where(a)} and ${where(b)}); one of them can go.`
              : `${name} is set to ${a.value} at ${where(a)}, then overridden with ${b.value} at ${where(b)} (in ${contextLabel(c)} and maybe others): the last one wins.`,
            sources: [where(a), where(b)],
          });
        }
      }
    }
    // Paths that no longer exist.
    for (const a of analysis.assignments) {
      if (a.op === 'activate' || a.op === 'unset' || !a.expanded) continue;
      if (!['GOROOT', 'GOPATH', 'GOBIN', 'GOMODCACHE', 'GOCACHE', 'PATH'].includes(a.var)) continue;
      const info = startup?.paths[a.expanded];
      if (info?.kind !== 'missing') continue;
      differences.push({
        kind: 'missing-path',
        var: a.var,
        message:
          a.var === 'PATH'
            ? `${where(a)} puts ${a.expanded} on PATH, which does not exist.`
            : `${where(a)} sets ${a.var} to ${a.expanded}, which does not exist.`,
        sources: [where(a)],
        fix:
          a.var === 'GOROOT'
            ? `delete line ${a.line} of ${tilde(home, a.file)}`
            : `fix or delete line ${a.line} of ${tilde(home, a.file)}`,
      });
    }
  }

  if (
    startup &&
    differences.some((d) => d.kind === 'go-missing' || d.kind === 'go-differs' || d.kind === 'var-differs')
  ) {
    const recs = recommendedFiles(startup, os);
    differences.push({
      kind: 'where-to-set',
      message: `To give every mode the same Go setup, set it once per shell in the file every mode reads: ${list(
        recs.map((r) => `${tilde(home, r.file)} (${r.shell})`),
      )}.`,
      fix: recs.map((r) => `${tilde(home, r.file)}: ${r.note}`).join('\n'),
    });
  }
  return { contexts: [...contexts], assignments, differences };
}
