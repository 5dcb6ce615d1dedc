/**
 * Where each Go setting comes from, modelled on cmd/go/internal/cfg (Getenv, initEnvCache, readEnvFile):
 *
 *   1. the OS environment, if the value is non-empty;
 *   2. the user's go env file ($GOENV, default os.UserConfigDir()/go/env), written by `go env -w`;
 *   3. $GOROOT/go.env (Go 1.21+; never overrides a key present in the user file, never sets GOROOT);
 *   4. the built-in default.
 *
 * An empty OS variable does NOT clear a lower layer. An empty line `K=` in the user file blocks go.env
 * for K and leaves the built-in default. The effective value reported by the real go command (when it
 * answered) always wins over this model; the model supplies the layer, and the value when go could not
 * answer. Pure: reads only the facts.
 */
import type { EnvFileEntry, Facts } from './facts.js';
import { pathApi } from './paths.js';
import { atLeast } from './version.js';

export type SettingSource = 'env' | 'envfile' | 'goroot' | 'default';

export interface Layer {
  value: string;
  file?: string;
  line?: number;
}

export interface Setting {
  name: string;
  /** The effective value: what `go env` prints (or would print). */
  value: string;
  source: SettingSource;
  /** The OS environment value when the variable is present, even if empty. */
  env?: string;
  /** The user go env file's value (last line for the key). */
  envFile?: Layer;
  /** $GOROOT/go.env's value. */
  goroot?: Layer;
  /** How the default is derived, when source is 'default'. */
  derivation?: string;
  /** True when the value was reported by the real go command rather than modelled. */
  confirmed: boolean;
}

/** Variables that only the OS environment can set (go env -w refuses them, the files are ignored). */
const OS_ONLY = new Set(['GOENV', 'GODEBUG', 'GOROOT_FINAL']);

/** Values we force while asking go, so go's answer is not the user's. */
const FORCED_IN_QUERY = new Set(['GOTOOLCHAIN']);

function lastEntry(entries: readonly EnvFileEntry[] | undefined, name: string): EnvFileEntry | undefined {
  if (!entries) return undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e && e.key === name) return e;
  }
  return undefined;
}

export interface SettingsModel {
  get(name: string): Setting;
  /** The Go version whose rules apply (without "go"), or null. */
  readonly goVersion: string | null;
}

/** The part of the facts the user-directory rules need. */
export type EnvHost = Pick<Facts, 'env' | 'host'>;

export function homeDir(facts: EnvHost): string {
  const env = facts.env;
  if (facts.host.os === 'windows') return env.USERPROFILE ?? '';
  if (facts.host.os === 'plan9') return env.home ?? '';
  return env.HOME ?? '';
}

/** os.UserCacheDir (src/os/file.go); '' with a reason when it has none. */
export function userCacheDir(facts: EnvHost, goVersion: string | null): { dir: string; why: string } {
  const env = facts.env;
  const p = pathApi(facts.host.os);
  switch (facts.host.os) {
    case 'windows':
      return env.LocalAppData || env.LOCALAPPDATA
        ? { dir: (env.LocalAppData || env.LOCALAPPDATA) ?? '', why: '%LocalAppData%' }
        : { dir: '', why: '%LocalAppData% is not defined' };
    case 'darwin':
      return env.HOME
        ? { dir: p.join(env.HOME, 'Library/Caches'), why: '$HOME/Library/Caches' }
        : { dir: '', why: '$HOME is not defined' };
    case 'plan9':
      return env.home
        ? { dir: p.join(env.home, 'lib/cache'), why: '$home/lib/cache' }
        : { dir: '', why: '$home is not defined' };
    default: {
      const xdg = env.XDG_CACHE_HOME ?? '';
      if (xdg !== '') {
        if (!p.isAbsolute(xdg) && goVersion !== null && atLeast(goVersion, '1.24')) {
          return { dir: '', why: 'path in $XDG_CACHE_HOME is relative' };
        }
        return { dir: xdg, why: '$XDG_CACHE_HOME' };
      }
      return env.HOME
        ? { dir: p.join(env.HOME, '.cache'), why: '$HOME/.cache' }
        : { dir: '', why: 'neither $XDG_CACHE_HOME nor $HOME are defined' };
    }
  }
}

