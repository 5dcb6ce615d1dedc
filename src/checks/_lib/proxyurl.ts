/**
 * The part of Go's net/url.Parse that decides whether a URL parses at all, ported so that GOPROXY and
 * GOSUMDB entries can be judged without running go. Only errors are modelled; where Go releases differ
 * (the strict colon rule for http(s) hosts arrived in Go 1.26) the caller picks the rules.
 *
 * Error texts are Go's: `parse "https://x y": invalid character " " in host name`. Pure.
 */

export interface GoUrl {
  scheme: string;
  opaque: string;
  user: string | null;
  host: string;
  path: string;
  /** The path as written when its escaping differs from the default one. */
  rawPath: string;
  rawQuery: string;
  forceQuery: boolean;
  fragment: string;
  /** "file:/x": a scheme and an absolute path without "//". */
  omitHost: boolean;
}

export interface ParseOptions {
  /** Go 1.26+: an http(s) host may hold only one colon (golang/go#75223). */
  strictColons?: boolean;
}

type Mode = 'path' | 'host' | 'zone' | 'userPassword' | 'fragment';

function isAlnum(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** net/url shouldEscape for the modes we need. */
function shouldEscape(c: string, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  if ((mode === 'host' || mode === 'zone') && `!$&'()*+,;=:[]<>"`.includes(c)) return false;
  if ('-_.~'.includes(c)) return false;
  if ('$&+,/:;=?@'.includes(c)) {
    switch (mode) {
      case 'path':
        return c === '?';
      case 'userPassword':
        return c === '@' || c === '/' || c === '?' || c === ':';
      case 'fragment':
        return false;
      default:
        return true;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(c)) return false;
  return true;
}

class UrlError extends Error {}

function unescapeCheck(s: string, mode: Mode): void {
  for (let i = 0; i < s.length; ) {
    const c = s[i] ?? '';
    if (c === '%') {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
        throw new UrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
      }
      if (mode === 'host' && Number.parseInt(s[i + 1] ?? '0', 16) < 8 && s.slice(i, i + 3) !== '%25') {
        throw new UrlError(`invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`);
      }
      i += 3;
      continue;
    }
    if ((mode === 'host' || mode === 'zone') && c.charCodeAt(0) < 0x80 && shouldEscape(c, mode)) {
      throw new UrlError(`invalid character ${JSON.stringify(c)} in host name`);
    }
    i++;
  }
}

function validOptionalPort(port: string): boolean {
  if (port === '') return true;
  if (port[0] !== ':') return false;
  return /^[0-9]*$/.test(port.slice(1));
}

function validUserinfo(s: string): boolean {
  for (const c of s) {
    if (isAlnum(c)) continue;
    if (!"-._:~!$&'()*+,;=%@".includes(c)) return false;
  }
  return true;
}

function getScheme(raw: string): { scheme: string; rest: string } {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) continue;
    if ((c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.') {
      if (i === 0) return { scheme: '', rest: raw };
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new UrlError('missing protocol scheme');
      return { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    }
    return { scheme: '', rest: raw };
  }
  return { scheme: '', rest: raw };
}

function parseHost(scheme: string, host: string, options: ParseOptions): string {
  const open = host.lastIndexOf('[');
  if (open > 0) throw new UrlError('invalid IP-literal');
  if (open === 0) {
    const close = host.lastIndexOf(']');
    if (close < 0) throw new UrlError("missing ']' in host");
    const colonPort = host.slice(close + 1);
    if (!validOptionalPort(colonPort))
      throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
    // The address itself is validated differently across releases; accept it.
    return host;
  }
  let i = host.indexOf(':');
  if (i !== -1) {
    const last = host.lastIndexOf(':');
    if (last !== i && !(options.strictColons && (scheme === 'http' || scheme === 'https'))) i = last;
    const colonPort = host.slice(i);
    if (!validOptionalPort(colonPort))
      throw new UrlError(`invalid port ${JSON.stringify(colonPort)} after host`);
  }
  unescapeCheck(host, 'host');
  return host;
}

function hasCtl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const b = s.charCodeAt(i);
    if (b < 0x20 || b === 0x7f) return true;
  }
  return false;
}

function defaultEscapedPath(p: string): string {
  // The path after unescaping, escaped again the default way (url.escape with encodePath).
  let unescaped: string;
  try {
    unescaped = decodeURIComponent(p.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
  } catch {
    return p;
  }
  let out = '';
  for (const c of unescaped) {
    if (c.charCodeAt(0) < 0x80 && !shouldEscape(c, 'path')) out += c;
    else
      out += encodeURIComponent(c).replace(
        /[!'()*]/g,
        (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`,
      );
  }
  return out;
}

function parseInner(raw: string, options: ParseOptions): GoUrl {
  if (hasCtl(raw)) throw new UrlError('net/url: invalid control character in URL');
  const u: GoUrl = {
    scheme: '',
    opaque: '',
    user: null,
    host: '',
    path: '',
    rawPath: '',
    rawQuery: '',
    forceQuery: false,
    fragment: '',
    omitHost: false,
  };
  if (raw === '*') {
    u.path = '*';
    return u;
  }
  const s = getScheme(raw);
  u.scheme = s.scheme.toLowerCase();
  let rest = s.rest;
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      u.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/')) {
    if (u.scheme !== '') {
      u.opaque = rest;
      return u;
    }
    const segment = rest.split('/')[0] ?? '';
    if (segment.includes(':')) throw new UrlError('first path segment in URL cannot contain colon');
  }
  if ((u.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const at = authority.lastIndexOf('@');
    u.host = parseHost(u.scheme, at < 0 ? authority : authority.slice(at + 1), options);
    if (at >= 0) {
      const userinfo = authority.slice(0, at);
      if (!validUserinfo(userinfo)) throw new UrlError('net/url: invalid userinfo');
      for (const part of userinfo.split(':')) unescapeCheck(part, 'userPassword');
      u.user = userinfo;
    }
  } else if (u.scheme !== '' && rest.startsWith('/')) {
    u.omitHost = true;
  }
  unescapeCheck(rest, 'path');
  u.path = rest;
  u.rawPath = defaultEscapedPath(rest) === rest ? '' : rest;
  return u;
}

/** net/url.Parse: the parsed URL, or Go's error text (`parse "…": …`). */
export function parseGoUrl(raw: string, options: ParseOptions = {}): { url: GoUrl } | { error: string } {
  const hash = raw.indexOf('#');
  const base = hash >= 0 ? raw.slice(0, hash) : raw;
  const frag = hash >= 0 ? raw.slice(hash + 1) : '';
  try {
    const url = parseInner(base, options);
    if (frag !== '') {
      try {
        unescapeCheck(frag, 'fragment');
      } catch (err) {
        return { error: `parse ${JSON.stringify(raw)}: ${(err as Error).message}` };
      }
      url.fragment = frag;
    }
    return { url };
  } catch (err) {
    if (err instanceof UrlError) return { error: `parse ${JSON.stringify(base)}: ${err.message}` };
    throw err;
  }
}
