/**
 * go-doctor relocate: the plan. Pure (facts and measurements in, plan out), so Windows and macOS plans
 * are tested from fact snapshots.
 *
 * Layout under the target DIR (docs/relocate.md):
 *   DIR/gopath      GOPATH
 *   DIR/gomodcache  GOMODCACHE, when it does not live inside a GOPATH that moves too
 *   DIR/go-build    GOCACHE
 *   DIR/bin         GOBIN, when it is set and does not live inside a GOPATH that moves too
 * A directory inside another one that moves (the default GOMODCACHE GOPATH/pkg/mod, the default install
 * dir GOPATH/bin) moves with it and keeps its place relative to it.
 */
import type { CheckContext } from '../core/check.js';
import type { OS } from '../core/facts.js';
import type { Fix } from '../core/fix.js';
import { isWithin, samePath, splitList } from '../core/paths.js';
import type { SettingSource } from '../core/settings.js';
import { relocate as en } from '../i18n/en/ui-relocate.js';
import type { NoteCode, NoteData, RelocProblem } from './say.js';

export const RELOCATABLE = ['GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOBIN'] as const;
export type RelocVar = (typeof RELOCATABLE)[number];

export const LAYOUT: Record<RelocVar, string> = {
  GOPATH: 'gopath',
  GOMODCACHE: 'gomodcache',
  GOCACHE: 'go-build',
  GOBIN: 'bin',
};

/** Bytes kept free on the target beyond the estimate. */
export const SPACE_MARGIN = 64 * 1024 * 1024;
/** Worst-case slack per file or directory (one file-system block), added to apparent sizes. */
export const BLOCK_SLACK = 4096;
/** The PATH length some Windows tools cut PATH at. */
export const WINDOWS_PATH_LIMIT = 2047;
/** Warn from this length on. */
export const WINDOWS_PATH_WARN = 1800;

export interface Move {
  var: RelocVar;
  /** The directory go uses now. */
  from: string;
  /** The directory go will use. */
  to: string;
  /** Where the current value comes from. */
  source: SettingSource;
  /** How the current value is derived when nobody set it. */
  derivation?: string;
  /** Set when this directory lies inside another one that moves: it is copied (and removed) with it. */
  within?: RelocVar;
  /** What changes the setting; empty when the new value follows from another move (default GOMODCACHE). */
  fixes: Fix[];
}

export interface Measure {
  exists: boolean;
  bytes: number;
  files: number;
  dirs: number;
  links: number;
  /** Unreadable entries met while sizing. */
  errorCount: number;
  /** An identifier of the volume holding it (st_dev, or a Windows drive), if known. */
  volume?: string;
}

export interface TargetInfo {
  /** Bytes free for this user on the target's volume; null when unknown (a facts snapshot). */
  free: number | null;
  volume?: string;
  /** The target exists already and has entries other than go-doctor's own journal. */
  nonEmpty?: boolean;
  /** The target exists and is not a directory. */
  notDirectory?: boolean;
}

export type NoteLevel = 'refuse' | 'warning' | 'info';

export interface Note {
  level: NoteLevel;
  code: NoteCode;
  /** In English; `data` holds what it is built from (ui.relocate.notes words it per language). */
  message: string;
  data: NoteData[NoteCode];
}

function note<K extends NoteCode>(level: NoteLevel, code: K, data: NoteData[K]): Note {
  return { level, code, message: en.notes[code](data), data };
}

export interface RelocatePlan {
  os: OS;
  target: string;
  moves: Move[];
  /** PATH entries to add and remove for the new install directory. */
  pathFixes: Fix[];
  /** Install directory (GOBIN, else GOPATH[0]/bin) before and after. */
  installDir: { from: string; to: string };
  /** Measurements per variable (absent: not measured). */
  sizes: Partial<Record<RelocVar, Measure>>;
  /** Estimated bytes needed on the target (null when not measured). */
  needBytes: number | null;
  targetFree: number | null;
  notes: Note[];
  /** True when a refusal blocks --apply. */
  refused: boolean;
}

export class PlanError extends Error {
  constructor(readonly problem: RelocProblem) {
    super(en.problem(problem));
  }
}

