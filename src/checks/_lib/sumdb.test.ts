import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseGosumdb, verifierError } from './sumdb.js';

/** A verifier key for name with a fixed key (alg 1 = Ed25519, 32 bytes unless told). */
function vkey(name: string, alg = 1, len = 32): string {
  const key = Buffer.alloc(len + 1, 7);
  key[0] = alg;
  const hash = createHash('sha256').update(name).update('\n').update(key).digest().readUInt32BE(0);
  return `${name}+${hash.toString(16).padStart(8, '0')}+${key.toString('base64')}`;
}

describe('parseGosumdb (modfetch dbDial)', () => {
  it('accepts the default, its mainland-China alias and off', () => {
    expect(parseGosumdb('sum.golang.org')).toEqual({ kind: 'ok', name: 'sum.golang.org', url: null });
    expect(parseGosumdb('sum.golang.google.cn')).toEqual({
      kind: 'ok',
      name: 'sum.golang.org',
      url: 'https://sum.golang.google.cn',
    });
    expect(parseGosumdb('sum.golang.org https://sum.golang.google.cn').kind).toBe('ok');
    expect(parseGosumdb('off')).toEqual({ kind: 'off' });
  });

  it.each([
    ['a b c', 'invalid GOSUMDB: too many fields'],
    [' sum.golang.google.cn', 'invalid GOSUMDB: malformed verifier id'],
    ['sum.golang.google.cn ', 'invalid GOSUMDB: malformed verifier id'],
    ['sumdb.example.com', 'invalid GOSUMDB: malformed verifier id'],
    ['SUM.GOLANG.ORG', 'invalid GOSUMDB: malformed verifier id'],
    ['  ', 'missing GOSUMDB'],
    [
      'sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
      'invalid GOSUMDB: invalid verifier hash',
    ],
    ['sum.golang.org ://bad', 'invalid GOSUMDB URL: parse "://bad": missing protocol scheme'],
    ['sum.golang.org %zz', 'invalid GOSUMDB URL: parse "%zz": invalid URL escape "%zz"'],
  ])('rejects %j like go does', (value, message) => {
    expect(parseGosumdb(value)).toEqual({ kind: 'invalid', message });
  });

  it('checks full verifier keys: algorithm, length and name', () => {
    expect(verifierError(vkey('sum.example.com'))).toBeNull();
    expect(parseGosumdb(`${vkey('sum.example.com/path')} https://sum.example.com`).kind).toBe('ok');
    expect(verifierError(vkey('sum.example.com', 2))).toBe('unknown verifier algorithm');
    expect(verifierError(vkey('sum.example.com', 1, 31))).toBe('malformed verifier id');
    expect(parseGosumdb(vkey('sum.example.com/'))).toEqual({
      kind: 'invalid',
      message: 'invalid sumdb name (must be host[/path]): sum.example.com/',
    });
    expect(parseGosumdb(vkey('user@host')).kind).toBe('invalid');
    expect(parseGosumdb(vkey('host?x')).kind).toBe('invalid');
    expect(parseGosumdb(vkey('host/a!b')).kind).toBe('invalid');
    expect(parseGosumdb(vkey('host:443')).kind).toBe('ok');
  });
});
