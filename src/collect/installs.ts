/**
 * Finds every Go installation: the go and goX.Y.Z executables on PATH (already in facts.goBinaries) and
 * the known places of Go's installers and version managers (docs/installs.md lists them with their
 * sources). A handful of readdir calls; versions come from $GOROOT/VERSION, nothing is run. Only
 * `go-doctor installs` calls this; the default check does not pay for it.
 */
import { readdirSync as readdir, realpathSync as realpath, statSync as stat } from 'node:fs';
import path from 'node:path';
import type { Facts, InstallFacts, InstallManager, OS } from '../core/facts.js';
import { classifyManager, installsFromPath, type ManagerRoots } from '../core/installs.js';
import { readVersionFile } from './index.js';

export interface InstallSearchOptions {
  /** The raw environment (for GOENV_ROOT, ASDF_DATA_DIR, MISE_DATA_DIR, GVM_ROOT, G_HOME, GOUP_HOME, SCOOP…). */
  env: NodeJS.ProcessEnv;
  /**
   * Prefix for the absolute system locations (/usr/local/go, /usr/lib/go-1.NN, /opt/homebrew/…,
   * C:\Program Files\Go). Tests point it at a temp dir; empty for the real machine.
   */
  systemRoot?: string;
  /** The module cache, where GOTOOLCHAIN keeps downloaded toolchains. */
  gomodcache?: string;
}

/** One known place: a directory, child-name patterns to descend through, and where GOROOT is inside. */
interface Location {
  manager: InstallManager;
  base: string;
  levels: readonly RegExp[];
  /** GOROOT candidates relative to the matched directory, first that holds bin/go wins. */
  goroot: readonly string[];
  label: string;
}

const ANY = /^[^.]/;

function get(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  return v !== undefined && v !== '' ? v : '';
}

/** Resolved manager roots, honouring the variables the managers document. */
export function managerRoots(env: NodeJS.ProcessEnv, home: string, os: OS): Record<string, string> {
  const p = os === 'windows' ? path.win32 : path.posix;
  const h = (...parts: string[]) => (home ? p.join(home, ...parts) : '');
  const dataHome = get(env, 'XDG_DATA_HOME') || h('.local', 'share');
  return {
    goenv: get(env, 'GOENV_ROOT') || h('.goenv'),
    gvm: get(env, 'GVM_ROOT') || h('.gvm'),
    asdf: get(env, 'ASDF_DATA_DIR') || h('.asdf'),
    mise: get(env, 'MISE_DATA_DIR') || (dataHome ? p.join(dataHome, 'mise') : ''),
    g: get(env, 'G_HOME') || h('.g'),
    goup: h('.go'),
    'goup-rs': get(env, 'GOUP_HOME') || h('.goup'),
    sdk: h('sdk'),
    scoop: get(env, 'SCOOP') || h('scoop'),
  };
}

export function knownLocations(os: OS, home: string, options: InstallSearchOptions): Location[] {
  const p = os === 'windows' ? path.win32 : path.posix;
  const sys = (x: string) => (options.systemRoot ? p.join(options.systemRoot, x) : x);
  const r = managerRoots(options.env, home, os);
  const at = (root: string | undefined, ...parts: string[]) => (root ? p.join(root, ...parts) : '');
  const locs: Location[] = [];
  const add = (l: Location) => {
    if (l.base !== '') locs.push(l);
  };
  if (os === 'windows') {
    const drive = get(options.env, 'SystemDrive') || 'C:';
    const pf = get(options.env, 'ProgramFiles') || `${drive}\\Program Files`;
    add({ manager: 'official', base: sys(p.join(pf, 'Go')), levels: [], goroot: [''], label: 'MSI' });
    add({ manager: 'official', base: sys(`${drive}\\Go`), levels: [], goroot: [''], label: 'old MSI' });
    add({
      manager: 'scoop',
      base: at(r.scoop, 'apps', 'go'),
      levels: [ANY],
      goroot: [''],
      label: 'scoop',
    });
  } else {
    add({ manager: 'official', base: sys('/usr/local/go'), levels: [], goroot: [''], label: 'archive/pkg' });
    add({ manager: 'debian', base: sys('/usr/lib'), levels: [/^go-1\.\d+$/], goroot: [''], label: 'Debian' });
    add({ manager: 'distro', base: sys('/usr/lib/go'), levels: [], goroot: [''], label: '/usr/lib/go' });
    add({ manager: 'fedora', base: sys('/usr/lib/golang'), levels: [], goroot: [''], label: 'Fedora' });
    add({ manager: 'snap', base: sys('/snap/go/current'), levels: [], goroot: [''], label: 'snap' });
    for (const cellar of ['/opt/homebrew/Cellar', '/usr/local/Cellar', '/home/linuxbrew/.linuxbrew/Cellar']) {
      add({
        manager: 'homebrew',
        base: sys(cellar),
        levels: [/^go(@1\.\d+)?$/, ANY],
        goroot: ['libexec'],
        label: 'Homebrew',
      });
    }
  }
  add({ manager: 'golang.org/dl', base: r.sdk ?? '', levels: [/^go1/], goroot: [''], label: '~/sdk' });
  add({ manager: 'goenv', base: at(r.goenv, 'versions'), levels: [ANY], goroot: [''], label: 'goenv' });
  add({ manager: 'gvm', base: at(r.gvm, 'gos'), levels: [ANY], goroot: [''], label: 'gvm' });
  add({
    manager: 'asdf',
    base: at(r.asdf, 'installs', 'golang'),
    levels: [ANY],
    goroot: ['go'],
    label: 'asdf',
  });
  add({
    manager: 'mise',
    base: at(r.mise, 'installs', 'go'),
    levels: [ANY],
    goroot: ['', 'go'],
    label: 'mise',
  });
  add({ manager: 'g', base: at(r.g, 'versions'), levels: [ANY], goroot: ['', 'go'], label: 'g' });
  add({ manager: 'goup', base: r.goup ?? '', levels: [/^(go1|current$)/], goroot: [''], label: 'goup' });
  add({
    manager: 'goup',
    base: r['goup-rs'] ?? '',
    levels: [/^(go1|current$)/],
    goroot: ['go', ''],
    label: 'goup-rs',
  });
  if (options.gomodcache && p.isAbsolute(options.gomodcache)) {
    add({
      manager: 'toolchain',
      base: p.join(options.gomodcache, 'golang.org'),
      levels: [/^toolchain@v0\.0\.1-go/],
      goroot: [''],
      label: 'GOTOOLCHAIN download',
    });
  }
  return locs;
}

