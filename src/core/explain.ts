/**
 * `go-doctor explain`: for each go env variable, the effective value and the layer it comes from (OS
 * environment, the `go env -w` file, $GOROOT/go.env, or the built-in default with how it is derived), the
 * lower layers it hides and the values go skips. Pure: a function of the facts.
 *
 * The real go's answer (facts.goEnv and, when explain collected them, facts.goEnvExtra) is the value
 * whenever go answered; the settings model (settings.ts) supplies the layers. When the model's own value
 * differs from go's, the variable says so (modelDisagrees) instead of hiding it.
 */
import { goEnvPrinted, isGoEnvName } from './envnames.js';
import type { Facts } from './facts.js';
import { redactValue } from './redact.js';
import { localGoVersion } from './run.js';
import { createSettings, goEnvValues, type LayerRef, printedGowork, type SettingSource } from './settings.js';
import { selectToolchain, type ToolchainOutcome } from './toolchain.js';
import { atLeast } from './version.js';

export interface ExplainedLayer {
  source: SettingSource;
  value: string;
  file?: string;
  line?: number;
  note?: string;
}

/** One note on a variable. */
export type ExplainNote =
  | { code: 'cannot-predict' }
  /** `go env` of this release does not list the name; `old`: before Go 1.21 asking by name prints ''. */
  | { code: 'not-listed'; version: string; name: string; old: boolean }
  | { code: 'predates-gotoolchain'; version: string }
  /** What GOTOOLCHAIN selects here; `reason` is the selection's English phrase (ui.phrase translates). */
  | {
      code: 'selects';
      outcome: ToolchainOutcome;
      /** The local go's version for 'local', else the toolchain switched to. */
      toolchain: string;
      /** For 'error': go's own message, verbatim. */
      error?: string;
      reason: string;
      file?: string;
    }
  | { code: 'cgo-not-0-or-1' }
  | { code: 'goenv-off' }
  | { code: 'gocache-not-absolute' };

export interface ExplainedVar {
  name: string;
  /** What `go env NAME` prints (go's answer when it answered, else the model's prediction). */
  value: string;
  source: SettingSource;
  /** For source envfile / goroot: the file and line the value comes from. */
  file?: string;
  line?: number;
  /** Lower layers the effective value hides (go.env hidden by an empty `K=` line included). */
  shadowed: ExplainedLayer[];
  /** Layers go skips: an empty OS variable, an empty `K=` line, values of read-only variables… */
  ignored: ExplainedLayer[];
  /** For source default: how go derives it. */
  derivation?: string;
  /** Extra facts worth knowing (what GOTOOLCHAIN selects here, why a value is not what it seems), as
   * data; the words of a language render them (ui.explain.note; JSON carries the English text). */
  notes: ExplainNote[];
  /** True when the value is go's own answer, false when only the model predicted it. */
  confirmed: boolean;
  /** Set when go answered and the model predicted something else (a go-doctor bug or a blind spot). */
  modelDisagrees?: { model: string };
}

export interface Explanation {
  /** The local go's version (without "go"), whose rules apply; null when unknown. */
  goVersion: string | null;
  os: string;
  arch: string;
  /** Whether the real go answered (false: every value is the model's prediction). */
  goAnswered: boolean;
  /** Why go did not answer: no go on PATH, or the first line go printed when `go env` failed. */
  goError?: string;
  vars: ExplainedVar[];
  origin?: string;
}

export class UnknownVariableError extends Error {
  /** Some name is a known one in the wrong case. */
  readonly caseHint: boolean;
  constructor(readonly names: string[]) {
    const caseHint = names.some((n) => n !== n.toUpperCase() && isGoEnvName(n.toUpperCase()));
    super(
      `not a go env variable: ${names.join(', ')}` +
        (caseHint ? ' (names are case-sensitive; did you mean upper case?)' : ''),
    );
    this.caseHint = caseHint;
  }
}

/** Throws UnknownVariableError when a name is not a variable go env knows. */
export function checkNames(names: readonly string[]): void {
  const unknown = names.filter((n) => !isGoEnvName(n));
  if (unknown.length > 0) throw new UnknownVariableError(unknown);
}

function layer(r: LayerRef, name: string): ExplainedLayer {
  const out: ExplainedLayer = { source: r.source, value: redactValue(name, r.value) };
  if (r.file !== undefined) out.file = r.file;
  if (r.line !== undefined) out.line = r.line;
  if (r.note !== undefined) out.note = r.note;
  return out;
}