/** Which variables to move: all, or the named ones. */
export function parseVars(list: string | undefined): RelocVar[] {
  if (list === undefined || list.trim() === '') return [...RELOCATABLE];
  const out: RelocVar[] = [];
  for (const raw of list.split(',')) {
    const v = raw.trim().toUpperCase();
    if (v === '') continue;
    if (!(RELOCATABLE as readonly string[]).includes(v))
      throw new PlanError({ code: 'bad-vars', allowed: RELOCATABLE, got: raw.trim() });
    if (!out.includes(v as RelocVar)) out.push(v as RelocVar);
  }
  if (out.length === 0) throw new PlanError({ code: 'no-vars' });
  return out;
}

function fixFor(ctx: CheckContext, name: RelocVar, value: string): Fix[] {
  const s = ctx.setting(name);
  const envSet = s.env !== undefined && s.env !== '';
  // GOENV=off: `go env -w` would still write the default file (go-facts 1.3) and go would not read it.
  const noFile = ctx.facts.env.GOENV === 'off';
  if (envSet || noFile) {
    const fixes: Fix[] = [{ kind: 'set-env', var: name, value }];
    // Keep a shadowed go env -w line in step, so dropping the variable later does not bring the old path back.
    if (s.envFile && s.envFile.value !== '' && !noFile) fixes.push({ kind: 'go-env-w', var: name, value });
    return fixes;
  }
  return ctx.fixSetting(name, value);
}

/** Moves for the chosen variables, before anything is measured. */
export function planMoves(ctx: CheckContext, target: string, vars: readonly RelocVar[]): Move[] {
  const p = ctx.path;
  const os = ctx.os;
  const gopathSetting = ctx.setting('GOPATH');
  const gopathEntries = ctx.splitList(gopathSetting.value).filter((e) => e !== '');
  const gopath0 = gopathEntries[0] ?? '';
  const gobinSetting = ctx.setting('GOBIN');
  const gobinSet = gobinSetting.value !== '';
  const installDir = gobinSet ? gobinSetting.value : gopath0 ? p.join(gopath0, 'bin') : '';
  const current: Record<RelocVar, string> = {
    GOPATH: gopath0,
    GOMODCACHE: ctx.setting('GOMODCACHE').value,
    GOCACHE: ctx.setting('GOCACHE').value,
    GOBIN: installDir,
  };
  if (vars.includes('GOPATH') && gopathEntries.length > 1)
    throw new PlanError({ code: 'gopath-list', count: gopathEntries.length, value: gopathSetting.value });
  for (const v of vars) {
    const from = current[v];
    if (from === '' || (v === 'GOCACHE' && from === 'off'))
      throw new PlanError({ code: 'nothing-to-move', var: v, off: from !== '' });
    if (!p.isAbsolute(from)) throw new PlanError({ code: 'relative', var: v, from });
  }
  // Outermost first, so a directory inside another one that moves follows it.
  const order = [...vars].sort((a, b) => current[a].length - current[b].length);
  const moves: Move[] = [];
  for (const v of order) {
    const s = ctx.setting(v === 'GOBIN' && !gobinSet ? 'GOPATH' : v);
    const from = current[v];
    const parent = moves.find((m) => !m.within && isWithin(os, m.from, from) && !samePath(os, m.from, from));
    const to = parent ? p.join(parent.to, p.relative(parent.from, from)) : p.join(target, LAYOUT[v]);
    // Derived defaults that follow their parent need no setting of their own.
    const follows =
      parent?.var === 'GOPATH' &&
      ((v === 'GOMODCACHE' && ctx.setting('GOMODCACHE').source === 'default') ||
        (v === 'GOBIN' && !gobinSet));
    let fixes: Fix[];
    if (follows) fixes = [];
    else if (v === 'GOBIN' && !gobinSet) fixes = fixFor(ctx, 'GOBIN', to);
    else fixes = fixFor(ctx, v, to);
    const move: Move = {
      var: v,
      from,
      to,
      source: v === 'GOBIN' && !gobinSet ? 'default' : s.source,
      fixes,
    };
    const derivation =
      v === 'GOBIN' && !gobinSet ? 'GOBIN is unset, so go install uses GOPATH[0]/bin' : s.derivation;
    if (move.source === 'default' && derivation) move.derivation = derivation;
    if (parent) move.within = parent.var;
    moves.push(move);
  }
  // A GOMODCACHE that defaults to GOPATH/pkg/mod follows a GOPATH that moves even if not named.
  if (
    vars.includes('GOPATH') &&
    !vars.includes('GOMODCACHE') &&
    ctx.setting('GOMODCACHE').source === 'default' &&
    current.GOMODCACHE !== ''
  ) {
    const g = moves.find((m) => m.var === 'GOPATH');
    if (g)
      moves.push({
        var: 'GOMODCACHE',
        from: current.GOMODCACHE,
        to: p.join(g.to, 'pkg', 'mod'),
        source: 'default',
        derivation: 'GOPATH[0]/pkg/mod',
        within: 'GOPATH',
        fixes: [],
      });
  }
  return RELOCATABLE.flatMap((v) => moves.filter((m) => m.var === v));
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return true;
  return false;
}

