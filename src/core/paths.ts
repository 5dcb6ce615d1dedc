/**
 * Path rules of the OS the facts come from (not of the machine running the checks).
 * node:path's posix and win32 objects are pure string functions.
 */
import path from 'node:path';
import type { OS } from './facts.js';

export type PathApi = typeof path.posix;

export function pathApi(os: OS): PathApi {
  return os === 'windows' ? path.win32 : path.posix;
}

/** Splits a PATH-style list the way filepath.SplitList does (empty input gives no entries). */
export function splitList(os: OS, value: string): string[] {
  if (value === '') return [];
  if (os === 'windows') {
    // Windows allows quoted entries containing ';'.
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (const ch of value) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ';' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  }
  return value.split(os === 'plan9' ? '\u0000' : ':');
}

/** Two paths name the same location after cleaning (case-insensitive on Windows and macOS). */
export function samePath(os: OS, a: string, b: string): boolean {
  const p = pathApi(os);
  const x = p.normalize(a).replace(/[\\/]+$/, '');
  const y = p.normalize(b).replace(/[\\/]+$/, '');
  return os === 'windows' || os === 'darwin' ? x.toLowerCase() === y.toLowerCase() : x === y;
}

/** True when child is inside (or equal to) parent. */
export function isWithin(os: OS, parent: string, child: string): boolean {
  const p = pathApi(os);
  const rel = p.relative(p.normalize(parent), p.normalize(child));
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}