/**
 * Explains the named variables (every variable `go env` prints for this release when names is empty).
 * Throws UnknownVariableError for names go env does not know.
 */
export function explain(facts: Facts, names: readonly string[] = []): Explanation {
  const version = localGoVersion(facts);
  const settings = createSettings(facts, version);
  const goarch = settings.get('GOARCH').value || facts.host.arch;
  const printed = goEnvPrinted(version, goarch);
  checkNames(names);
  const wanted = names.length > 0 ? [...new Set(names)] : printed;
  const answered = goEnvValues(facts);
  const vars = wanted.map((name): ExplainedVar => {
    const s = settings.get(name);
    const v: ExplainedVar = {
      name,
      value: redactValue(name, s.value),
      source: s.source,
      shadowed: s.shadowed.map((r) => layer(r, name)),
      ignored: s.ignored.map((r) => layer(r, name)),
      notes: [],
      confirmed: s.confirmed,
    };
    if (s.source === 'envfile' && s.envFile) {
      if (s.envFile.file !== undefined) v.file = s.envFile.file;
      if (s.envFile.line !== undefined) v.line = s.envFile.line;
    } else if (s.source === 'goroot' && s.goroot) {
      if (s.goroot.file !== undefined) v.file = s.goroot.file;
      if (s.goroot.line !== undefined) v.line = s.goroot.line;
    }
    if (s.derivation !== undefined) v.derivation = s.derivation;
    let model = s.modelValue;
    if (name === 'GOWORK') {
      const printedWork = printedGowork(
        facts,
        s.source === 'default' ? '' : (s.modelValue ?? ''),
        settings.get('GO111MODULE').value,
      );
      model = printedWork.value;
      if (s.source === 'default') v.derivation = printedWork.derivation;
      if (!s.confirmed) v.value = model;
    }
    if (model === null && !s.confirmed) v.notes.push({ code: 'cannot-predict' });
    if (!printed.includes(name)) {
      // go env NAME for a variable this release does not print: before Go 1.21 always empty; since then
      // whatever cfg.Getenv finds (environment, files), with no default.
      const old = version !== null && !atLeast(version, '1.21');
      model = old ? '' : s.source === 'default' ? '' : model;
      v.notes.push({ code: 'not-listed', version: version ?? '', name, old });
      if (!s.confirmed && model !== null) v.value = redactValue(name, model);
    }
    if (s.confirmed && model !== null && redactValue(name, model) !== v.value) {
      v.modelDisagrees = { model: redactValue(name, model) };
    }
    if (name === 'GOTOOLCHAIN') {
      if (version !== null && !atLeast(version, '1.21')) {
        v.notes.push({ code: 'predates-gotoolchain', version });
      } else {
        const sel = selectToolchain({ facts, settings, localVersion: version });
        const note: ExplainNote = {
          code: 'selects',
          outcome: sel.outcome,
          toolchain: sel.outcome === 'local' ? `go${version ?? ''}` : sel.toolchain,
          reason: sel.reason,
        };
        if (sel.outcome === 'error' && sel.error !== undefined) note.error = sel.error;
        if (sel.file !== undefined) note.file = sel.file;
        v.notes.push(note);
      }
    }
    if (name === 'CGO_ENABLED' && s.source !== 'default' && v.value !== '0' && v.value !== '1') {
      v.notes.push({ code: 'cgo-not-0-or-1' });
    }
    if (name === 'GOENV' && s.env === 'off') v.notes.push({ code: 'goenv-off' });
    if (name === 'GOCACHE' && s.source !== 'default' && s.modelValue === 'off' && s.env !== 'off') {
      v.notes.push({ code: 'gocache-not-absolute' });
    }
    return v;
  });
  const out: Explanation = {
    goVersion: version,
    os: facts.host.os,
    arch: facts.host.arch,
    goAnswered: answered !== null,
    vars,
  };
  if (answered === null) {
    const q = facts.goEnv;
    out.goError = !q
      ? 'no go command on PATH'
      : q.spawnError
        ? `go could not be started: ${q.spawnError}`
        : q.timedOut
          ? `go env did not answer within ${q.timeoutMs} ms`
          : q.stderr.trim().split('\n')[0] || `go env exited with code ${q.exitCode ?? 'unknown'}`;
  }
  if (facts.origin !== undefined) out.origin = facts.origin;
  return out;
}
