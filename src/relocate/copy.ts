/**
 * Copying a Go directory tree to another volume, resumably. I/O module of `go-doctor relocate`.
 *
 * - Symbolic links and junctions are copied as links (the same target text), never followed.
 * - Regular files are written to a temporary name beside the destination, given the source's mode and
 *   times, then renamed: a file under its final name is always complete, so a rerun after an interruption
 *   skips files whose size and mtime already match and copies the rest.
 * - Hard links inside the tree stay hard links (each inode is copied once).
 * - Directories are created writable and get their own mode and times only after they are filled (the
 *   module cache's directories are read-only).
 * - Other file types (sockets, FIFOs, devices) are skipped and counted.
 */
import {
  chmodSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
} from 'node:fs';
import path from 'node:path';

export interface CopyOptions {
  /**
   * mirror (default): the destination ends up holding exactly the source (entries it has beyond the
   * source are removed). add-missing: only what the destination lacks is copied; nothing there is
   * replaced or removed.
   */
  mode?: 'mirror' | 'add-missing';
  /** Called after each regular file copied (not skipped), with the running count; a test hook. */
  afterFile?: (copied: number) => void;
  onProgress?: (r: Readonly<CopyResult>) => void;
}

export interface CopyResult {
  /** Regular files written. */
  copied: number;
  /** Regular files already complete at the destination (resumed). */
  skipped: number;
  bytes: number;
  links: number;
  hardLinks: number;
  dirs: number;
  /** Special files not copied. */
  special: string[];
}

const TMP_SUFFIX = '.go-doctor-partial';

function sameFile(src: Stats, dst: Stats | undefined): boolean {
  return (
    dst !== undefined &&
    dst.isFile() &&
    dst.size === src.size &&
    // utimes takes seconds as a double: the copy's mtime can differ from the source's by a microsecond.
    Math.abs(dst.mtimeMs - src.mtimeMs) < 2
  );
}

/** Makes a directory writable for us while we fill it (it gets its own mode back afterwards). */
function ensureDir(dst: string): void {
  const st = lstatSync(dst, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) rmSync(dst, { force: true });
  if (!st || !st.isDirectory()) mkdirSync(dst, { recursive: true, mode: 0o700 });
  else if ((st.mode & 0o700) !== 0o700 && process.platform !== 'win32') chmodSync(dst, st.mode | 0o700);
}

