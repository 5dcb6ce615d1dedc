/**
 * What GOTOOLCHAIN selects in this directory, worked out from the facts instead of running go
 * (the doctor never downloads or runs another toolchain). Mirrors cmd/go/internal/toolchain.Select
 * (Go 1.21+): GOTOOLCHAIN forms local | goX.Y.Z | <name>+auto | <name>+path | auto | path; a go.work or
 * go.mod `toolchain` line newer than the minimum wins, then a newer `go` line (a language version 1.N
 * with N >= 21 becomes go1.N.0); executables named exactly like the toolchain are looked up in PATH
 * before a download. Before Go 1.21 GOTOOLCHAIN does not exist and the local go always runs.
 */
import type { Facts, GoBinary } from './facts.js';
import type { SettingsModel } from './settings.js';
import { atLeast, compare, fromToolchain, isValid, parse } from './version.js';

export type ToolchainOutcome =
  /** The go found first on PATH runs the command. */
  | 'local'
  /** Another toolchain found in PATH as goX.Y.Z runs it. */
  | 'path'
  /** The go command downloads golang.org/toolchain@…goX.Y.Z and runs it. */
  | 'download'
  /** Every module-aware go command fails before doing anything. */
  | 'error';

export interface ToolchainSelection {
  /** The GOTOOLCHAIN setting as the user has it (not the value go-doctor forces while asking go). */
  setting: string;
  mode: 'local' | 'auto' | 'path' | 'none';
  outcome: ToolchainOutcome;
  /** The toolchain name that runs or is wanted, e.g. "go1.23.5". */
  toolchain: string;
  /** Its version without "go" (empty when unknown). */
  version: string;
  /** Why it was chosen. */
  reason: string;
  /** Which file asked for it. */
  file?: string;
  /** The goX.Y.Z executable found on PATH, when outcome is 'path'. */
  binary?: GoBinary;
  /** When outcome is 'error': go's own message, verbatim where we know it. */
  error?: string;
  /** Variable responsible for an error. */
  errorVar?: string;
}

export interface SelectInput {
  facts: Facts;
  settings: SettingsModel;
  /** The local go's version, without "go". */
  localVersion: string | null;
}

/** modload.WillBeEnabled: module mode is on (so toolchain selection runs at all). */
export function moduleModeEnabled(facts: Facts, settings: SettingsModel): boolean {
  const m = settings.get('GO111MODULE').value;
  if (m === 'on' || m === '') return true;
  if (m === 'auto') return facts.module.gomod !== null;
  return false;
}

