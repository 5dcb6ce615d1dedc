/**
 * go-doctor du's collector: walks GOCACHE, GOMODCACHE, the install directory (GOBIN or GOPATH[0]/bin)
 * and every GOPATH entry, each split into the parts `go clean` removes, and measures every volume.
 * Only `go-doctor du` calls it: the default check never walks caches.
 */
import { lstatSync, readdirSync, realpathSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DuFacts, DuLocation, DuPart, DuSize, DuVolume, Facts } from '../core/facts.js';
import { createContext } from '../core/run.js';
import { now } from './clock.js';
import { type Mount, readMounts } from './fsinfo.js';
import { emptyWalk, type WalkResult } from './walk.js';
import { WalkPool, walkSizeParallel } from './walk-parallel.js';

export interface DuProgress {
  /** The location being walked (GOCACHE, GOMODCACHE…). */
  var: string;
  bytes: number;
  files: number;
}

export interface CollectDuOptions {
  env: NodeJS.ProcessEnv;
  onProgress?: (p: DuProgress) => void;
  /** Interval between progress reports (default 100 ms). */
  progressMs?: number;
  signal?: AbortSignal;
  /** Worker threads for big trees (default: up to 4, one per core); 1 walks on the main thread only. */
  workers?: number;
}

/** File systems that are not disks a cache could move to. */
const PSEUDO_FS = new Set([
  'proc',
  'sysfs',
  'cgroup',
  'cgroup2',
  'devpts',
  'devtmpfs',
  'tmpfs',
  'ramfs',
  'mqueue',
  'debugfs',
  'tracefs',
  'securityfs',
  'pstore',
  'bpf',
  'autofs',
  'configfs',
  'fusectl',
  'hugetlbfs',
  'binfmt_misc',
  'nsfs',
  'efivarfs',
  'rpc_pipefs',
  'squashfs',
  'selinuxfs',
  'overlay' /* kept below when it is the root */,
]);

function toSize(w: WalkResult): DuSize {
  return {
    bytes: w.bytes,
    files: w.files,
    dirs: w.dirs,
    links: w.links,
    errorCount: w.errorCount,
    errors: w.errors,
  };
}

