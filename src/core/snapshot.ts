/**
 * Snapshots for sharing: the facts with the user name taken out of every path (--redact-paths). Secrets
 * are already redacted by the collector. Pure.
 */
import type { Facts } from './facts.js';

export const REDACTED_USER = 'USER';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The user name as it appears in paths: host.username, else the last element of HOME. */
function userNameOf(facts: Facts): string | null {
  const u = facts.host.username;
  // root's own paths (/root) name no person; under sudo -E, HOME still names the invoking user.
  if (u && u.length >= 2 && u !== 'root' && u !== 'Administrator') return u;
  const home = facts.env.HOME ?? facts.env.USERPROFILE ?? '';
  const last = home
    .split(/[\\/]/)
    .filter((x) => x !== '')
    .at(-1);
  return last && last.length >= 2 && last !== 'root' && last !== 'Administrator' ? last : null;
}

/**
 * A deep copy of the facts where the user name, as a whole path element (between / or \ or at the ends
 * of a value), is replaced by USER, in values and in keys (some records are keyed by path). Other
 * occurrences (inside a word) are left alone, so "alice" in "/home/alice/go" goes but "malice" stays.
 * Findings are unchanged: file-system answers were recorded at collection time.
 */
export function redactPaths(facts: Facts): Facts {
  const user = userNameOf(facts);
  if (!user) return structuredClone(facts);
  const re = new RegExp(`(^|[\\\\/])${escapeRe(user)}(?=[\\\\/]|$)`, 'g');
  const fix = (s: string): string => s.replace(re, `$1${REDACTED_USER}`);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return fix(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[fix(k)] = walk(x);
      return out;
    }
    return v;
  };
  const out = walk(facts) as Facts;
  if (out.host.username === user) out.host.username = REDACTED_USER;
  return out;
}
