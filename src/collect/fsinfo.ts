/**
 * What the file system says about a path: kind, link, access, volume. Never throws; an unexpected error
 * is recorded as a code on the result.
 *
 * Synchronous on purpose: these are dozens of tiny metadata calls made while go env runs in its own
 * process, and the thread pool's per-call overhead made the async versions several times slower.
 */
import {
  accessSync as access,
  constants,
  lstatSync as lstat,
  opendirSync as opendir,
  readFileSync as readFile,
  readlinkSync as readlink,
  realpathSync as realpath,
  statSync as stat,
  statfsSync as statfs,
} from 'node:fs';
import path from 'node:path';
import type { PathInfo, VolumeInfo } from '../core/facts.js';

const MAX_PATH_LENGTH = 8192;

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? 'EUNKNOWN';
}

function canAccess(p: string, mode: number): boolean {
  try {
    access(p, mode);
    return true;
  } catch {
    return false;
  }
}

export interface Mount {
  mountPoint: string;
  fsType: string;
  options: string[];
}

/** Parses /proc/self/mountinfo (Linux). Returns [] elsewhere or on error. */
export function readMounts(): Mount[] {
  if (process.platform !== 'linux') return [];
  let text: string;
  try {
    text = readFile('/proc/self/mountinfo', 'utf8');
  } catch {
    return [];
  }
  const mounts: Mount[] = [];
  for (const line of text.split('\n')) {
    // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
    const parts = line.split(' ');
    const dash = parts.indexOf('-');
    if (parts.length < 10 || dash < 6) continue;
    const mountPoint = (parts[4] ?? '').replace(/\\([0-7]{3})/g, (_m, o: string) =>
      String.fromCharCode(Number.parseInt(o, 8)),
    );
    const options = [...(parts[5] ?? '').split(','), ...(parts[dash + 3] ?? '').split(',')];
    mounts.push({ mountPoint, fsType: parts[dash + 1] ?? '', options });
  }
  return mounts;
}

function mountFor(mounts: readonly Mount[], real: string): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    const mp = m.mountPoint;
    const inside = mp === '/' || real === mp || real.startsWith(mp.endsWith('/') ? mp : `${mp}/`);
    // Later lines win for the same mount point (over-mounts).
    if (inside && (!best || mp.length >= best.mountPoint.length)) best = m;
  }
  return best;
}

function volumeOf(p: string, mounts: readonly Mount[]): VolumeInfo | undefined {
  try {
    const s = statfs(p);
    const v: VolumeInfo = {
      free: Number(s.bavail) * Number(s.bsize),
      total: Number(s.blocks) * Number(s.bsize),
    };
    const bfree = Number(s.bfree) * Number(s.bsize);
    if (bfree !== v.free) v.freePrivileged = bfree;
    let real = p;
    try {
      real = realpath(p);
    } catch {
      // keep p
    }
    const m = mountFor(mounts, real);
    if (m) {
      v.mountPoint = m.mountPoint;
      v.fsType = m.fsType;
      if (m.options.includes('ro')) v.readOnly = true;
      if (m.options.includes('noexec')) v.noexec = true;
    }
    return v;
  } catch {
    return undefined;
  }
}

function nearestExisting(p: string): string | undefined {
  let cur = path.dirname(p);
  for (let i = 0; i < 256; i++) {
    try {
      const s = stat(cur);
      return s.isDirectory() ? cur : undefined;
    } catch (err) {
      if (code(err) !== 'ENOENT') return undefined;
    }
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
  return undefined;
}

export interface ExamineOptions {
  mounts: readonly Mount[];
  /** Measure the volume (statfs). */
  volume?: boolean;
  /** Check read/write access. */
  access?: boolean;
  /** Record whether a directory is empty (default true). */
  empty?: boolean;
  /** Resolve a relative path against this directory (the working directory go would run in). */
  base?: string;
}

/** Whether a directory has no entries; undefined when it cannot be listed. */
function isEmptyDir(p: string): boolean | undefined {
  try {
    const d = opendir(p);
    try {
      return d.readSync() === null;
    } finally {
      d.closeSync();
    }
  } catch {
    return undefined;
  }
}

/** Examines one path as written. Relative paths are examined relative to options.base, else the process's directory. */
export function examinePath(written: string, options: ExamineOptions): PathInfo {
  const info: PathInfo = { path: written, absolute: path.isAbsolute(written), kind: 'missing' };
  if (written === '') return info;
  const p = options.base && !info.absolute ? path.resolve(options.base, written) : written;
  if (p.length > MAX_PATH_LENGTH) {
    info.error = 'ENAMETOOLONG';
    return info;
  }
  if (p.includes('\u0000')) {
    info.error = 'EINVAL';
    return info;
  }
  let isLink = false;
  try {
    const l = lstat(p);
    isLink = l.isSymbolicLink();
  } catch (err) {
    const c = code(err);
    if (c !== 'ENOENT') info.error = c;
    if (c === 'ENOENT' || c === 'ENOTDIR') {
      const near = nearestExisting(path.resolve(p));
      if (near) {
        info.nearestExisting = near;
        if (options.access !== false) info.writable = canAccess(near, constants.W_OK | constants.X_OK);
        if (options.volume) {
          const v = volumeOf(near, options.mounts);
          if (v) info.volume = v;
        }
      }
    }
    return info;
  }
  if (isLink) {
    let target = '';
    try {
      target = readlink(p);
    } catch {
      // unreadable link
    }
    const link: NonNullable<PathInfo['symlink']> = { target, resolved: null, dangling: false, loop: false };
    try {
      link.resolved = realpath(p);
    } catch (err) {
      const c = code(err);
      if (c === 'ELOOP') link.loop = true;
      else if (c === 'ENOENT' || c === 'ENOTDIR') link.dangling = true;
      else info.error = c;
    }
    info.symlink = link;
    if (link.loop || link.dangling) {
      if (link.loop) info.error = 'ELOOP';
      return info;
    }
  }
  try {
    const s = stat(p);
    info.kind = s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
    if (process.platform !== 'win32') {
      info.mode = s.mode;
      info.uid = s.uid;
    }
  } catch (err) {
    info.error = code(err);
    return info;
  }
  if (info.kind === 'dir' && options.empty !== false) {
    const empty = isEmptyDir(p);
    if (empty !== undefined) info.empty = empty;
  }
  try {
    info.realPath = realpath(p);
  } catch {
    // leave unset
  }
  if (options.access !== false) {
    info.readable = canAccess(p, constants.R_OK);
    info.writable = canAccess(p, constants.W_OK);
  }
  if (options.volume) {
    const v = volumeOf(p, options.mounts);
    if (v) info.volume = v;
  }
  return info;
}