export function selectToolchain({ facts, settings, localVersion }: SelectInput): ToolchainSelection {
  const setting = settings.get('GOTOOLCHAIN').value;
  const local = localVersion ? `go${localVersion}` : 'local';
  const base = { setting, toolchain: local, version: localVersion ?? '' };
  if (localVersion === null || !atLeast(localVersion, '1.21')) {
    return { ...base, mode: 'none', outcome: 'local', reason: 'GOTOOLCHAIN exists only since Go 1.21' };
  }
  if (!moduleModeEnabled(facts, settings)) {
    return {
      ...base,
      mode: 'none',
      outcome: 'local',
      reason: 'toolchain switching only happens in module mode',
    };
  }
  if (setting === '') {
    return {
      ...base,
      mode: 'local',
      outcome: 'local',
      reason: 'GOTOOLCHAIN is empty (no $GOROOT/go.env line), which acts like local',
    };
  }

  let min = local;
  let minVers = localVersion;
  let mode: 'local' | 'auto' | 'path';
  if (setting === 'auto' || setting === 'path') {
    mode = setting;
  } else {
    const plus = setting.indexOf('+');
    const name = plus >= 0 ? setting.slice(0, plus) : setting;
    const suffix = plus >= 0 ? setting.slice(plus + 1) : '';
    if (name !== 'local') {
      const v = fromToolchain(name);
      if (v === '') {
        const error =
          plus >= 0
            ? `go: invalid GOTOOLCHAIN "${setting}": invalid minimum toolchain "${name}"`
            : `go: invalid GOTOOLCHAIN "${setting}"`;
        return {
          ...base,
          mode: 'local',
          outcome: 'error',
          reason: 'GOTOOLCHAIN is not valid',
          error,
          errorVar: 'GOTOOLCHAIN',
        };
      }
      min = name;
      minVers = v;
    }
    if (plus >= 0 && suffix !== 'auto' && suffix !== 'path') {
      return {
        ...base,
        mode: 'local',
        outcome: 'error',
        reason: 'GOTOOLCHAIN has an unknown suffix',
        error: `go: invalid GOTOOLCHAIN "${setting}": only version suffixes are +auto and +path`,
        errorVar: 'GOTOOLCHAIN',
      };
    }
    mode = plus >= 0 ? (suffix as 'auto' | 'path') : 'local';
  }

  let chosen = min;
  let reason =
    mode === 'local' ? `GOTOOLCHAIN=${setting}` : `GOTOOLCHAIN=${setting} and nothing asks for newer`;
  let file: string | undefined;
  if (mode === 'auto' || mode === 'path') {
    // go.work wins over go.mod when it exists.
    const f = facts.module.gowork ?? facts.module.gomod;
    if (f) {
      const goVers = f.go ?? '';
      const tc = f.toolchain ?? '';
      if (tc === 'default') {
        reason = `${f.path} says "toolchain default"`;
      } else {
        if (tc !== '') {
          const tv = fromToolchain(tc);
          if (tv === '' || (!tc.startsWith('go') && !tc.includes('-go'))) {
            return {
              ...base,
              mode,
              outcome: 'error',
              reason: 'the toolchain line is not valid',
              error: `go: invalid toolchain "${tc}" in ${f.path}`,
              file: f.path,
              errorVar: 'GOTOOLCHAIN',
            };
          }
          if (compare(tv, minVers) > 0) {
            chosen = tc;
            minVers = tv;
            reason = `the toolchain line in ${f.path} asks for ${tc}`;
            file = f.path;
          }
        }
        if (goVers !== '' && isValid(goVers) && compare(goVers, minVers) > 0) {
          chosen = `go${goVers}`;
          minVers = goVers;
          const pv = parse(goVers);
          if (pv.patch === '' && pv.kind === '' && atLeast(goVers, '1.21')) chosen += '.0';
          reason = `the go line in ${f.path} needs go ${goVers}`;
          file = f.path;
        }
      }
    }
  }

  if (chosen === 'local' || chosen === local) {
    const out: ToolchainSelection = { ...base, mode, outcome: 'local', reason };
    if (file !== undefined) out.file = file;
    return out;
  }
  if (!chosen.startsWith('go1') && !chosen.includes('-go1')) {
    return {
      ...base,
      mode,
      outcome: 'error',
      reason,
      error: `go: invalid GOTOOLCHAIN "${chosen}"`,
      errorVar: 'GOTOOLCHAIN',
    };
  }
  const version = fromToolchain(chosen) || chosen.replace(/^.*-go/, '');
  const sel: ToolchainSelection = { setting, mode, outcome: 'download', toolchain: chosen, version, reason };
  if (file !== undefined) sel.file = file;
  // PATH lookup of an executable with exactly that name (pathcache.LookPath / exec.LookPath).
  const onPath = facts.goBinaries.find((b) => b.name === chosen && b.executable);
  if (onPath) {
    sel.outcome = 'path';
    sel.binary = onPath;
    return sel;
  }
  if (mode === 'path') {
    sel.outcome = 'error';
    sel.error = `go: cannot find "${chosen}" in PATH`;
    sel.errorVar = 'GOTOOLCHAIN';
    return sel;
  }
  return sel;
}
