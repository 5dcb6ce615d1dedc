/**
 * Sizes and volumes for a relocation plan (I/O; the plan itself is pure).
 */
import { lstatSync, readdirSync, realpathSync, statfsSync, statSync } from 'node:fs';
import path from 'node:path';
import { walkSize } from '../collect/walk.js';
import { JOURNAL_NAME, PROBE_DIR } from './journal.js';
import type { Measure, Move, RelocVar, TargetInfo } from './plan.js';

function volumeId(p: string): string | undefined {
  try {
    return String(statSync(p).dev);
  } catch {
    return undefined;
  }
}

function nearestExisting(p: string): string {
  let cur = path.resolve(p);
  for (;;) {
    if (lstatSync(cur, { throwIfNoEntry: false })) return cur;
    const up = path.dirname(cur);
    if (up === cur) return cur;
    cur = up;
  }
}

export function measureMoves(
  moves: readonly Move[],
  onProgress?: (v: RelocVar, files: number) => void,
): Partial<Record<RelocVar, Measure>> {
  const out: Partial<Record<RelocVar, Measure>> = {};
  for (const m of moves) {
    const st = lstatSync(m.from, { throwIfNoEntry: false });
    if (!st) {
      out[m.var] = { exists: false, bytes: 0, files: 0, dirs: 0, links: 0, errorCount: 0 };
      continue;
    }
    const w = walkSize(m.from, onProgress ? { onProgress: (r) => onProgress(m.var, r.files) } : {});
    const meas: Measure = {
      exists: true,
      bytes: w.bytes,
      files: w.files,
      dirs: w.dirs,
      links: w.links,
      errorCount: w.errorCount,
    };
    const vol = volumeId(m.from);
    if (vol !== undefined) meas.volume = vol;
    out[m.var] = meas;
  }
  return out;
}

/** Free space and volume of the target (or its nearest existing ancestor), and whether it holds files. */
export function measureTarget(target: string, freeOverride?: number): TargetInfo {
  const near = nearestExisting(target);
  let free: number | null = null;
  try {
    const s = statfsSync(near);
    free = Number(s.bavail) * Number(s.bsize);
  } catch {
    free = null;
  }
  if (freeOverride !== undefined) free = freeOverride;
  const info: TargetInfo = { free };
  const vol = volumeId(near);
  if (vol !== undefined) info.volume = vol;
  const st = lstatSync(target, { throwIfNoEntry: false });
  if (st && !statSync(target, { throwIfNoEntry: false })?.isDirectory()) info.notDirectory = true;
  try {
    const names = readdirSync(target).filter((n) => n !== JOURNAL_NAME && n !== PROBE_DIR);
    if (names.length > 0) info.nonEmpty = true;
  } catch {
    // missing: fine
  }
  return info;
}

export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // A missing path: resolve its nearest existing ancestor and keep the rest.
    const near = nearestExisting(p);
    try {
      return path.join(realpathSync(near), path.relative(near, path.resolve(p)));
    } catch {
      return p;
    }
  }
}
