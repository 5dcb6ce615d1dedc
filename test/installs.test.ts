/**
 * go-doctor installs as users run it: real Go releases arranged in version-manager layouts under a temp
 * HOME, PATH arranged so a known one wins, and GOTOOLCHAIN pointing at another.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui as en } from '../src/i18n/en/ui.js';
import { loadLang } from '../src/i18n/index.js';
import { renderInstallsText } from '../src/report/installs.js';
import { displayWidth } from '../src/report/width.js';
import { cli, hasStackTrace } from './support/cli.js';
import { goTree } from './support/gotree.js';
import { goReleases, type Release } from './support/releases.js';

const releases = goReleases();
let tmp = '';
let home = '';
let proj = '';
let a: Release;
let b: Release;
let env: Record<string, string> = {};

interface Row {
  path: string;
  realPath: string | null;
  version: string | null;
  goroot: string | null;
  manager: string;
  pathIndex: number | null;
  active: boolean;
  selected: boolean;
  name: string;
}

beforeAll(async () => {
  await loadLang('zh-CN');
  if (releases.length < 2) throw new Error('needs two Go releases');
  [a, b] = releases.slice(-2) as [Release, Release];
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-installs-cli-'));
  home = path.join(tmp, 'home');
  proj = path.join(tmp, 'proj');
  mkdirSync(proj, { recursive: true });
  writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
  goTree(a.goroot, path.join(home, '.goenv/versions', a.version));
  goTree(b.goroot, path.join(tmp, 'asdf/installs/golang', b.version, 'go'));
  // golang.org/dl: the SDK in ~/sdk, a goX.Y.Z wrapper in GOPATH/bin.
  goTree(b.goroot, path.join(home, 'sdk', `go${b.version}`));
  mkdirSync(path.join(home, 'go/bin'), { recursive: true });
  writeFileSync(
    path.join(home, 'go/bin', `go${b.version}`),
    `#!/bin/sh\nexec ${home}/sdk/go${b.version}/bin/go "$@"\n`,
    { mode: 0o755 },
  );
  env = {
    HOME: home,
    PWD: proj,
    ASDF_DATA_DIR: path.join(tmp, 'asdf'),
    // goenv's version first, so it wins; asdf's further down; the wrapper in GOPATH/bin.
    PATH: [
      path.join(home, '.goenv/versions', a.version, 'bin'),
      '/usr/bin',
      path.join(tmp, 'asdf/installs/golang', b.version, 'go/bin'),
      path.join(home, 'go/bin'),
      '/bin',
    ].join(':'),
  };
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function installs(extra: Record<string, string> = {}, args: string[] = []): Row[] {
  const r = cli(['installs', '--format', 'json', ...args], { ...env, ...extra }, proj);
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  expect(r.status, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { installs: Row[] }).installs;
}

describe('go-doctor installs', () => {
  it('lists PATH entries in order with the winner active, then installs off PATH', () => {
    const rows = installs();
    const mine = rows.filter((r) => r.path.startsWith(tmp));
    expect(mine.map((r) => [r.manager, r.version, r.pathIndex, r.active, r.name])).toEqual([
      ['goenv', a.version, 0, true, 'go'],
      ['asdf', b.version, 2, false, 'go'],
      ['golang.org/dl', b.version, 3, false, `go${b.version}`],
    ]);
    expect(rows[0]?.goroot).toBe(path.join(home, '.goenv/versions', a.version));
    // Every key of the contract is there, and only one go is active.
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['path', 'realPath', 'version', 'goroot', 'manager', 'pathIndex', 'active']),
      );
    }
    expect(rows.filter((r) => r.active)).toHaveLength(1);
    // The machine's own releases show up off PATH (Debian's /usr/lib/go-1.NN here).
    expect(rows.some((r) => r.pathIndex === null && r.manager === 'debian')).toBe(true);
  });

  it('marks the local go as selected when nothing asks for another toolchain', () => {
    const rows = installs({ GOTOOLCHAIN: 'auto' });
    expect(rows.filter((r) => r.selected).map((r) => r.path)).toEqual([
      path.join(home, '.goenv/versions', a.version, 'bin/go'),
    ]);
  });

  it('marks the goX.Y.Z on PATH that GOTOOLCHAIN selects', () => {
    const rows = installs({ GOTOOLCHAIN: `go${b.version}` });
    const sel = rows.filter((r) => r.selected);
    expect(sel.map((r) => [r.name, r.manager, r.pathIndex])).toEqual([
      [`go${b.version}`, 'golang.org/dl', 3],
    ]);
    expect(rows.find((r) => r.active)?.manager).toBe('goenv');
  });

  it('prints a table, and works on a saved facts snapshot (PATH only)', () => {
    const text = cli(['installs', '--no-color'], env, proj);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^PATH\s+VERSION\s+MANAGER\s+ACTIVE\s+GOTOOLCHAIN\s+LOCATION$/m);
    expect(text.stdout).toMatch(
      new RegExp(`^#0\\s+go${a.version.replace(/\./g, '\\.')}\\s+goenv\\s+✓\\s+✓`, 'm'),
    );
    const file = path.join(tmp, 'facts.json');
    expect(cli(['facts', '--output', file], env, proj).status).toBe(0);
    const r = cli(['installs', '--facts', file, '--format', 'json'], {}, proj);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { installs: Row[]; pathOnly: boolean };
    expect(out.pathOnly).toBe(true);
    // A snapshot keeps only Go's variables, so asdf's custom ASDF_DATA_DIR is unknown there: the path
    // alone does not say asdf, and go-doctor says "unknown" rather than guess.
    expect(out.installs.map((x) => x.manager)).toEqual(['goenv', 'unknown', 'golang.org/dl']);
  });

  it('speaks Simplified Chinese with --lang zh-CN or LANG, English unchanged otherwise', () => {
    const far = path.join(tmp, 'far');
    mkdirSync(far, { recursive: true });
    writeFileSync(path.join(far, 'go.mod'), 'module example.test/far\n\ngo 1.99.0\n');
    const run = (dir: string, extra: Record<string, string>, args: string[] = []) => {
      const r = cli(['installs', '--no-color', ...args], { ...env, GOTOOLCHAIN: 'auto', ...extra }, dir);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const enNear = run(proj, {});
    expect(enNear).toContain('GOTOOLCHAIN=auto selects');
    expect(enNear).toContain('(GOTOOLCHAIN=auto and nothing asks for newer).');
    const zhNear = run(proj, {}, ['--lang', 'zh-CN']);
    expect(run(proj, { LANG: 'zh_CN.UTF-8' })).toBe(zhNear);
    expect(zhNear).toMatch(/^PATH\s+版本\s+管理方式\s+当前\s+GOTOOLCHAIN\s+位置$/m);
    expect(zhNear).toContain('（GOTOOLCHAIN=auto，且没有文件要求更新的版本）');
    expect(zhNear).toContain('当前：在这里 shell 运行的那个 go');
    // Columns line up by display width: each row's version starts where the heading's does.
    const lines = zhNear.split('\n');
    const head = lines[0] ?? '';
    const row = lines.find((l) => l.startsWith('#0')) ?? '';
    expect(displayWidth(head.slice(0, head.indexOf('版本')))).toBe(row.indexOf(`go${a.version}`));
    const zhFar = run(far, {}, ['--lang', 'zh-CN']);
    expect(zhFar).toContain(`${path.join(far, 'go.mod')} 中的 go 行要求 go 1.99.0`);
    expect(zhFar).toContain('它没有安装，go 会下载它。');
    expect(run(far, {})).toContain(`the go line in ${path.join(far, 'go.mod')} needs go 1.99.0`);
    for (const text of [zhNear, zhFar]) {
      for (const word of [en.installs.none, en.installs.legend, en.installs.pathOnly]) {
        expect(text).not.toContain(word.slice(0, 30));
      }
      expect(text).not.toMatch(/ selects | here \(|nothing asks|will download/);
    }
    const bad = cli(['installs', '--format', 'xml', '--lang', 'zh-CN'], env, proj);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--format/);
    expect(bad.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('says so when there is no Go at all', () => {
    const r = cli(['installs'], { HOME: path.join(tmp, 'empty'), PATH: '/nonexistent' }, proj);
    expect(r.status).toBe(0);
    expect(hasStackTrace(r.stderr)).toBe(false);
    // This machine always has its own releases, so the empty text is checked on the renderer.
    const toolchain = { setting: '', outcome: 'local' as const, toolchain: 'local', reason: '' };
    const none = { installs: [], toolchain, pathOnly: false };
    expect(renderInstallsText(none, { color: false })).toBe(`${en.installs.none}\n`);
    expect(renderInstallsText(none, { color: false, lang: 'zh-CN' })).toContain('没有找到任何 Go 安装');
  });
});
