/** go-doctor snapshot --redact-paths and go-doctor diff: pure parts and the real CLI. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { diffMachines } from '../src/core/diff.js';
import type { Facts } from '../src/core/facts.js';
import { parseFacts } from '../src/core/factsfile.js';
import { runChecks } from '../src/core/run.js';
import { redactPaths } from '../src/core/snapshot.js';
import { loadLang } from '../src/i18n/index.js';
import { renderDiffText } from '../src/report/diff.js';
import { cli, ROOT } from './support/cli.js';
import { linuxFacts, setEnv } from './support/facts.js';

const fixture = (name: string): Facts => {
  const file = path.join(ROOT, 'test', 'fixtures', 'facts', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
};
const findingKeys = (f: Facts) =>
  runChecks(allChecks, f)
    .results.flatMap((r) => r.findings.map((x) => `${x.severity} ${x.id}/${x.code}`))
    .sort();

describe('redactPaths', () => {
  it('replaces the user name as a path element in values and keys, nothing else', () => {
    const f = setEnv(linuxFacts(), 'GOPATH', '/home/alice/go:/srv/malice/go');
    f.host.username = 'alice';
    f.paths['/home/alice/go'] = f.paths['GOPATH[0]'] ?? (undefined as never);
    const r = redactPaths(f);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/[/\\]alice([/\\"]|$)/);
    expect(r.env.GOPATH).toBe('/home/USER/go:/srv/malice/go');
    expect(r.host.username).toBe('USER');
    expect(Object.keys(r.paths)).toContain('/home/USER/go');
    // The input is not modified.
    expect(f.env.GOPATH).toBe('/home/alice/go:/srv/malice/go');
  });

  it('leaves the findings of a snapshot unchanged (file-system answers were recorded)', () => {
    for (const name of ['windows-no-appdata.json', 'darwin-homebrew.json', 'darwin-launchd-no-home.json']) {
      const f = fixture(name);
      expect(findingKeys(redactPaths(f)), name).toEqual(findingKeys(f));
    }
    const win = redactPaths(fixture('windows-msi-default.json'));
    expect(JSON.stringify(win)).not.toMatch(/\\\\Users\\\\(?!USER)[^\\"]+\\\\/);
  });
});

describe('diffMachines', () => {
  it('groups machines by value, names the odd one out and where each value comes from', () => {
    const a = linuxFacts();
    const b = linuxFacts();
    const c = setEnv(linuxFacts(), 'GOPROXY', 'https://goproxy.cn,direct');
    for (const f of [a, b, c])
      f.goEnv = { ...(f.goEnv as NonNullable<Facts['goEnv']>), values: { ...(f.goEnv?.values ?? {}) } };
    (c.goEnv as NonNullable<Facts['goEnv']>).values = {
      ...(c.goEnv?.values ?? {}),
      GOPROXY: 'https://goproxy.cn,direct',
    };
    const d = diffMachines([
      { label: 'a', facts: a },
      { label: 'b', facts: b },
      { label: 'c', facts: c },
    ]);
    const row = d.rows.find((r) => r.name === 'GOPROXY');
    expect(row?.oddOneOut).toEqual(['c']);
    expect(row?.groups[0]?.machines).toEqual(['a', 'b']);
    expect(row?.groups[1]).toEqual({ value: 'https://goproxy.cn,direct', sources: ['env'], machines: ['c'] });
    expect(d.rows.map((r) => r.name)).not.toContain('GOCACHE');
    expect(d.same).toContain('GOCACHE');
  });
});

describe('diff text', () => {
  it('names the odd one out and shows go-doctor placeholders in the chosen language', async () => {
    await loadLang('zh-CN');
    const d = {
      machines: ['a', 'b', 'c'],
      rows: [
        {
          name: 'go path',
          groups: [
            { value: '/usr/local/go/bin/go', sources: [], machines: ['a', 'b'] },
            { value: '(none on PATH)', sources: [], machines: ['c'] },
          ],
          oddOneOut: ['c'],
        },
        {
          name: 'GOPROXY',
          groups: [
            { value: 'https://proxy.golang.org,direct', sources: ['goroot' as const], machines: ['a', 'b'] },
            { value: 'https://goproxy.cn,direct', sources: ['envfile' as const], machines: ['c'] },
          ],
          oddOneOut: ['c'],
        },
      ],
      same: ['GOCACHE'],
    };
    expect(renderDiffText(d)).toBe(
      [
        'Comparing 3 machines: a, b, c',
        '',
        'go path  (odd one out: c)',
        '  "/usr/local/go/bin/go": a, b',
        '  "(none on PATH)": c',
        'GOPROXY  (odd one out: c)',
        '  "https://proxy.golang.org,direct" [$GOROOT/go.env]: a, b',
        '  "https://goproxy.cn,direct" [go env -w]: c',
        '',
        'Equal everywhere: GOCACHE',
        '',
      ].join('\n'),
    );
    const zh = renderDiffText(d, 'zh-CN');
    expect(zh).toContain('go 的位置  （与众不同：c）');
    expect(zh).toContain('  "（PATH 中没有）": c');
    expect(zh).toContain('"https://goproxy.cn,direct" [go env -w]: c');
    expect(zh).toContain('比较 3 台机器：a、b、c');
  });
});

describe('snapshot and diff (real CLI)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-snapshot-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const home = path.join(tmp, 'home', 'zoe');
  mkdirSync(home, { recursive: true });
  const env = { PATH: process.env.PATH, HOME: home, NO_COLOR: '1', GOPATH: path.join(home, 'go') };

  it('writes a redacted snapshot that re-checks to the same findings', () => {
    const plain = path.join(tmp, 'plain.json');
    const red = path.join(tmp, 'red.json');
    expect(cli(['snapshot', '-o', plain], env, tmp).status).toBe(0);
    expect(cli(['snapshot', '--redact-paths', '-o', red], env, tmp).status).toBe(0);
    expect(readFileSync(plain, 'utf8')).toContain('/home/zoe/');
    expect(readFileSync(red, 'utf8')).not.toContain('/zoe');
    expect(readFileSync(red, 'utf8')).toContain('/home/USER/go');
    const ids = (file: string) =>
      JSON.parse(cli(['check', '--facts', file, '--format', 'json'], env, tmp).stdout)
        .findings.map((f: { id: string; code: string }) => `${f.id}/${f.code}`)
        .sort();
    expect(ids(red)).toEqual(ids(plain));
  });

  it('diffs snapshots: exit 1 with differences, 0 without, 2 for bad input', () => {
    const a = path.join(tmp, 'a.json');
    const b = path.join(tmp, 'b.json');
    cli(['snapshot', '-o', a], env, tmp);
    cli(['snapshot', '-o', b], { ...env, GOFLAGS: '-mod=mod' }, tmp);
    const r = cli(['diff', a, b], env, tmp);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^GOFLAGS$/m);
    expect(r.stdout).toContain('"-mod=mod" [environment]: b');
    expect(cli(['diff', a, a], env, tmp).status).toBe(0);
    expect(cli(['diff', a], env, tmp).status).toBe(2);
    const newer = path.join(tmp, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...JSON.parse(readFileSync(a, 'utf8')), schemaVersion: 99 }));
    const bad = cli(['diff', a, newer], env, tmp);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('newer than this go-doctor understands');
    expect(r.stdout).toMatch(/^Comparing 2 machines: a, b$/m);
    expect(r.stdout).toMatch(/^Equal everywhere: .*GOCACHE/m);
    const zh = cli(['diff', a, b, '--lang', 'zh-CN'], env, tmp);
    expect(zh.status).toBe(1);
    expect(cli(['diff', a, b], { ...env, LANG: 'zh_CN.UTF-8' }, tmp).stdout).toBe(zh.stdout);
    expect(zh.stdout).toMatch(/^比较 2 台机器：a、b$/m);
    expect(zh.stdout).toContain('"-mod=mod" [环境变量]: b');
    expect(zh.stdout).toMatch(/^各处相同：.*GOCACHE/m);
    expect(zh.stdout).not.toMatch(/Comparing|Equal everywhere|environment/);
    const zhSame = cli(['diff', a, a, '--lang', 'zh-CN'], env, tmp);
    expect(zhSame.stdout).toContain('没有与 Go 有关的差异。');
    const zhBad = cli(['diff', a, '--lang', 'zh-CN'], env, tmp);
    expect(zhBad.status).toBe(2);
    expect(zhBad.stderr).toMatch(/[\u4e00-\u9fff]/);
    const j = JSON.parse(cli(['diff', a, b, '--format', 'json'], env, tmp).stdout);
    expect(j.rows.find((x: { name: string }) => x.name === 'GOFLAGS').groups).toHaveLength(2);
  });
});
