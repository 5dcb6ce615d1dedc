/**
 * Disk usage of a directory tree: bytes and file counts, never following symbolic links or junctions
 * (a link counts as itself), each inode counted once, unreadable directories reported rather than thrown.
 * Shared by `go-doctor du` and `go-doctor relocate`.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface WalkResult {
  /** Apparent size in bytes (what `du -sb` reports): regular files, links and directories. */
  bytes: number;
  /** Regular files. */
  files: number;
  dirs: number;
  /** Symbolic links and junctions (not followed). */
  links: number;
  /** Paths that could not be read, with the error code (at most 20 kept). */
  errors: { path: string; code: string }[];
  /** Count of unreadable entries, including those past the 20 kept. */
  errorCount: number;
}

export interface WalkOptions {
  /** Called now and then (at most every ~100 ms) with the running totals. */
  onProgress?: (r: Readonly<WalkResult>) => void;
  /** Stop early (the result is then partial). */
  signal?: AbortSignal;
}

export function emptyWalk(): WalkResult {
  return { bytes: 0, files: 0, dirs: 0, links: 0, errors: [], errorCount: 0 };
}

function noteError(r: WalkResult, p: string, err: unknown): void {
  r.errorCount++;
  if (r.errors.length < 20)
    r.errors.push({ path: p, code: (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN' });
}

/** Sizes the tree at root (which may be a file). A missing root gives an empty result. */
export function walkSize(root: string, options: WalkOptions = {}): WalkResult {
  const r = emptyWalk();
  const seen = new Set<string>();
  let last = Date.now();
  const top = lstatSync(root, { throwIfNoEntry: false, bigint: false });
  if (!top) return r;
  const stack: string[] = [];
  const count = (p: string, st: import('node:fs').Stats): void => {
    if (st.nlink > 1 && !st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return;
      seen.add(key);
    }
    r.bytes += st.size;
    if (st.isDirectory()) {
      r.dirs++;
      stack.push(p);
    } else if (st.isSymbolicLink()) r.links++;
    else if (st.isFile()) r.files++;
  };
  count(root, top);
  while (stack.length > 0) {
    if (options.signal?.aborted) break;
    const dir = stack.pop() as string;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (err) {
      noteError(r, dir, err);
      continue;
    }
    for (const n of names) {
      const p = path.join(dir, n);
      try {
        const st = lstatSync(p);
        count(p, st);
      } catch (err) {
        noteError(r, p, err);
      }
    }
    if (options.onProgress) {
      const t = Date.now();
      if (t - last >= 100) {
        last = t;
        options.onProgress(r);
      }
    }
  }
  return r;
}