function addInto(a: WalkResult, b: WalkResult): void {
  a.bytes += b.bytes;
  a.files += b.files;
  a.dirs += b.dirs;
  a.links += b.links;
  a.errorCount += b.errorCount;
  for (const e of b.errors) if (a.errors.length < 20) a.errors.push(e);
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function names(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The mount point of p: the highest ancestor on the same device. */
function mountPointOf(p: string): string {
  if (process.platform === 'win32') return path.parse(p).root;
  let cur = p;
  let dev: number;
  try {
    dev = statSync(cur).dev;
  } catch {
    return path.parse(p).root;
  }
  for (;;) {
    const up = path.dirname(cur);
    if (up === cur) return cur;
    try {
      if (statSync(up).dev !== dev) return cur;
    } catch {
      return cur;
    }
    cur = up;
  }
}

function nearestExisting(p: string): string | undefined {
  let cur = path.resolve(p);
  for (let i = 0; i < 256; i++) {
    if (lstatSync(cur, { throwIfNoEntry: false })) return cur;
    const up = path.dirname(cur);
    if (up === cur) return undefined;
    cur = up;
  }
  return undefined;
}

function systemRoot(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'win32') return `${(env.SystemDrive ?? 'C:').toUpperCase()}\\`;
  return '/';
}

function measure(mountPoint: string, env: NodeJS.ProcessEnv, mounts: readonly Mount[]): DuVolume | null {
  try {
    const s = statfsSync(mountPoint);
    const v: DuVolume = {
      path: mountPoint,
      free: Number(s.bavail) * Number(s.bsize),
      total: Number(s.blocks) * Number(s.bsize),
    };
    const m = mounts.filter((x) => x.mountPoint === mountPoint).pop();
    if (m) {
      v.fsType = m.fsType;
      if (m.options.includes('ro')) v.readOnly = true;
    }
    const sys = systemRoot(env);
    if (
      mountPoint.toUpperCase() === sys.toUpperCase() ||
      (process.platform === 'darwin' && mountPoint === '/System/Volumes/Data')
    )
      v.system = true;
    return v;
  } catch {
    return null;
  }
}

/** Every disk-backed, writable volume: Linux mountinfo, macOS / and /Volumes/*, Windows drive letters. */
function listVolumes(env: NodeJS.ProcessEnv, mounts: readonly Mount[]): DuVolume[] {
  let candidates: string[];
  if (process.platform === 'win32') {
    candidates = [];
    for (let c = 'C'.charCodeAt(0); c <= 'Z'.charCodeAt(0); c++)
      candidates.push(`${String.fromCharCode(c)}:\\`);
  } else if (process.platform === 'darwin') {
    candidates = ['/', '/System/Volumes/Data', ...names('/Volumes').map((n) => `/Volumes/${n}`)];
  } else if (mounts.length > 0) {
    candidates = mounts
      .filter((m) => (!PSEUDO_FS.has(m.fsType) || m.mountPoint === '/') && !m.options.includes('ro'))
      .map((m) => m.mountPoint);
  } else candidates = ['/'];
  const byDev = new Map<string, DuVolume>();
  for (const c of candidates) {
    let key: string;
    try {
      const st = statSync(c);
      if (!st.isDirectory()) continue;
      key = String(st.dev);
    } catch {
      continue;
    }
    const v = measure(c, env, mounts);
    if (!v || v.total === 0 || v.readOnly) continue;
    const prev = byDev.get(key);
    // Bind mounts show one device several times: keep the shortest mount point.
    if (!prev || v.path.length < prev.path.length) byDev.set(key, v);
  }
  return [...byDev.values()];
}

interface Target {
  var: string;
  path: string;
  kind: 'gocache' | 'gomodcache' | 'gopath' | 'plain';
}

export function duTargets(facts: Facts): Target[] {
  const ctx = createContext(facts);
  const abs = (p: string): boolean => p !== '' && path.isAbsolute(p);
  const out: Target[] = [];
  const gocache = ctx.setting('GOCACHE').value;
  if (abs(gocache)) out.push({ var: 'GOCACHE', path: gocache, kind: 'gocache' });
  const gomodcache = ctx.setting('GOMODCACHE').value;
  if (abs(gomodcache)) out.push({ var: 'GOMODCACHE', path: gomodcache, kind: 'gomodcache' });
  const gopath = ctx.splitList(ctx.setting('GOPATH').value).filter(abs);
  const gobin = ctx.setting('GOBIN').value;
  if (abs(gobin)) out.push({ var: 'GOBIN', path: gobin, kind: 'plain' });
  else if (gopath[0]) out.push({ var: 'GOPATH[0]/bin', path: path.join(gopath[0], 'bin'), kind: 'plain' });
  gopath.forEach((g, i) => {
    out.push({ var: `GOPATH[${i}]`, path: g, kind: 'gopath' });
  });
  return out;
}

export async function collectDu(facts: Facts, options: CollectDuOptions): Promise<DuFacts> {
  const started = now();
  // Worker threads share the walk of big trees (small ones finish on the main thread).
  const pool = options.workers === 1 ? null : new WalkPool(options.workers, options.progressMs ?? 100);
  try {
    return await collectWith(facts, options, pool, started);
  } finally {
    await pool?.close();
  }
}

async function collectWith(
  facts: Facts,
  options: CollectDuOptions,
  pool: WalkPool | null,
  started: number,
): Promise<DuFacts> {
  const mounts = readMounts();
  const seen = new Set<string>();
  const targets = duTargets(facts);
  const reals = targets.map((t) => real(t.path));
  const locations: DuLocation[] = [];
  const done = new Set<string>();
  for (const [i, t] of targets.entries()) {
    const root = reals[i] as string;
    const loc: DuLocation = { var: t.var, path: t.path, exists: false, ...toSize(emptyWalk()), volume: null };
    const near = nearestExisting(root);
    if (near) loc.volume = measure(mountPointOf(near), options.env, mounts);
    const st = lstatSync(root, { throwIfNoEntry: false });
    if (!st || done.has(root)) {
      if (st) loc.exists = true;
      locations.push(loc);
      continue;
    }
    done.add(root);
    loc.exists = true;
    // Locations inside this one are sized on their own.
    const excluded = reals.filter(
      (r, j) => j !== i && isInside(r, root) && lstatSync(r, { throwIfNoEntry: false }) !== undefined,
    );
    if (excluded.length > 0)
      loc.excluded = targets.filter((_t, j) => excluded.includes(reals[j] as string)).map((x) => x.var);
    let base = { bytes: 0, files: 0 };
    const progress = options.onProgress
      ? (w: Readonly<WalkResult>): void =>
          options.onProgress?.({ var: t.var, bytes: base.bytes + w.bytes, files: base.files + w.files })
      : undefined;
    const walk = async (p: string, exclude: string[] = []): Promise<WalkResult> => {
      const w = await walkSizeParallel(p, pool, {
        seen,
        exclude: new Set([...excluded, ...exclude]),
        ...(progress ? { onProgress: progress } : {}),
        ...(options.progressMs !== undefined ? { progressMs: options.progressMs } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      base = { bytes: base.bytes + w.bytes, files: base.files + w.files };
      return w;
    };
    const total = emptyWalk();
    const parts: DuPart[] = [];
    const part = async (name: string, all: string[], exclude: string[] = []): Promise<void> => {
      // A part that is a location of its own (GOPATH/bin) is left to that location.
      const paths = all.filter((p) => !excluded.includes(p));
      if (paths.length === 0) return;
      const sum = emptyWalk();
      for (const p of paths) addInto(sum, await walk(p, exclude));
      addInto(total, sum);
      if (paths.some((p) => lstatSync(p, { throwIfNoEntry: false })) || sum.bytes > 0)
        parts.push({ name, paths, ...toSize(sum) });
    };
    if (t.kind === 'gocache' && st.isDirectory()) {
      const entries = names(root);
      const build = entries
        .filter((n) => /^[0-9a-f]{2}$/.test(n) || n === 'log.txt')
        .map((n) => path.join(root, n));
      const fuzz = path.join(root, 'fuzz');
      await part('build', build);
      await part('fuzz', [fuzz]);
      await part('other', [root], [...build, fuzz]);
    } else if (t.kind === 'gomodcache' && st.isDirectory()) {
      const download = path.join(root, 'cache', 'download');
      const sumdb = path.join(download, 'sumdb');
      const tcDownload = path.join(download, 'golang.org', 'toolchain');
      const tcExtracted = names(path.join(root, 'golang.org'))
        .filter((n) => n.startsWith('toolchain@'))
        .map((n) => path.join(root, 'golang.org', n));
      const vcs = path.join(root, 'cache', 'vcs');
      await part('download', [download], [sumdb, tcDownload]);
      await part('toolchains', [tcDownload, ...tcExtracted]);
      await part('sumdb', [sumdb]);
      await part('vcs', [vcs]);
      await part('extracted', [root], [download, vcs, ...tcExtracted]);
    } else if (t.kind === 'gopath' && st.isDirectory()) {
      // Only what go uses: GOPATH=$HOME must not mean walking the whole home directory.
      for (const sub of ['src', 'pkg', 'bin']) await part(sub, [path.join(root, sub)]);
    } else addInto(total, await walk(root));
    Object.assign(loc, toSize(total));
    if (parts.length > 0) loc.parts = parts;
    locations.push(loc);
  }
  return { locations, volumes: listVolumes(options.env, mounts), durationMs: Math.round(now() - started) };
}