function isFile(p: string): boolean {
  try {
    return stat(p).isFile();
  } catch {
    return false;
  }
}

function expand(base: string, levels: readonly RegExp[], join: (...x: string[]) => string): string[] {
  let dirs = [base];
  for (const re of levels) {
    const next: string[] = [];
    for (const d of dirs) {
      let names: string[];
      try {
        names = readdir(d);
      } catch {
        continue;
      }
      for (const n of names.sort()) if (re.test(n)) next.push(join(d, n));
    }
    dirs = next;
  }
  return dirs;
}

function real(p: string): string | null {
  try {
    return realpath(p);
  } catch {
    return null;
  }
}

/** Every installation: PATH first (in PATH order), then the known places, each GOROOT once. */
export function collectInstalls(facts: Facts, options: InstallSearchOptions): InstallFacts[] {
  const os = facts.host.os;
  const p = os === 'windows' ? path.win32 : path.posix;
  const home = os === 'windows' ? (facts.env.USERPROFILE ?? '') : (facts.env.HOME ?? '');
  const exe = os === 'windows' ? 'go.exe' : 'go';
  const roots = managerRoots(options.env, home, os);
  const custom: ManagerRoots = {};
  for (const [m, v] of [
    ['goenv', 'GOENV_ROOT'],
    ['gvm', 'GVM_ROOT'],
    ['asdf', 'ASDF_DATA_DIR'],
    ['mise', 'MISE_DATA_DIR'],
    ['g', 'G_HOME'],
    ['goup', 'GOUP_HOME'],
    ['scoop', 'SCOOP'],
  ] as const) {
    const value = get(options.env, v);
    if (value) custom[m] = [value];
  }
  if (roots.sdk) custom['golang.org/dl'] = [roots.sdk];
  const out: InstallFacts[] = installsFromPath(facts).map((i) => ({
    ...i,
    manager: classifyManager([i.realPath, i.goroot, i.path], os, custom),
  }));
  // GOROOT (links resolved) -> the PATH entries that run from it.
  const seen = new Map<string, InstallFacts[]>();
  for (const i of out) {
    if (!i.goroot) continue;
    const key = real(i.goroot) ?? i.goroot;
    seen.set(key, [...(seen.get(key) ?? []), i]);
  }
  for (const loc of knownLocations(os, home, options)) {
    for (const dir of expand(loc.base, loc.levels, p.join)) {
      for (const rel of loc.goroot) {
        const goroot = rel === '' ? dir : p.join(dir, rel);
        const go = p.join(goroot, 'bin', exe);
        if (!isFile(go)) continue;
        const key = real(goroot) ?? goroot;
        const onPath = seen.get(key);
        if (onPath) {
          // A PATH entry the path rules could not place (e.g. a plain copy): the known place says who.
          for (const i of onPath) if (i.manager === 'unknown') i.manager = loc.manager;
        } else {
          seen.set(key, []);
          const version = readVersionFile(goroot);
          out.push({
            name: 'go',
            path: go,
            realPath: real(go),
            goroot,
            version,
            versionSource: version ? 'VERSION file' : 'unknown',
            manager: loc.manager,
            pathIndex: null,
            foundBy: loc.label,
          });
        }
        break;
      }
    }
  }
  return out;
}
