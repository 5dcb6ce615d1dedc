/**
 * The `go-doctor shells` result: what each shell context saw (collected by src/collect/shells.ts), where
 * the startup files set Go things (src/shells/startup.ts), and the differences that matter, phrased for
 * users. Pure.
 */
import type { OS, StartupFacts } from '../core/facts.js';
import { shells as en } from '../i18n/en/ui-shells.js';
import {
  type Assignment,
  analyzeStartup,
  type Mode,
  type RecommendationKey,
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

/** A context, for words: the shell and the mode. */
export interface ShellCtx {
  shell: ShellKind;
  mode: ContextMode;
}

/** What a difference says, as data (ui.shells.difference words it in each language). */
export type DiffText =
  | { code: 'go-fails'; ctx: ShellCtx; go: string; error: string }
  | { code: 'hang'; ctx: ShellCtx; error: string }
  | { code: 'context-error'; ctx: ShellCtx; error: string }
  | { code: 'go-only-in' | 'go-not-in'; found: ShellCtx[]; missing: ShellCtx[] }
  | {
      code: 'go-differs';
      groups: { version: string | null; path: string; contexts: ShellCtx[] }[];
      versionsDiffer: boolean;
    }
  | { code: 'var-only-in'; name: string; value: string; contexts: ShellCtx[]; unset: ShellCtx[] }
  | {
      code: 'var-differs';
      name: string;
      values: { value: string; contexts: ShellCtx[] }[];
      unset: ShellCtx[];
    }
  | { code: 'duplicate'; name: string; first: string; second: string }
  | {
      code: 'conflict';
      name: string;
      firstValue: string;
      first: string;
      secondValue: string;
      second: string;
      ctx: ShellCtx;
    }
  | { code: 'missing-path'; name: string; where: string; path: string }
  | { code: 'where-to-set'; files: { file: string; shell: ShellKind }[] };

/** What to do about a difference, as data (ui.shells.fix). */
export type DiffFix =
  | { code: 'delete-line' | 'fix-or-delete-line'; line: number; file: string }
  | { code: 'where-to-set'; files: { file: string; key: RecommendationKey }[] };

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
  /** For users: what differs and what it means (English; `text` holds it as data). */
  message: string;
  /** The message as data, for other languages (not in the JSON contract). Unset for kind "check",
   * whose message comes from the check catalogs already in the chosen language. */
  text?: DiffText;
  /** `fix` as data (not in the JSON contract). */
  fixData?: DiffFix;
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

/** Who runs shells in these contexts, in a fixed order: the words name each group. */
export type Audience = 'terminals' | 'ide-ci' | 'scripts' | 'services';

export function audienceOf(cs: readonly ShellCtx[]): Audience[] {
  const who = new Set<Audience>();
  for (const c of cs)
    who.add(
      c.mode === 'minimal'
        ? 'services'
        : c.mode === 'script'
          ? 'scripts'
          : c.mode === 'login'
            ? 'ide-ci'
            : 'terminals',
    );
  return (['terminals', 'ide-ci', 'scripts', 'services'] as const).filter((a) => who.has(a));
}

export function contextLabel(c: ShellCtx): string {
  return en.context(c);
}

function tilde(home: string, p: string): string {
  return home !== '' && p.startsWith(`${home}/`) ? `~${p.slice(home.length)}` : p;
}

const ctxOf = (c: ShellCtx): ShellCtx => ({ shell: c.shell, mode: c.mode });

/** A difference whose message is the English wording of its data. */
function said(
  d: Omit<Difference, 'message' | 'text' | 'fixData' | 'fix'>,
  text: DiffText,
  fixData?: DiffFix,
): Difference {
  // Key order as the JSON contract has always printed it: kind, var, message, then the rest.
  const { kind, var: name, ...rest } = d;
  const out: Difference = {
    kind,
    ...(name !== undefined ? { var: name } : {}),
    message: en.difference(text),
    ...rest,
    text,
  };
  if (fixData) {
    out.fix = en.fix(fixData);
    out.fixData = fixData;
  }
  return out;
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
      differences.push(
        said(
          { kind: 'go-fails', contexts: [contextLabel(c)], sources: sourcesFor('GOROOT', [c]) },
          {
            code: 'go-fails',
            ctx: ctxOf(c),
            go: tilde(home, c.go ?? 'go'),
            error: c.error.replace(/^go version failed: /, ''),
          },
        ),
      );
    } else if (c.error.startsWith('did not finish')) {
      differences.push(
        said({ kind: 'hang', contexts: [contextLabel(c)] }, { code: 'hang', ctx: ctxOf(c), error: c.error }),
      );
    } else {
      differences.push(
        said(
          { kind: 'context-error', contexts: [contextLabel(c)] },
          { code: 'context-error', ctx: ctxOf(c), error: c.error },
        ),
      );
    }
  }

  // Where go is found.
  const found = ok.filter((c) => c.go);
  const missing = ok.filter((c) => !c.go);
  if (found.length > 0 && missing.length > 0) {
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
    differences.push(
      said(
        { kind: 'go-missing', contexts: missL, sources },
        {
          code: found.length <= missing.length ? 'go-only-in' : 'go-not-in',
          found: found.map(ctxOf),
          missing: missing.map(ctxOf),
        },
      ),
    );
  }
  // Which go.
  const byGo = new Map<string, ShellContextResult[]>();
  for (const c of found) {
    const k = `${c.go}\u0000${c.goVersion ?? ''}`;
    byGo.set(k, [...(byGo.get(k) ?? []), c]);
  }
  if (byGo.size > 1) {
    const groups = [...byGo.values()].map((cs) => ({
      version: (cs[0] as ShellContextResult).goVersion,
      path: tilde(home, (cs[0] as ShellContextResult).go ?? ''),
      contexts: cs.map(ctxOf),
    }));
    const versions = new Set(found.map((c) => c.goVersion));
    differences.push(
      said(
        { kind: 'go-differs', contexts: found.map(contextLabel), sources: sourcesFor('PATH', found) },
        { code: 'go-differs', groups, versionsDiffer: versions.size > 1 },
      ),
    );
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
    let text: DiffText;
    if (values.length === 1 && unset.length > 0) {
      const [value, cs] = values[0] as [string, ShellContextResult[]];
      text = { code: 'var-only-in', name, value, contexts: cs.map(ctxOf), unset: unset.map(ctxOf) };
    } else {
      text = {
        code: 'var-differs',
        name,
        values: values.map(([value, cs]) => ({ value, contexts: cs.map(ctxOf) })),
        unset: unset.map(ctxOf),
      };
    }
    differences.push(
      said(
        { kind: 'var-differs', var: name, contexts: set.map(contextLabel), sources: sourcesFor(name, set) },
        text,
      ),
    );
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
          differences.push(
            said(
              { kind: same ? 'duplicate' : 'conflict', var: name, sources: [where(a), where(b)] },
              same
                ? { code: 'duplicate', name, first: where(a), second: where(b) }
                : {
                    code: 'conflict',
                    name,
                    firstValue: a.value,
                    first: where(a),
                    secondValue: b.value,
                    second: where(b),
                    ctx: ctxOf(c),
                  },
            ),
          );
        }
      }
    }
    // Paths that no longer exist.
    for (const a of analysis.assignments) {
      if (a.op === 'activate' || a.op === 'unset' || !a.expanded) continue;
      if (!['GOROOT', 'GOPATH', 'GOBIN', 'GOMODCACHE', 'GOCACHE', 'PATH'].includes(a.var)) continue;
      const info = startup?.paths[a.expanded];
      if (info?.kind !== 'missing') continue;
      differences.push(
        said(
          { kind: 'missing-path', var: a.var, sources: [where(a)] },
          { code: 'missing-path', name: a.var, where: where(a), path: a.expanded },
          {
            code: a.var === 'GOROOT' ? 'delete-line' : 'fix-or-delete-line',
            line: a.line,
            file: tilde(home, a.file),
          },
        ),
      );
    }
  }

  if (
    startup &&
    differences.some((d) => d.kind === 'go-missing' || d.kind === 'go-differs' || d.kind === 'var-differs')
  ) {
    const recs = recommendedFiles(startup, os);
    differences.push(
      said(
        { kind: 'where-to-set' },
        { code: 'where-to-set', files: recs.map((r) => ({ file: tilde(home, r.file), shell: r.shell })) },
        { code: 'where-to-set', files: recs.map((r) => ({ file: tilde(home, r.file), key: r.key })) },
      ),
    );
  }
  return { contexts: [...contexts], assignments, differences };
}