export function copyTree(src: string, dst: string, options: CopyOptions = {}): CopyResult {
  const r: CopyResult = { copied: 0, skipped: 0, bytes: 0, links: 0, hardLinks: 0, dirs: 0, special: [] };
  const inodes = new Map<string, string>();
  const top = lstatSync(src);
  if (!top.isDirectory()) throw new Error(`${src} is not a directory`);
  let last = Date.now();
  // Directories whose mode and times are set after their contents, deepest first.
  const finish: { dst: string; st: Stats }[] = [];
  const walk = (s: string, d: string, st: Stats): void => {
    ensureDir(d);
    r.dirs++;
    finish.push({ dst: d, st });
    const names = readdirSync(s);
    // A mirror: what the destination holds beyond the source (left by an earlier, interrupted run while
    // the source changed) goes.
    if (options.mode !== 'add-missing') {
      const keep = new Set(names);
      for (const extra of readdirSync(d)) if (!keep.has(extra)) removeTree(path.join(d, extra));
    }
    for (const name of names) {
      if (name.endsWith(TMP_SUFFIX)) continue;
      const sp = path.join(s, name);
      const dp = path.join(d, name);
      const cst = lstatSync(sp);
      if (cst.isDirectory()) {
        walk(sp, dp, cst);
        continue;
      }
      const existing = lstatSync(dp, { throwIfNoEntry: false });
      if (existing && options.mode === 'add-missing') continue;
      if (cst.isSymbolicLink()) {
        const target = readlinkSync(sp);
        if (existing?.isSymbolicLink() && readlinkSync(dp) === target) {
          r.links++;
          continue;
        }
        if (existing) rmSync(dp, { recursive: true, force: true });
        let type: 'dir' | 'junction' | 'file' | undefined;
        if (process.platform === 'win32') {
          let isDir = false;
          try {
            isDir = statSync(sp).isDirectory();
          } catch {
            // dangling: a file link
          }
          type = isDir ? 'junction' : 'file';
        }
        symlinkSync(target, dp, type);
        r.links++;
        continue;
      }
      if (!cst.isFile()) {
        r.special.push(sp);
        continue;
      }
      const key = `${cst.dev}:${cst.ino}`;
      if (cst.nlink > 1) {
        const first = inodes.get(key);
        if (first !== undefined) {
          const fst = lstatSync(first);
          if (existing && existing.ino === fst.ino && existing.dev === fst.dev) {
            r.hardLinks++;
            continue;
          }
          if (existing) rmSync(dp, { force: true });
          linkSync(first, dp);
          r.hardLinks++;
          continue;
        }
        inodes.set(key, dp);
      }
      if (sameFile(cst, existing)) {
        r.skipped++;
        r.bytes += cst.size;
        continue;
      }
      const tmp = `${dp}${TMP_SUFFIX}`;
      rmSync(tmp, { force: true });
      copyFileSync(sp, tmp);
      if (process.platform !== 'win32') chmodSync(tmp, cst.mode & 0o7777);
      utimesSync(tmp, cst.atime, cst.mtime);
      if (existing) rmSync(dp, { recursive: true, force: true });
      renameSync(tmp, dp);
      r.copied++;
      r.bytes += cst.size;
      options.afterFile?.(r.copied);
      if (options.onProgress) {
        const t = Date.now();
        if (t - last >= 200) {
          last = t;
          options.onProgress(r);
        }
      }
    }
  };
  walk(src, dst, top);
  for (let i = finish.length - 1; i >= 0; i--) {
    const f = finish[i];
    if (!f) continue;
    if (process.platform !== 'win32') chmodSync(f.dst, f.st.mode & 0o7777);
    utimesSync(f.dst, f.st.atime, f.st.mtime);
  }
  return r;
}

/** What a tree holds, for comparing a copy with its source: regular-file bytes and counts (links not followed). */
export interface Tally {
  fileBytes: number;
  files: number;
  dirs: number;
  links: number;
  special: number;
}

export function tallyTree(root: string): Tally {
  const t: Tally = { fileBytes: 0, files: 0, dirs: 0, links: 0, special: 0 };
  const st = lstatSync(root, { throwIfNoEntry: false });
  if (!st?.isDirectory()) return t;
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    t.dirs++;
    for (const name of readdirSync(dir)) {
      if (name.endsWith(TMP_SUFFIX)) continue;
      const p = path.join(dir, name);
      const s = lstatSync(p);
      if (s.isDirectory()) stack.push(p);
      else if (s.isSymbolicLink()) t.links++;
      else if (s.isFile()) {
        t.files++;
        t.fileBytes += s.size;
      } else t.special++;
    }
  }
  return t;
}

/**
 * Removes a tree that may hold read-only directories (the module cache): makes each directory writable,
 * then deletes. Links are removed, never followed.
 */
export function removeTree(root: string): void {
  const st = lstatSync(root, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory() && process.platform !== 'win32') {
    const stack = [root];
    while (stack.length > 0) {
      const dir = stack.pop() as string;
      const ds = lstatSync(dir);
      if ((ds.mode & 0o700) !== 0o700) chmodSync(dir, ds.mode | 0o700);
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (lstatSync(p).isDirectory()) stack.push(p);
      }
    }
  }
  if (st.isSymbolicLink() || !st.isDirectory()) unlinkSync(root);
  else rmSync(root, { recursive: true, force: true });
}