/** os.UserConfigDir (src/os/file.go). */
export function userConfigDir(facts: EnvHost, goVersion: string | null): { dir: string; why: string } {
  const env = facts.env;
  const p = pathApi(facts.host.os);
  switch (facts.host.os) {
    case 'windows':
      return env.AppData || env.APPDATA
        ? { dir: (env.AppData || env.APPDATA) ?? '', why: '%AppData%' }
        : { dir: '', why: '%AppData% is not defined' };
    case 'darwin':
      return env.HOME
        ? { dir: p.join(env.HOME, 'Library/Application Support'), why: '$HOME/Library/Application Support' }
        : { dir: '', why: '$HOME is not defined' };
    case 'plan9':
      return env.home
        ? { dir: p.join(env.home, 'lib'), why: '$home/lib' }
        : { dir: '', why: '$home is not defined' };
    default: {
      const xdg = env.XDG_CONFIG_HOME ?? '';
      if (xdg !== '') {
        if (!p.isAbsolute(xdg) && goVersion !== null && atLeast(goVersion, '1.24')) {
          return { dir: '', why: 'path in $XDG_CONFIG_HOME is relative' };
        }
        return { dir: xdg, why: '$XDG_CONFIG_HOME' };
      }
      return env.HOME
        ? { dir: p.join(env.HOME, '.config'), why: '$HOME/.config' }
        : { dir: '', why: 'neither $XDG_CONFIG_HOME nor $HOME are defined' };
    }
  }
}

/** The default GOENV file location, or '' if there is none. */
export function defaultEnvFile(facts: EnvHost, goVersion: string | null): { path: string; why: string } {
  const { dir, why } = userConfigDir(facts, goVersion);
  if (!dir) return { path: '', why };
  return { path: pathApi(facts.host.os).join(dir, 'go', 'env'), why: `${why}/go/env` };
}

export function listSeparator(facts: EnvHost): string {
  return facts.host.os === 'windows' ? ';' : facts.host.os === 'plan9' ? '\u0000' : ':';
}

