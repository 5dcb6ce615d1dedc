/**
 * GOSUMDB, read the way cmd/go/internal/modfetch/sumdb.go dbDial reads it (same in Go 1.19 … 1.26):
 * - exactly "sum.golang.google.cn" is a built-in alias for "sum.golang.org https://sum.golang.google.cn";
 * - "off" disables the database;
 * - otherwise strings.Fields: "key" or "key url"; a key of "sum.golang.org" is replaced by its full
 *   verifier key (modfetch/key.go); the key must pass note.NewVerifier (name+hash+base64 key, hash =
 *   first 4 bytes of sha256(name "\n" key), algorithm 1 = Ed25519 with a 32-byte key); the name must be
 *   host[/path]; the optional URL must parse.
 * The messages are go's, after "verifying <module>: ". Pure (hashing only).
 */
import { parseGoUrl } from './proxyurl.js';
import { sha256 } from './sha256.js';

export const SUMDB_ALIAS_CN = 'sum.golang.google.cn';

/** modfetch/key.go knownGOSUMDB. */
export const KNOWN_GOSUMDB: Record<string, string> = {
  'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
};

export type GosumdbParse =
  | { kind: 'off' }
  | { kind: 'ok'; name: string; url: string | null }
  | { kind: 'invalid'; message: string };

/** strings.Fields: splits on Unicode white space. */
function fields(s: string): string[] {
  return s.split(/[\s\u0085]+/u).filter((f) => f !== '');
}

const BASE64_STD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isValidName(name: string): boolean {
  return name !== '' && !/[\s\u0085]/u.test(name) && !name.includes('+') && !name.includes('\uFFFD');
}

/** note.NewVerifier: null when the key is acceptable, else go's error text. */
export function verifierError(vkey: string): string | null {
  const p1 = vkey.indexOf('+');
  const name = p1 >= 0 ? vkey.slice(0, p1) : vkey;
  const after = p1 >= 0 ? vkey.slice(p1 + 1) : '';
  const p2 = after.indexOf('+');
  const hash16 = p2 >= 0 ? after.slice(0, p2) : after;
  const key64 = p2 >= 0 ? after.slice(p2 + 1) : '';
  const key = BASE64_STD.test(key64.replace(/[\r\n]/g, ''))
    ? Buffer.from(key64.replace(/[\r\n]/g, ''), 'base64')
    : null;
  if (!/^[0-9a-fA-F]{8}$/.test(hash16) || key === null || !isValidName(name) || key.length === 0) {
    return 'malformed verifier id';
  }
  const digest = sha256(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), key]));
  const head =
    (((digest[0] ?? 0) << 24) | ((digest[1] ?? 0) << 16) | ((digest[2] ?? 0) << 8) | (digest[3] ?? 0)) >>> 0;
  if (head !== Number.parseInt(hash16, 16)) return 'invalid verifier hash';
  if (key[0] !== 1) return 'unknown verifier algorithm';
  if (key.length - 1 !== 32) return 'malformed verifier id';
  return null;
}

function sumdbNameError(name: string): string | null {
  const bad = `invalid sumdb name (must be host[/path]): ${name}`;
  if (name.endsWith('/')) return bad;
  const parsed = parseGoUrl(`https://${name}`);
  if ('error' in parsed) return bad;
  const u = parsed.url;
  if (
    u.user !== null ||
    u.rawQuery !== '' ||
    u.forceQuery ||
    u.fragment !== '' ||
    u.opaque !== '' ||
    u.rawPath !== '' ||
    u.host === ''
  ) {
    return bad;
  }
  return null;
}

/** dbDial over a GOSUMDB value. */
export function parseGosumdb(value: string): GosumdbParse {
  const v = value === SUMDB_ALIAS_CN ? `sum.golang.org https://${SUMDB_ALIAS_CN}` : value;
  if (v === 'off') return { kind: 'off' };
  const key = fields(v);
  const first = key[0];
  if (first === undefined) return { kind: 'invalid', message: 'missing GOSUMDB' };
  if (key.length > 2) return { kind: 'invalid', message: 'invalid GOSUMDB: too many fields' };
  const vkey = KNOWN_GOSUMDB[first] ?? first;
  const verr = verifierError(vkey);
  if (verr !== null) return { kind: 'invalid', message: `invalid GOSUMDB: ${verr}` };
  const name = vkey.slice(0, vkey.indexOf('+'));
  const nerr = sumdbNameError(name);
  if (nerr !== null) return { kind: 'invalid', message: nerr };
  const url = key[1] ?? null;
  if (url !== null) {
    const parsed = parseGoUrl(url);
    if ('error' in parsed) return { kind: 'invalid', message: `invalid GOSUMDB URL: ${parsed.error}` };
  }
  return { kind: 'ok', name, url };
}
