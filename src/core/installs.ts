/**
 * Go installations: who manages each one (decided from where it lives), and the view `go-doctor installs`
 * prints: every go and goX.Y.Z on PATH in order, then the installations found off PATH, with the one that
 * runs (first go on PATH) and the one GOTOOLCHAIN selects in this directory. Pure.
 */
import type { Facts, GoBinary, InstallFacts, InstallManager, OS } from './facts.js';
import type { ToolchainSelection } from './toolchain.js';

/** Roots that version managers let users move (GOENV_ROOT, ASDF_DATA_DIR…), already resolved. */
export type ManagerRoots = Partial<Record<InstallManager, readonly string[]>>;

function norm(p: string, os: OS): string {
  const s = os === 'windows' ? p.replace(/\\/g, '/').toLowerCase() : p;
  return s.endsWith('/') ? s : `${s}/`;
}

function under(p: string, root: string, os: OS): boolean {
  return root !== '' && p.startsWith(norm(root, os));
}

const RULES: readonly [InstallManager, RegExp, readonly OS[] | null][] = [
  ['toolchain', /\/golang\.org\/toolchain@v0\.0\.1-go[^/]*\//, null],
  ['scoop', /\/scoop\/(apps\/go|shims)\//, ['windows']],
  ['chocolatey', /\/chocolatey\//, ['windows']],
  ['official', /^[a-z]:\/(program files\/go|go)\//, ['windows']],
  [
    'homebrew',
    /\/Cellar\/go(@[0-9.]+)?\/|^\/(opt\/homebrew|usr\/local|home\/linuxbrew\/\.linuxbrew)\/opt\/go(@[0-9.]+)?\/|^\/home\/linuxbrew\/\.linuxbrew\//,
    null,
  ],
  ['snap', /^\/snap\/(go\/|bin\/go)/, null],
  ['debian', /^\/usr\/lib\/go-1\.[0-9]+\//, null],
  ['fedora', /^\/usr\/lib\/golang\//, null],
  ['distro', /^\/usr\/lib\/go\//, null],
  ['official', /^\/usr\/local\/go\//, null],
  ['goenv', /\/\.goenv\/(versions|shims)\//, null],
  ['gvm', /\/\.gvm\/(gos|bin)\//, null],
  ['asdf', /\/\.asdf\/(installs\/golang|shims)\//, null],
  ['mise', /\/mise\/(installs\/go|shims)\//, null],
  ['g', /\/\.g\/(versions|go)\//, null],
  ['goup', /\/\.go\/(go1[^/]*|current)\/|\/\.goup\//, null],
  ['golang.org/dl', /\/sdk\/go1[^/]*\//, null],
];

/**
 * Who manages the installation at these paths (the executable's real path first, then its GOROOT, then
 * the path as found). Custom roots (GOENV_ROOT=…) are matched first; then the known layouts.
 */
export function classifyManager(
  paths: readonly (string | null | undefined)[],
  os: OS,
  roots: ManagerRoots = {},
): InstallManager {
  const cands = paths.filter((p): p is string => typeof p === 'string' && p !== '').map((p) => norm(p, os));
  for (const c of cands) {
    for (const [m, list] of Object.entries(roots) as [InstallManager, readonly string[]][]) {
      if (list.some((r) => under(c, r, os))) return m;
    }
    for (const [m, re, oses] of RULES) {
      if (oses && !oses.includes(os)) continue;
      if (re.test(c)) return m;
    }
  }
  return 'unknown';
}

/** Installs as PATH alone shows them, for facts collected without the installs scan. */
export function installsFromPath(facts: Facts): InstallFacts[] {
  return facts.goBinaries.map((b: GoBinary) => ({
    name: b.name,
    path: b.path,
    realPath: b.realPath,
    goroot: b.goroot,
    version: b.version,
    versionSource: b.versionSource,
    manager: classifyManager([b.realPath, b.goroot, b.path], facts.host.os),
    pathIndex: b.pathIndex,
    foundBy: 'PATH',
  }));
}

export interface InstallRow extends InstallFacts {
  /** The go a shell runs: the first executable go on PATH. */
  active: boolean;
  /** The toolchain GOTOOLCHAIN selects in this directory runs from this installation. */
  selected: boolean;
}

export interface InstallsView {
  installs: InstallRow[];
  toolchain: {
    setting: string;
    outcome: ToolchainSelection['outcome'];
    toolchain: string;
    reason: string;
    /** For a download: whether the module cache already holds it (then it is one of the installs). */
    cached?: boolean;
    error?: string;
  };
  /** True when the facts did not include the installs scan (only PATH was looked at). */
  pathOnly: boolean;
}

export function installsView(facts: Facts, selection: ToolchainSelection): InstallsView {
  const pathOnly = facts.installs === undefined;
  const list = facts.installs ?? installsFromPath(facts);
  const winner = facts.goBinaries.find((b) => b.name === 'go' && b.executable) ?? null;
  const isWinner = (i: InstallFacts) =>
    winner !== null && i.pathIndex === winner.pathIndex && i.path === winner.path;
  const selectedIndex = (): number => {
    switch (selection.outcome) {
      case 'local':
        return list.findIndex(isWinner);
      case 'path':
        return list.findIndex((i) => i.path === selection.binary?.path && i.pathIndex !== null);
      case 'download':
        return list.findIndex((i) => i.manager === 'toolchain' && i.version === selection.version);
      default:
        return -1;
    }
  };
  const sel = selectedIndex();
  const installs = list.map((i, n): InstallRow => ({ ...i, active: isWinner(i), selected: n === sel }));
  const toolchain: InstallsView['toolchain'] = {
    setting: selection.setting,
    outcome: selection.outcome,
    toolchain: selection.toolchain,
    reason: selection.reason,
  };
  if (selection.outcome === 'download') toolchain.cached = sel >= 0 || facts.toolchainCache?.found === true;
  if (selection.error) toolchain.error = selection.error;
  return { installs, toolchain, pathOnly };
}