export function createSettings(facts: Facts, goVersion: string | null): SettingsModel {
  const cache = new Map<string, Setting>();
  const goValues = facts.goEnv?.values ?? null;
  const p = pathApi(facts.host.os);
  const withGoEnvFile = goVersion === null || atLeast(goVersion, '1.21');

  function layered(name: string): Omit<Setting, 'value' | 'source' | 'confirmed'> {
    const s: Omit<Setting, 'value' | 'source' | 'confirmed'> = { name };
    const envValue = facts.env[name];
    if (envValue !== undefined) s.env = envValue;
    if (!OS_ONLY.has(name)) {
      const fe = lastEntry(facts.envFile?.entries, name);
      if (fe && facts.envFile) s.envFile = { value: fe.value, file: facts.envFile.path, line: fe.line };
      if (withGoEnvFile && name !== 'GOROOT') {
        const ge = lastEntry(facts.gorootEnvFile?.entries, name);
        if (ge && facts.gorootEnvFile)
          s.goroot = { value: ge.value, file: facts.gorootEnvFile.path, line: ge.line };
      }
    }
    return s;
  }

  function modelDefault(name: string): { value: string; derivation?: string } {
    const os = facts.host.os;
    switch (name) {
      case 'GOROOT': {
        const b = facts.goBinaries.find((x) => x.name === 'go');
        return { value: b?.goroot ?? '', derivation: 'the directory above the go binary that has pkg/tool' };
      }
      case 'GOPATH': {
        const home = homeDir(facts);
        const homeVar = os === 'windows' ? '%USERPROFILE%' : '$HOME';
        if (!home) return { value: '', derivation: `${homeVar} is not set, so there is no default GOPATH` };
        const def = p.join(home, 'go');
        if (!p.isAbsolute(home))
          return { value: '', derivation: `${homeVar} is relative, so the default GOPATH is dropped` };
        // go compares with runtime.GOROOT(): $GOROOT from the OS environment, else the GOROOT linked into
        // the binary, which release builds since Go 1.21 leave empty (-trimpath).
        const linked =
          goVersion !== null && !atLeast(goVersion, '1.21')
            ? (facts.goBinaries.find((x) => x.name === 'go')?.goroot ?? '')
            : '';
        const goroot = facts.env.GOROOT || linked;
        if (goroot && p.normalize(goroot) === p.normalize(def)) {
          return { value: '', derivation: `${homeVar}/go is GOROOT, so there is no default GOPATH` };
        }
        return { value: def, derivation: `${homeVar}/go` };
      }
      case 'GOMODCACHE': {
        const gp =
          get('GOPATH')
            .value.split(listSeparator(facts))
            .find((e) => e !== '') ?? '';
        if (!gp) return { value: '', derivation: 'GOPATH[0]/pkg/mod, but GOPATH is empty' };
        return { value: p.join(gp, 'pkg', 'mod'), derivation: 'GOPATH[0]/pkg/mod' };
      }
      case 'GOCACHE': {
        const { dir, why } = userCacheDir(facts, goVersion);
        if (!dir) return { value: 'off', derivation: `no user cache directory: ${why}` };
        return { value: p.join(dir, 'go-build'), derivation: `${why}/go-build` };
      }
      case 'GOENV': {
        const { path, why } = defaultEnvFile(facts, goVersion);
        return { value: path, derivation: why };
      }
      case 'GOPROXY':
        return goVersion !== null && !atLeast(goVersion, '1.21')
          ? {
              value: 'https://proxy.golang.org,direct',
              derivation: 'built into the go command (before Go 1.21)',
            }
          : { value: '', derivation: 'none built in since Go 1.21; $GOROOT/go.env normally provides it' };
      case 'GOSUMDB':
        return goVersion !== null && !atLeast(goVersion, '1.21')
          ? { value: 'sum.golang.org', derivation: 'built into the go command (before Go 1.21)' }
          : { value: '', derivation: 'none built in since Go 1.21; $GOROOT/go.env normally provides it' };
      case 'GONOPROXY':
      case 'GONOSUMDB':
        return { value: get('GOPRIVATE').value, derivation: 'GOPRIVATE' };
      case 'GOTOOLCHAIN':
        return {
          value: '',
          derivation: 'none built in; $GOROOT/go.env normally says auto, and without it go runs as local',
        };
      case 'GOOS':
        return { value: facts.host.os, derivation: 'the host OS' };
      case 'GOARCH':
        return { value: facts.host.arch, derivation: 'the host architecture' };
      case 'GO111MODULE':
        return { value: '', derivation: 'empty, which means on (Go 1.16+)' };
      default:
        return { value: '' };
    }
  }

  function get(name: string): Setting {
    const hit = cache.get(name);
    if (hit) return hit;
    const s = layered(name);
    let value: string;
    let source: SettingSource;
    let derivation: string | undefined;
    if (s.env !== undefined && s.env !== '') {
      value = s.env;
      source = 'env';
    } else if (s.envFile !== undefined && s.envFile.value !== '') {
      value = s.envFile.value;
      source = 'envfile';
    } else if (s.envFile === undefined && s.goroot !== undefined && s.goroot.value !== '') {
      value = s.goroot.value;
      source = 'goroot';
    } else {
      const d = modelDefault(name);
      value = d.value;
      derivation = d.derivation;
      source = 'default';
    }
    let confirmed = false;
    const goValue = goValues?.[name];
    if (goValue !== undefined && !FORCED_IN_QUERY.has(name)) {
      value = goValue;
      confirmed = true;
    }
    const out: Setting = { ...s, value, source, confirmed };
    if (derivation !== undefined) out.derivation = derivation;
    cache.set(name, out);
    return out;
  }

  return { get, goVersion };
}
