/**
 * Shared rules of the cache group: the build cache (GOCACHE), the module cache (GOMODCACHE) and the work
 * directory the go command creates for every build (GOTMPDIR, else os.TempDir()). Pure.
 */
import type { CheckContext } from '../../core/check.js';
import type { PathInfo, VolumeInfo } from '../../core/facts.js';
import type { Setting } from '../../core/settings.js';
import { homeState, homeUses } from './home.js';

/**
 * Thresholds of cache-volume-full. The defaults come from runs of the template module (see the check's
 * docs); a later configuration file may override the warning level.
 */
export const VOLUME_THRESHOLDS = {
  /** Below this, warn: a cold build of a real project writes hundreds of MB to GOCACHE. */
  warnBytes: 1024 ** 3,
  /** Below this (less than one file system block), nothing new can be written to the build or module cache. */
  cacheFullBytes: 4096,
  /** Below this, the linker cannot write even a small binary into the work directory (2–3 MB for the template). */
  workDirFullBytes: 2 * 1024 ** 2,
} as const;

/** The value as the user wrote it (environment, go env file, or $GOROOT/go.env), or undefined for a default. */
export function rawValue(s: Setting): string | undefined {
  switch (s.source) {
    case 'env':
      return s.env;
    case 'envfile':
      return s.envFile?.value;
    case 'goroot':
      return s.goroot?.value;
    default:
      return undefined;
  }
}

/** Space a process of this user can still write: root may also use the blocks reserved for it (ext2/3/4). */
export function availableBytes(ctx: Pick<CheckContext, 'facts'>, v: VolumeInfo): number {
  if (ctx.facts.host.uid === 0 && v.freePrivileged !== undefined) return Math.max(v.free, v.freePrivileged);
  return v.free;
}

/** "12.5 MiB". */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${Math.round(v)} bytes`;
  return `${v >= 100 ? Math.round(v) : Math.round(v * 10) / 10} ${units[i]}`;
}

/** The directory `go build` creates its $WORK directory in (os.MkdirTemp(GOTMPDIR, "go-build")). */
export interface WorkDir {
  /** The variable that names it: GOTMPDIR when set, else the OS temp variable (TMPDIR, TMP or TEMP). */
  var: string;
  /** The directory as written; '/tmp' when TMPDIR is unset on Unix. */
  dir: string;
  /** True when GOTMPDIR is set (then the OS temp directory does not matter to the go command). */
  viaGotmpdir: boolean;
  /** True when the OS variable is unset and the OS default applies (Unix: /tmp). */
  osDefault: boolean;
  info: PathInfo | undefined;
}

export function workDir(ctx: CheckContext): WorkDir | null {
  const gotmpdir = ctx.setting('GOTMPDIR').value;
  if (gotmpdir !== '') {
    return {
      var: 'GOTMPDIR',
      dir: gotmpdir,
      viaGotmpdir: true,
      osDefault: false,
      info: ctx.pathInfo('GOTMPDIR'),
    };
  }
  const env = ctx.facts.env;
  const info = ctx.pathInfo('TMPDIR');
  if (ctx.os === 'windows') {
    // GetTempPath: %TMP%, %TEMP%, %USERPROFILE%, the Windows directory. Only the first two are collected.
    const name = env.TMP ? 'TMP' : env.TEMP ? 'TEMP' : '';
    if (name === '' || !info) return null;
    return { var: name, dir: info.path, viaGotmpdir: false, osDefault: false, info };
  }
  if (ctx.os === 'plan9') return null;
  const set = (env.TMPDIR ?? '') !== '';
  return { var: 'TMPDIR', dir: set ? (env.TMPDIR ?? '') : '/tmp', viaGotmpdir: false, osDefault: !set, info };
}

/**
 * True when GOCACHE is the default under a home directory that the home-* checks already report as unset,
 * relative or unusable: those checks own the finding, the cache checks stay silent.
 */
export function gocacheBrokenByHome(ctx: CheckContext): boolean {
  if (!homeUses(ctx).gocache) return false;
  const h = homeState(ctx).kind;
  return h === 'unset' || h === 'relative' || h === 'broken';
}

/** Variables behind a default GOCACHE (os.UserCacheDir()/go-build), for a finding's vars. */
export function gocacheCauseVars(s: Setting): string[] {
  if (s.source !== 'default') return ['GOCACHE'];
  const d = s.derivation ?? '';
  if (d.includes('$XDG_CACHE_HOME')) return ['GOCACHE', 'XDG_CACHE_HOME'];
  if (d.includes('$HOME') || d.includes('$home')) return ['GOCACHE', 'HOME'];
  if (d.includes('LocalAppData')) return ['GOCACHE', 'LOCALAPPDATA'];
  return ['GOCACHE'];
}

/**
 * Why the go command cannot create its work directory in dir (os.MkdirTemp(dir, "go-build")), or null.
 * Unlike the caches, the directory itself is never created: a missing one fails with "stat X: no such file
 * or directory" whatever its parent allows.
 */
export type WorkDirProblem = 'missing' | 'not-dir' | 'loop' | 'read-only' | 'denied';

export function workDirProblem(info: PathInfo | undefined): WorkDirProblem | null {
  if (!info) return null;
  if (info.symlink?.loop || info.error === 'ELOOP') return 'loop';
  if (info.symlink?.dangling) return 'missing';
  if (info.kind === 'file' || info.kind === 'other') return 'not-dir';
  if (info.kind === 'missing') return info.error === 'ENOTDIR' ? 'not-dir' : 'missing';
  if (info.volume?.readOnly) return 'read-only';
  if (info.writable === false) return 'denied';
  return null;
}

/** go's message for a work directory problem, as printed by go build (X stands for the directory). */
export function workDirGoMessage(problem: WorkDirProblem, dir: string): string {
  switch (problem) {
    case 'missing':
      return `go: creating work dir: stat ${dir}: no such file or directory`;
    case 'not-dir':
      return `go: creating work dir: mkdir ${dir}/go-build…: not a directory`;
    case 'loop':
      return `go: creating work dir: mkdir ${dir}/go-build…: too many levels of symbolic links`;
    case 'read-only':
      return `go: creating work dir: mkdir ${dir}/go-build…: read-only file system`;
    default:
      return `go: creating work dir: mkdir ${dir}/go-build…: permission denied`;
  }
}

/** Words for a work directory problem: "does not exist", "is not a directory"… */
export function workDirProblemText(problem: WorkDirProblem): string {
  switch (problem) {
    case 'missing':
      return 'does not exist';
    case 'not-dir':
      return 'is not a directory';
    case 'loop':
      return 'is a symbolic link loop';
    case 'read-only':
      return 'is on a read-only file system';
    default:
      return 'is not writable';
  }
}
