import { describe, expect, it } from 'vitest';
import { catchAllGlobs, matchPrefixPatterns, parseGoproxy, pathMatch, proxyUrlError } from './proxy.js';
import { parseGoUrl } from './proxyurl.js';

describe('parseGoproxy (modfetch proxyList)', () => {
  it('reads the default list', () => {
    const l = parseGoproxy('https://proxy.golang.org,direct', '1.23.5');
    expect(l.error).toBeNull();
    expect(l.entries.map((e) => [e.url, e.kind])).toEqual([
      ['https://proxy.golang.org', 'url'],
      ['direct', 'direct'],
    ]);
  });

  it('adds https:// to a bare host, and records | as fall-back-on-error', () => {
    const l = parseGoproxy('goproxy.cn|mirrors.aliyun.com/goproxy/,direct', null);
    expect(l.entries.map((e) => [e.url, e.fallBackOnError])).toEqual([
      ['https://goproxy.cn', true],
      ['https://mirrors.aliyun.com/goproxy/', false],
      ['direct', false],
    ]);
  });

  it('accepts file:///path and http://', () => {
    expect(parseGoproxy('file:///srv/p|http://10.0.0.1:3000,direct', null).error).toBeNull();
  });

  it.each([
    ['ftp://x', 'invalid proxy URL scheme (must be https, http, file): ftp://x'],
    ['bogus', 'invalid proxy URL missing scheme: bogus'],
    ['/srv/proxy', 'invalid proxy URL missing scheme: /srv/proxy'],
    ['file:/srv/proxy', 'invalid file:// proxy URL with non-path elements: file:/srv/proxy'],
    ['file://localhost/srv', 'invalid file:// proxy URL with non-path elements: file://localhost/srv'],
    ['file:///srv?x', 'invalid file:// proxy URL with non-path elements: file:///srv?x'],
    ['https://x y', 'parse "https://x y": invalid character " " in host name'],
    ['proxy.example.com:abc', 'parse "https://proxy.example.com:abc": invalid port ":abc" after host'],
    ['https://us er@x', 'parse "https://us er@x": net/url: invalid userinfo'],
    ['https://[::1', `parse "https://[::1": missing ']' in host`],
    ['https://%zz', 'parse "https://%zz": invalid URL escape "%zz"'],
  ])('rejects %s like go does', (value, message) => {
    expect(parseGoproxy(value, '1.23.5').error?.message).toBe(message);
  });

  it('fails on a bad entry even after a good one, but not after direct or off', () => {
    expect(parseGoproxy('file:///p|ftp://x', null).error?.entry).toBe('ftp://x');
    const afterDirect = parseGoproxy('file:///p,direct,ftp://x', null);
    expect(afterDirect.error).toBeNull();
    expect(afterDirect.ignored).toEqual(['ftp://x']);
    expect(parseGoproxy('off,ftp://x', null).entries[0]?.kind).toBe('off');
  });

  it('finds no entries in "," and " "', () => {
    expect(parseGoproxy(',', null).noEntries).toBe(true);
    expect(parseGoproxy(' ', null).noEntries).toBe(true);
  });

  it('applies Go 1.26 strict colons to http(s) hosts only from 1.26', () => {
    expect(proxyUrlError('https://a:b:80', '1.23.5')).toBeNull();
    expect(proxyUrlError('https://a:b:80', '1.26.8')).toBe(
      'parse "https://a:b:80": invalid port ":b:80" after host',
    );
  });

  it('keeps user info (as the collector redacts it) valid', () => {
    expect(proxyUrlError('https://***@proxy.example.com', null)).toBeNull();
    expect(parseGoUrl('https://u:p@h/x')).toMatchObject({ url: { user: 'u:p', host: 'h', path: '/x' } });
  });
});

describe('path.Match and MatchPrefixPatterns', () => {
  it('matches like path.Match', () => {
    expect(pathMatch('*', 'github.com')).toBe(true);
    expect(pathMatch('*', 'a/b')).toBe(false);
    expect(pathMatch('*.corp.example.com', 'git.corp.example.com')).toBe(true);
    expect(pathMatch('[a-c]?z', 'bqz')).toBe(true);
    expect(pathMatch('[^a]', 'a')).toBe(false);
    expect(pathMatch('a[', 'a')).toBe(false);
    expect(pathMatch('\\*', '*')).toBe(true);
  });

  it('matches module path prefixes by elements', () => {
    expect(matchPrefixPatterns('github.com/org', 'github.com/org/repo/v2')).toBe(true);
    expect(matchPrefixPatterns('github.com/org', 'github.com/other/repo')).toBe(false);
    expect(matchPrefixPatterns('example.test', 'example.test/dep')).toBe(true);
    expect(matchPrefixPatterns('none', 'example.test/dep')).toBe(false);
    expect(matchPrefixPatterns(',,*.test/,', 'example.test/dep')).toBe(true);
  });

  it('finds globs that match every module path', () => {
    expect(catchAllGlobs('*')).toEqual(['*']);
    expect(catchAllGlobs('*.*')).toEqual(['*.*']);
    expect(catchAllGlobs('*/*,example.com')).toEqual(['*/*']);
    expect(catchAllGlobs('*.com,github.com/org,none')).toEqual([]);
    expect(catchAllGlobs('')).toEqual([]);
  });
});