export interface AssessInput {
  ctx: CheckContext;
  target: string;
  moves: Move[];
  sizes: Partial<Record<RelocVar, Measure>>;
  targetInfo: TargetInfo;
  /** Allow a target on the same volume as a source (frees nothing; needs the space twice meanwhile). */
  allowSameVolume?: boolean;
  /** Real paths (links resolved) of the target and sources, for the inside checks; defaults to as written. */
  realTarget?: string;
  realSources?: Partial<Record<RelocVar, string>>;
}

/** The full plan: PATH changes, space, refusals and warnings. */
export function assessPlan(input: AssessInput): RelocatePlan {
  const { ctx, moves, sizes, targetInfo } = input;
  const os = ctx.os;
  const p = ctx.path;
  const target = input.target;
  const notes: Note[] = [];
  const refuse = <K extends NoteCode>(code: K, data: NoteData[K]) => notes.push(note('refuse', code, data));
  const warn = <K extends NoteCode>(code: K, data: NoteData[K]) => notes.push(note('warning', code, data));
  const info = <K extends NoteCode>(code: K, data: NoteData[K]) => notes.push(note('info', code, data));

  if (!p.isAbsolute(target)) refuse('target-relative', { target });
  const sep = os === 'windows' ? ';' : ':';
  if (moves.some((m) => m.var === 'GOPATH') && p.basename(target) !== '' && target.includes(sep))
    refuse('target-separator', { target, sep });

  // Inside checks, as written and with links resolved.
  const realTarget = input.realTarget ?? target;
  for (const m of moves) {
    if (m.within) continue;
    const realFrom = input.realSources?.[m.var] ?? m.from;
    for (const [t, f] of [
      [target, m.from],
      [realTarget, realFrom],
    ] as const) {
      if (isWithin(os, f, t)) {
        refuse('target-inside-source', { target, var: m.var, from: m.from });
        break;
      }
      if (isWithin(os, t, f)) {
        refuse('source-inside-target', { target, var: m.var, from: m.from });
        break;
      }
    }
  }

  // What must not be swept along: a go directory that stays, the home directory, the go env file, GOROOT.
  const staying: [string, string][] = [];
  for (const v of RELOCATABLE) {
    if (moves.some((m) => m.var === v)) continue;
    const value = v === 'GOBIN' ? ctx.setting('GOBIN').value : ctx.setting(v).value;
    if (v === 'GOPATH') for (const e of ctx.splitList(value)) if (e !== '') staying.push([v, e]);
    if (v !== 'GOPATH' && value !== '' && value !== 'off') staying.push([v, value]);
  }
  const home = ctx.home;
  const goenv = ctx.setting('GOENV').value;
  const goroot = ctx.setting('GOROOT').value;
  for (const m of moves) {
    if (m.within) continue;
    for (const [v, value] of staying)
      if (p.isAbsolute(value) && isWithin(os, m.from, value))
        refuse('would-sweep', { staying: v, value, var: m.var, from: m.from });
    if (home !== '' && isWithin(os, m.from, home))
      refuse('would-sweep-home', { var: m.var, from: m.from, home });
    if (goenv !== '' && goenv !== 'off' && isWithin(os, m.from, goenv))
      refuse('would-sweep-goenv', { goenv, var: m.var, from: m.from });
    if (goroot !== '' && isWithin(os, m.from, goroot))
      refuse('would-sweep-goroot', { goroot, var: m.var, from: m.from });
  }

  // Install directory and PATH.
  const gobinMove = moves.find((m) => m.var === 'GOBIN');
  const gopathMove = moves.find((m) => m.var === 'GOPATH');
  const gobinValue = ctx.setting('GOBIN').value;
  const gopath0 = ctx.splitList(ctx.setting('GOPATH').value).find((e) => e !== '') ?? '';
  const oldInstall = gobinValue !== '' ? gobinValue : gopath0 ? p.join(gopath0, 'bin') : '';
  let newInstall = oldInstall;
  if (gobinMove) newInstall = gobinMove.to;
  else if (gobinValue === '' && gopathMove) newInstall = p.join(gopathMove.to, 'bin');
  const pathFixes: Fix[] = [];
  const pathValue = ctx.facts.env.PATH ?? ctx.facts.env.Path ?? '';
  const entries = splitList(os, pathValue);
  if (oldInstall !== '' && !samePath(os, oldInstall, newInstall)) {
    const idx = entries.findIndex((e) => e !== '' && samePath(os, e, oldInstall));
    if (idx >= 0) {
      const entry = entries[idx] ?? oldInstall;
      pathFixes.push({ kind: 'path-add', dir: newInstall, position: idx === 0 ? 'prepend' : 'append' });
      pathFixes.push({ kind: 'path-remove', entry });
    } else {
      info('install-dir-not-on-path', { from: oldInstall, to: newInstall });
    }
  }

  // Space.
  let needBytes: number | null = 0;
  for (const m of moves) {
    if (m.within) continue;
    const s = sizes[m.var];
    if (!s) {
      needBytes = null;
      break;
    }
    if (!s.exists) continue;
    needBytes += s.bytes + (s.files + s.dirs + s.links) * BLOCK_SLACK;
  }
  for (const m of moves) {
    const s = sizes[m.var];
    if (s && !s.exists && !m.within) info('source-missing', { var: m.var, from: m.from });
    if (s && s.errorCount > 0) refuse('source-unreadable', { count: s.errorCount, var: m.var, from: m.from });
  }
  if (needBytes !== null && targetInfo.free !== null && needBytes + SPACE_MARGIN > targetInfo.free)
    refuse('no-space', {
      need: fmtBytes(needBytes),
      margin: fmtBytes(SPACE_MARGIN),
      free: fmtBytes(targetInfo.free),
    });
  if (needBytes === null || targetInfo.free === null) info('space-unknown', {});
  if (targetInfo.notDirectory) refuse('target-not-dir', { target });
  if (targetInfo.nonEmpty) refuse('target-not-empty', { target });

  // Same volume.
  const sameVolume = moves.filter(
    (m) => !m.within && sizes[m.var]?.volume !== undefined && sizes[m.var]?.volume === targetInfo.volume,
  );
  if (sameVolume.length > 0 && targetInfo.volume !== undefined) {
    const vars = sameVolume.map((m) => m.var);
    if (input.allowSameVolume) warn('same-volume', { vars, refused: false });
    else refuse('same-volume', { vars, refused: true });
  }

  if (moves.some((m) => m.var === 'GOMODCACHE')) info('deps-recompile', {});

  // Windows.
  if (os === 'windows') {
    const sysDrive = (ctx.facts.env.SystemDrive ?? ctx.facts.env.SYSTEMDRIVE ?? '').toUpperCase();
    const drive = (s: string) => (/^[A-Za-z]:/.test(s) ? s.slice(0, 2).toUpperCase() : '');
    const assumed = sysDrive === '' ? 'C:' : sysDrive;
    if (sysDrive === '') info('system-drive-assumed', {});
    if (drive(target) === assumed) warn('target-on-system-drive', { target, drive: assumed });
    const off = moves.filter((m) => !m.within && drive(m.from) === assumed).map((m) => m.var);
    if (off.length > 0) info('off-system-drive', { vars: off, drive: assumed });
    if (target.startsWith('\\\\')) warn('target-unc', { target });
    if (/\s/.test(target)) warn('target-spaces', { target });
    if (hasNonAscii(target)) warn('target-non-ascii', { target });
    if (pathFixes.length > 0) {
      const after = pathValue.length - oldInstall.length + newInstall.length;
      if (after >= WINDOWS_PATH_WARN) warn('path-length', { length: after, limit: WINDOWS_PATH_LIMIT });
    }
  } else {
    if (hasNonAscii(target) || /\s/.test(target)) info('target-unusual-chars', { target });
  }

  return {
    os,
    target,
    moves,
    pathFixes,
    installDir: { from: oldInstall, to: newInstall },
    sizes,
    needBytes,
    targetFree: targetInfo.free,
    notes,
    refused: notes.some((n) => n.level === 'refuse'),
  };
}

export function fmtBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[i]}`;
}
