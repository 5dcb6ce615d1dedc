/**
 * PATH as written, entry by entry, for the path-* checks. Pure.
 */
import type { CheckContext } from '../../core/check.js';

export interface PathEntry {
  entry: string;
  index: number;
}

/** The PATH entries as written; null when PATH is not set at all. */
export function pathEntries(ctx: CheckContext): PathEntry[] | null {
  if (ctx.facts.pathEntries.length > 0)
    return ctx.facts.pathEntries.map(({ entry, index }) => ({ entry, index }));
  const value = ctx.facts.env.PATH;
  if (value === undefined) return null;
  return ctx.splitList(value).map((entry, index) => ({ entry, index }));
}

/** An entry the shell would tilde-expand (bash only does it while searching PATH). */
export function isTildeEntry(entry: string): boolean {
  return entry.startsWith('~');
}

/** The entry with a leading "~" or "~/" replaced by home; null for "~user" forms or without a home. */
export function expandTilde(ctx: CheckContext, entry: string): string | null {
  if (!/^~(?=$|[\\/])/.test(entry) || ctx.home === '') return null;
  return ctx.path.join(ctx.home, entry.slice(1));
}
