/**
 * GOPATH, GOBIN and install-directory rules shared by the gopath and environment checks. Pure.
 */
import type { CheckContext } from '../../core/check.js';
import type { OS, PathInfo } from '../../core/facts.js';

/** filepath.IsAbs of the facts' OS. Stricter than node's win32.isAbsolute: `\go` is relative to Go. */
export function goIsAbs(os: OS, p: string): boolean {
  if (os === 'windows') return /^[A-Za-z]:[\\/]/.test(p) || /^[\\/]{2}[^\\/]/.test(p);
  if (os === 'plan9') return p.startsWith('/') || p.startsWith('#');
  return p.startsWith('/');
}

/** The list separator of the facts' OS (filepath.ListSeparator). */
export function listSep(os: OS): string {
  return os === 'windows' ? ';' : os === 'plan9' ? '\u0000' : ':';
}

/** filepath.Clean-like form used to compare two paths (trailing separators dropped). */
export function cleanPath(ctx: Pick<CheckContext, 'path'>, p: string): string {
  if (p === '') return '.';
  const n = ctx.path.normalize(p);
  const stripped = n.replace(/[\\/]+$/, '');
  return stripped === '' || /^[A-Za-z]:$/.test(stripped) ? n : stripped;
}

/** Same location after cleaning; case-insensitive on Windows and macOS. */
export function samePathCtx(ctx: Pick<CheckContext, 'path' | 'os'>, a: string, b: string): boolean {
  const x = cleanPath(ctx, a);
  const y = cleanPath(ctx, b);
  return ctx.os === 'windows' || ctx.os === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** A setting that the user set (OS environment or go env file), as opposed to a default. */
export function isSet(ctx: CheckContext, name: string): boolean {
  const s = ctx.setting(name);
  return s.source === 'env' || s.source === 'envfile';
}

/** The raw value the user wrote (environment wins over the go env file), or '' when unset. */
export function userValue(ctx: CheckContext, name: string): string {
  const s = ctx.setting(name);
  if (s.env !== undefined && s.env !== '') return s.env;
  if (s.envFile !== undefined && s.envFile.value !== '') return s.envFile.value;
  return '';
}

/** The GOROOT in effect: the setting (go env answer) or the collector's view. */
export function gorootOf(ctx: CheckContext): string {
  return ctx.setting('GOROOT').value || ctx.facts.goroot?.path || ctx.go?.goroot || '';
}

export interface InstallDir {
  /** Where `go install` puts commands. */
  dir: string;
  /** GOBIN when set, else GOPATH[0]/bin. */
  via: 'GOBIN' | 'GOPATH';
  /** What the file system says about it, when collected. */
  info: PathInfo | undefined;
}

/**
 * The module-mode install directory (modload.BinDir): GOBIN if set, else GOPATH[0]/bin; null when there is
 * none (GOBIN unset and GOPATH empty or starting with an empty element: "no install location").
 */
export function installDir(ctx: CheckContext): InstallDir | null {
  const gobin = ctx.setting('GOBIN').value;
  if (gobin !== '') return { dir: gobin, via: 'GOBIN', info: ctx.pathInfo('GOBIN') };
  const first = ctx.splitList(ctx.setting('GOPATH').value)[0] ?? '';
  if (first === '') return null;
  return { dir: ctx.path.join(first, 'bin'), via: 'GOPATH', info: ctx.pathInfo('GOPATH[0]/bin') };
}

/** Why a path cannot be used as a directory go creates or writes into; null when it can (or unknown). */
export type DirProblem = 'dangling' | 'loop' | 'not-dir' | 'read-only' | 'denied' | 'uncreatable';

export function dirProblem(info: PathInfo | undefined): DirProblem | null {
  if (!info) return null;
  if (info.symlink?.loop || info.error === 'ELOOP') return 'loop';
  if (info.symlink?.dangling) return 'dangling';
  if (info.kind === 'file' || info.kind === 'other') return 'not-dir';
  if (info.kind === 'dir') {
    if (info.volume?.readOnly) return 'read-only';
    if (info.writable === false) return 'denied';
    return null;
  }
  // Missing: go creates it with MkdirAll, which works when the nearest existing ancestor is writable.
  if (info.error === 'ENOTDIR') return 'not-dir';
  if (info.nearestExisting === undefined && info.error === undefined) return null;
  if (info.volume?.readOnly) return 'read-only';
  if (info.writable === false) return 'uncreatable';
  return null;
}

/**
 * A GOPATH list go would accept, for fixes: a leading "~" expanded with home (when possible), empty,
 * relative and unexpandable "~" entries dropped. '' when nothing is left (then unset GOPATH).
 */
export function repairedGopath(ctx: CheckContext, entries: readonly string[]): string {
  const home = ctx.home;
  const out: string[] = [];
  for (const e of entries) {
    let x = e;
    if (/^~(?=$|[\\/])/.test(x) && goIsAbs(ctx.os, home)) x = ctx.path.join(home, x.slice(1));
    if (x === '' || !goIsAbs(ctx.os, x)) continue;
    if (!out.includes(x)) out.push(x);
  }
  return out.join(listSep(ctx.os));
}
