/**
 * The installs scan over real Go trees laid out the way installers and version managers lay them out,
 * under an injected system root (for /opt/homebrew, /usr/lib, /usr/local) and a temp HOME.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTree } from '../../test/support/gotree.js';
import { goReleases, type Release } from '../../test/support/releases.js';
import { collectFacts } from './index.js';
import { collectInstalls, knownLocations } from './installs.js';

const releases = goReleases();
let tmp = '';
let root = '';
let home = '';
let a: Release;
let b: Release;

beforeAll(() => {
  if (releases.length < 2) throw new Error('needs two Go releases');
  [a, b] = releases.slice(-2) as [Release, Release];
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-installs-'));
  root = path.join(tmp, 'root');
  home = path.join(tmp, 'home');
  mkdirSync(home, { recursive: true });
  // Homebrew: Cellar/go/X/libexec is GOROOT; bin/go -> ../libexec/bin/go; /opt/homebrew/bin/go -> Cellar.
  const cellar = path.join(root, 'opt/homebrew/Cellar/go', b.version);
  goTree(b.goroot, path.join(cellar, 'libexec'));
  mkdirSync(path.join(cellar, 'bin'));
  symlinkSync('../libexec/bin/go', path.join(cellar, 'bin/go'));
  mkdirSync(path.join(root, 'opt/homebrew/bin'), { recursive: true });
  symlinkSync(`../Cellar/go/${b.version}/bin/go`, path.join(root, 'opt/homebrew/bin/go'));
  const minor = a.version.split('.').slice(0, 2).join('.');
  goTree(a.goroot, path.join(root, `opt/homebrew/Cellar/go@${minor}`, a.version, 'libexec'));
  // Debian side-by-side package, and the official archive.
  goTree(a.goroot, path.join(root, `usr/lib/go-${minor}`));
  goTree(b.goroot, path.join(root, 'usr/local/go'));
  // Version managers under HOME, one through its *_ROOT variable.
  goTree(a.goroot, path.join(home, '.gvm/gos', `go${a.version}`));
  goTree(b.goroot, path.join(tmp, 'goenv-root/versions', b.version));
  goTree(a.goroot, path.join(home, '.local/share/mise/installs/go', a.version));
  symlinkSync(a.version, path.join(home, '.local/share/mise/installs/go/latest'));
  goTree(a.goroot, path.join(home, '.g/versions', a.version, 'go'));
  goTree(b.goroot, path.join(home, '.go', `go${b.version}`));
  goTree(a.goroot, path.join(home, 'go/pkg/mod/golang.org', `toolchain@v0.0.1-go${a.version}.linux-amd64`));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

async function scan() {
  const env = {
    HOME: home,
    PATH: `${path.join(root, 'opt/homebrew/bin')}:/usr/bin:/bin`,
    GOENV_ROOT: path.join(tmp, 'goenv-root'),
    GOTOOLCHAIN: 'local',
  };
  const facts = await collectFacts({ env, cwd: home });
  return collectInstalls(facts, { env, systemRoot: root, gomodcache: path.join(home, 'go/pkg/mod') });
}

describe('collectInstalls', () => {
  it('finds every layout once, with manager, version and GOROOT, PATH first', async () => {
    const list = await scan();
    const rel = (p: string | null) => (p ? path.relative(tmp, p) : p);
    const rows = list.map((i) => [rel(i.path), i.manager, i.version, rel(i.goroot), i.pathIndex]);
    const minor = a.version.split('.').slice(0, 2).join('.');
    expect(rows).toEqual([
      [
        'root/opt/homebrew/bin/go',
        'homebrew',
        b.version,
        `root/opt/homebrew/Cellar/go/${b.version}/libexec`,
        0,
      ],
      ['root/usr/local/go/bin/go', 'official', b.version, 'root/usr/local/go', null],
      [`root/usr/lib/go-${minor}/bin/go`, 'debian', a.version, `root/usr/lib/go-${minor}`, null],
      [
        `root/opt/homebrew/Cellar/go@${minor}/${a.version}/libexec/bin/go`,
        'homebrew',
        a.version,
        `root/opt/homebrew/Cellar/go@${minor}/${a.version}/libexec`,
        null,
      ],
      [
        `goenv-root/versions/${b.version}/bin/go`,
        'goenv',
        b.version,
        `goenv-root/versions/${b.version}`,
        null,
      ],
      [`home/.gvm/gos/go${a.version}/bin/go`, 'gvm', a.version, `home/.gvm/gos/go${a.version}`, null],
      [
        `home/.local/share/mise/installs/go/${a.version}/bin/go`,
        'mise',
        a.version,
        `home/.local/share/mise/installs/go/${a.version}`,
        null,
      ],
      [`home/.g/versions/${a.version}/go/bin/go`, 'g', a.version, `home/.g/versions/${a.version}/go`, null],
      [`home/.go/go${b.version}/bin/go`, 'goup', b.version, `home/.go/go${b.version}`, null],
      [
        `home/go/pkg/mod/golang.org/toolchain@v0.0.1-go${a.version}.linux-amd64/bin/go`,
        'toolchain',
        a.version,
        `home/go/pkg/mod/golang.org/toolchain@v0.0.1-go${a.version}.linux-amd64`,
        null,
      ],
    ]);
    // The PATH entry keeps its resolved path; nothing is listed twice (mise's "latest" alias is a link).
    expect(list[0]?.realPath).toBe(path.join(root, 'opt/homebrew/Cellar/go', b.version, 'libexec/bin/go'));
    expect(list.every((i) => i.versionSource === 'VERSION file')).toBe(true);
  });

  it('honours the version managers’ root variables and skips what HOME does not give', () => {
    const env = {
      ASDF_DATA_DIR: '/data/asdf',
      MISE_DATA_DIR: '/data/mise',
      GVM_ROOT: '/data/gvm',
      G_HOME: '/g',
    };
    const bases = knownLocations('linux', '/h', { env }).map((l) => `${l.manager} ${l.base}`);
    expect(bases).toContain('asdf /data/asdf/installs/golang');
    expect(bases).toContain('mise /data/mise/installs/go');
    expect(bases).toContain('gvm /data/gvm/gos');
    expect(bases).toContain('g /g/versions');
    expect(bases).toContain('goenv /h/.goenv/versions');
    expect(knownLocations('linux', '', { env: {} }).every((l) => l.base.startsWith('/'))).toBe(true);
  });

  it('knows the Windows places', () => {
    const env = { ProgramFiles: 'C:\\Program Files', SystemDrive: 'C:' };
    const bases = knownLocations('windows', 'C:\\Users\\a', { env }).map((l) => `${l.manager} ${l.base}`);
    expect(bases).toEqual(
      expect.arrayContaining([
        'official C:\\Program Files\\Go',
        'official C:\\Go',
        'scoop C:\\Users\\a\\scoop\\apps\\go',
        'golang.org/dl C:\\Users\\a\\sdk',
      ]),
    );
  });
});
