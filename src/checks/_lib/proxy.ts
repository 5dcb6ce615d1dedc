/**
 * GOPROXY and the GOPRIVATE family, read the way the go command reads them:
 * - `parseGoproxy` mirrors cmd/go/internal/modfetch/proxy.go proxyList (identical from Go 1.19 to 1.26):
 *   entries split on "," (fall through on 404/410 only) or "|" (fall through on any error), trimmed,
 *   empty ones skipped; "off" and "direct" end the list; a word with ".", ":" or "/" that is not a URL or
 *   an absolute path gets "https://"; every entry before the end must pass newProxyRepo (schemes https,
 *   http, file; file:// URLs with nothing but a path).
 * - `matchPrefixPatterns` mirrors golang.org/x/mod/module.MatchPrefixPatterns (GOPRIVATE, GONOPROXY,
 *   GONOSUMDB, GOINSECURE), with `pathMatch` as Go's path.Match.
 * Pure.
 */
import { atLeast } from '../../core/version.js';
import { parseGoUrl } from './proxyurl.js';

export interface ProxyEntry {
  /** The entry as written (trimmed). */
  raw: string;
  /** What go uses: the entry, "https://"-prefixed when it is a bare host. */
  url: string;
  kind: 'url' | 'off' | 'direct';
  /** Written before a "|": go falls through to the next entry on any error. */
  fallBackOnError: boolean;
}

export interface ProxyList {
  /** Entries go uses, in order (the implicit "noproxy" of GONOPROXY is not listed). */
  entries: ProxyEntry[];
  /** The first entry go rejects, with go's message (every download fails with it). */
  error: { entry: string; message: string } | null;
  /** No usable entry: "GOPROXY list is not the empty string, but contains no entries". */
  noEntries: boolean;
  /** Non-empty entries after "direct" or "off", which go never reads. */
  ignored: string[];
}

export const NO_ENTRIES_MESSAGE = 'GOPROXY list is not the empty string, but contains no entries';

