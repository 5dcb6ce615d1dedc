/**
 * Evaluating repo-policy rules against setting values. Pure.
 */
import type { PolicyRule } from '../../core/policy.js';

/** The items of a list-valued setting: GOFLAGS by spaces, the proxy and pattern lists by commas (and |). */
export function itemsOf(name: string, value: string): string[] {
  if (name === 'GOFLAGS') return value.split(/\s+/).filter((x) => x !== '');
  if (/^(GOPROXY|GOPRIVATE|GONOPROXY|GONOSUMDB|GOINSECURE|GOEXPERIMENT|GODEBUG|GOVCS)$/.test(name))
    return value
      .split(/[,|]/)
      .map((x) => x.trim())
      .filter((x) => x !== '');
  return [value];
}

function globToRe(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^\^/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Whether a module path matches a GOPRIVATE-style pattern list, as go's module.MatchPrefixPatterns does:
 * each glob is matched against the leading path elements of the module path, as many as the glob has.
 */
export function matchesPrefixPatterns(patterns: string, modulePath: string): boolean {
  for (const raw of patterns.split(',')) {
    const glob = raw.trim().replace(/\/+$/, '');
    if (glob === '') continue;
    const n = glob.split('/').length;
    const parts = modulePath.split('/');
    if (parts.length < n) continue;
    if (globToRe(glob).test(parts.slice(0, n).join('/'))) return true;
  }
  return false;
}

/** What the rule requires, in words. */
export function describeRule(r: PolicyRule): string {
  const parts: string[] = [];
  if (r.equals !== undefined) parts.push(`exactly "${r.equals}"`);
  if (r.oneOf) parts.push(`one of ${r.oneOf.map((x) => `"${x}"`).join(', ')}`);
  if (r.pattern !== undefined) parts.push(`a match for /${r.pattern}/`);
  if (r.contains !== undefined) parts.push(`containing "${r.contains}"`);
  if (r.startsWith !== undefined) parts.push(`starting with "${r.startsWith}"`);
  if (r.covers !== undefined) parts.push(`covering ${r.covers}`);
  return parts.join(' and ');
}

/** Null when the value satisfies every part of the rule. */
export function violates(name: string, value: string, r: PolicyRule): boolean {
  if (r.equals !== undefined && value !== r.equals) return true;
  if (r.oneOf && !r.oneOf.includes(value)) return true;
  if (r.pattern !== undefined && !new RegExp(`^(?:${r.pattern})$`).test(value)) return true;
  if (r.contains !== undefined) {
    const items = itemsOf(name, value);
    if (items.length > 1 || name === 'GOFLAGS' ? !items.includes(r.contains) : !value.includes(r.contains))
      return true;
  }
  if (r.startsWith !== undefined && !value.startsWith(r.startsWith)) return true;
  if (r.covers !== undefined && !matchesPrefixPatterns(value, r.covers)) return true;
  return false;
}

/** The value to set when the rule names one (equals, or the first of oneOf). */
export function targetValue(r: PolicyRule): string | null {
  if (r.equals !== undefined) return r.equals;
  if (r.oneOf && r.oneOf.length > 0) return r.oneOf[0] ?? null;
  return null;
}