function isAbsPath(p: string): boolean {
  // filepath.IsAbs on the host or path.IsAbs: "/x", or a Windows drive path "C:\x" / UNC "\\host".
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** Why newProxyRepo rejects a URL, or null. */
export function proxyUrlError(url: string, goVersion: string | null): string | null {
  const strictColons = goVersion !== null && atLeast(goVersion, '1.26');
  const parsed = parseGoUrl(url, { strictColons });
  if ('error' in parsed) return parsed.error;
  const u = parsed.url;
  switch (u.scheme) {
    case 'http':
    case 'https':
      return null;
    case 'file':
      if (
        u.opaque !== '' ||
        u.user !== null ||
        u.host !== '' ||
        u.rawQuery !== '' ||
        u.forceQuery ||
        u.fragment !== '' ||
        u.omitHost
      ) {
        return `invalid file:// proxy URL with non-path elements: ${url}`;
      }
      return null;
    case '':
      return `invalid proxy URL missing scheme: ${url}`;
    default:
      return `invalid proxy URL scheme (must be https, http, file): ${url}`;
  }
}

/** modfetch.proxyList over a GOPROXY value. */
export function parseGoproxy(value: string, goVersion: string | null): ProxyList {
  const out: ProxyList = { entries: [], error: null, noEntries: false, ignored: [] };
  let rest = value;
  let ended = false;
  while (rest !== '') {
    let token: string;
    let fallBackOnError = false;
    const i = rest.search(/[,|]/);
    if (i >= 0) {
      token = rest.slice(0, i);
      fallBackOnError = rest[i] === '|';
      rest = rest.slice(i + 1);
    } else {
      token = rest;
      rest = '';
    }
    const raw = token.trim();
    if (raw === '') continue;
    if (ended) {
      out.ignored.push(raw);
      continue;
    }
    if (raw === 'off' || raw === 'direct') {
      out.entries.push({ raw, url: raw, kind: raw, fallBackOnError });
      ended = true;
      continue;
    }
    let url = raw;
    if (/[.:/]/.test(url) && !url.includes(':/') && !isAbsPath(url)) url = `https://${url}`;
    const err = proxyUrlError(url, goVersion);
    if (err !== null) {
      out.error = { entry: raw, message: err };
      return out;
    }
    out.entries.push({ raw, url, kind: 'url', fallBackOnError });
  }
  if (out.entries.length === 0) out.noEntries = true;
  return out;
}

/** The first entry go consults (after modules matched by GONOPROXY), or null. */
export function firstProxy(list: ProxyList): ProxyEntry | null {
  return list.entries[0] ?? null;
}

/** True for the public module mirror, written any way go accepts it. */
export function isProxyGolangOrg(entry: ProxyEntry | null): boolean {
  if (!entry || entry.kind !== 'url') return false;
  const parsed = parseGoUrl(entry.url);
  if ('error' in parsed) return false;
  return parsed.url.host.toLowerCase() === 'proxy.golang.org';
}

// ---------------------------------------------------------------------------------------------------
// path.Match and module.MatchPrefixPatterns

interface Chunk {
  star: boolean;
  chunk: string;
  rest: string;
}

function scanChunk(pattern: string): Chunk {
  let star = false;
  while (pattern.length > 0 && pattern[0] === '*') {
    pattern = pattern.slice(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < pattern.length; i++) {
    switch (pattern[i]) {
      case '\\':
        if (i + 1 < pattern.length) i++;
        break;
      case '[':
        inrange = true;
        break;
      case ']':
        inrange = false;
        break;
      case '*':
        if (!inrange) break scan;
        break;
    }
  }
  return { star, chunk: pattern.slice(0, i), rest: pattern.slice(i) };
}

class BadPattern extends Error {}

function getEsc(chunk: string): { c: string; rest: string } {
  if (chunk.length === 0 || chunk[0] === '-' || chunk[0] === ']') throw new BadPattern();
  if (chunk[0] === '\\') {
    chunk = chunk.slice(1);
    if (chunk.length === 0) throw new BadPattern();
  }
  const c = String.fromCodePoint(chunk.codePointAt(0) ?? 0);
  chunk = chunk.slice(c.length);
  if (chunk.length === 0) throw new BadPattern();
  return { c, rest: chunk };
}

function matchChunk(chunk: string, s: string): { rest: string; ok: boolean } {
  let failed = false;
  while (chunk.length > 0) {
    if (!failed && s.length === 0) failed = true;
    switch (chunk[0]) {
      case '[': {
        let r = '';
        if (!failed) {
          r = String.fromCodePoint(s.codePointAt(0) ?? 0);
          s = s.slice(r.length);
        }
        chunk = chunk.slice(1);
        let negated = false;
        if (chunk.length > 0 && chunk[0] === '^') {
          negated = true;
          chunk = chunk.slice(1);
        }
        let match = false;
        let nrange = 0;
        for (;;) {
          if (chunk.length > 0 && chunk[0] === ']' && nrange > 0) {
            chunk = chunk.slice(1);
            break;
          }
          const lo = getEsc(chunk);
          chunk = lo.rest;
          let hi = lo.c;
          if (chunk[0] === '-') {
            const h = getEsc(chunk.slice(1));
            hi = h.c;
            chunk = h.rest;
          }
          if (lo.c <= r && r <= hi) match = true;
          nrange++;
        }
        if (match === negated) failed = true;
        break;
      }
      case '?':
        if (!failed) {
          if (s[0] === '/') failed = true;
          s = s.slice(String.fromCodePoint(s.codePointAt(0) ?? 0).length);
        }
        chunk = chunk.slice(1);
        break;
      case '\\':
        chunk = chunk.slice(1);
        if (chunk.length === 0) throw new BadPattern();
        if (!failed) {
          if (chunk[0] !== s[0]) failed = true;
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
        break;
      default:
        if (!failed) {
          if (chunk[0] !== s[0]) failed = true;
          s = s.slice(1);
        }
        chunk = chunk.slice(1);
    }
  }
  if (failed) return { rest: '', ok: false };
  return { rest: s, ok: true };
}

/** Go's path.Match; a malformed pattern matches nothing (go ignores the error here). */
export function pathMatch(pattern: string, name: string): boolean {
  try {
    outer: while (pattern.length > 0) {
      const sc = scanChunk(pattern);
      pattern = sc.rest;
      if (sc.star && sc.chunk === '') return !name.includes('/');
      const m = matchChunk(sc.chunk, name);
      if (m.ok && (m.rest.length === 0 || pattern.length > 0)) {
        name = m.rest;
        continue;
      }
      if (sc.star) {
        for (let i = 0; i < name.length && name[i] !== '/'; i++) {
          const t = matchChunk(sc.chunk, name.slice(i + 1));
          if (t.ok) {
            if (pattern.length === 0 && t.rest.length > 0) continue;
            name = t.rest;
            continue outer;
          }
        }
      }
      return false;
    }
    return name.length === 0;
  } catch (err) {
    if (err instanceof BadPattern) return false;
    throw err;
  }
}

/** The non-empty globs of a comma-separated list, trailing "/" removed (as go reads them). */
export function globs(list: string): string[] {
  return list
    .split(',')
    .map((g) => g.replace(/\/$/, ''))
    .filter((g) => g !== '');
}

/** module.MatchPrefixPatterns: does any glob match a prefix of target (by path elements)? */
export function matchPrefixPatterns(list: string, target: string): boolean {
  for (const glob of globs(list)) {
    let n = glob.split('/').length - 1;
    let prefix = target;
    for (let i = 0; i < target.length; i++) {
      if (target[i] === '/') {
        if (n === 0) {
          prefix = target.slice(0, i);
          break;
        }
        n--;
      }
    }
    if (n > 0) continue;
    if (pathMatch(glob, prefix)) return true;
  }
  return false;
}

/** Module paths of every shape that real dependencies have. */
const SAMPLE_MODULES = [
  'github.com/user/repo',
  'golang.org/x/text',
  'google.golang.org/grpc',
  'gopkg.in/yaml.v3',
  'go.uber.org/zap',
  'k8s.io/api',
  'gitee.com/owner/repo',
  'gitlab.example.org/group/sub/repo',
  'example.com/m',
];

/** The globs of the list that match every module path (such as "*" or "*.*"). */
export function catchAllGlobs(list: string): string[] {
  return globs(list).filter((g) => SAMPLE_MODULES.every((m) => matchPrefixPatterns(g, m)));
}
