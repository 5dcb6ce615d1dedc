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

/** One layer that held a value for a setting, and why it did not decide the effective value. */
export interface LayerRef {
  source: SettingSource;
  value: string;
  file?: string;
  line?: number;
  /** Why this layer does not count (for ignored layers, and for go.env blocked by a `K=` line). */
  note?: string;
}

export interface Setting {
  name: string;
  /** The effective value: what `go env` prints (or would print). */
  value: string;
  source: SettingSource;
  /** What this model predicts `go env` prints, before go's answer; null when it cannot be predicted. */
  modelValue: string | null;
  /** Lower layers hidden by the effective one (or, for go.env, by an empty `K=` line in the go env file). */
  shadowed: LayerRef[];
  /** Layers that hold a value go skips: an empty OS variable, an empty `K=` line, a file line for an
   * OS-only variable, any user value of a read-only (computed) variable, an invalid CGO_ENABLED. */
  ignored: LayerRef[];
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

/**
 * Variables `go env` computes and never reads from the environment or the files (src/cmd/go/internal/envcmd
 * MkEnv, ExtraEnvVars, ExtraEnvVarsCostly; telemetry.Mode/Dir). Setting them has no effect on what go env
 * prints. GOWORK is not here: go reads it (off / a path) and prints the go.work in effect.
 */
export const COMPUTED = new Set([
  'GOEXE',
  'GOHOSTOS',
  'GOHOSTARCH',
  'GOVERSION',
  'GOTOOLDIR',
  'GOMOD',
  'GOGCCFLAGS',
  'GOTELEMETRY',
  'GOTELEMETRYDIR',
]);

/** The per-architecture variable `go env` prints for a GOARCH (cfg.GetArchEnv), and its built-in default. */
export function archEnv(goarch: string, goVersion: string | null): { name: string; def: string } | null {
  const newer = goVersion === null || atLeast(goVersion, '1.23');
  switch (goarch) {
    case '386':
      return { name: 'GO386', def: 'sse2' };
    case 'amd64':
      return { name: 'GOAMD64', def: 'v1' };
    case 'arm':
      return { name: 'GOARM', def: '7' };
    case 'arm64':
      return newer ? { name: 'GOARM64', def: 'v8.0' } : null;
    case 'mips':
    case 'mipsle':
      return { name: 'GOMIPS', def: 'hardfloat' };
    case 'mips64':
    case 'mips64le':
      return { name: 'GOMIPS64', def: 'hardfloat' };
    case 'ppc64':
    case 'ppc64le':
      return { name: 'GOPPC64', def: 'power8' };
    case 'riscv64':
      return newer ? { name: 'GORISCV64', def: 'rva20u64' } : null;
    case 'wasm':
      return { name: 'GOWASM', def: '' };
    default:
      return null;
  }
}

/** cfg.DefaultCC / DefaultCXX (zdefaultcc.go as cmd/dist writes it for release builds). */
export function defaultCCFor(goos: string, cxx = false): string {
  const clang = goos === 'darwin' || goos === 'ios' || goos === 'freebsd' || goos === 'openbsd';
  if (cxx) return clang ? 'clang++' : 'g++';
  return clang ? 'clang' : 'gcc';
}

/** Hosts whose default is cgo on (internal/platform CgoSupported, for the ones people build on). */
export const CGO_HOSTS: ReadonlySet<string> = new Set([
  'linux',
  'darwin',
  'windows',
  'freebsd',
  'netbsd',
  'openbsd',
  'dragonfly',
  'solaris',
  'illumos',
  'android',
  'aix',
]);

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

/** Everything go env answered: the main query, plus any explain-only queries that succeeded. */
/**
 * What `go env GOWORK` prints for a GOWORK setting: off stays off, a path stays the path, and empty/auto
 * become the go.work found walking up from the working directory (modload.WorkFilePath), or empty when
 * there is none or module mode is off.
 */
export function printedGowork(
  facts: Pick<Facts, 'module'>,
  setting: string,
  go111module: string,
): { value: string; derivation: string } {
  if (setting !== '' && setting !== 'auto') return { value: setting, derivation: 'as set' };
  const gomod = facts.module.gomod?.path;
  const on = go111module === '' || go111module === 'on' || (go111module === 'auto' && gomod !== undefined);
  if (!on) return { value: '', derivation: 'empty: module mode is off' };
  const gw = facts.module.gowork?.path;
  return gw
    ? { value: gw, derivation: 'the go.work found walking up from the working directory' }
    : { value: '', derivation: 'empty: no go.work above the working directory' };
}

export function goEnvValues(facts: Pick<Facts, 'goEnv' | 'goEnvExtra'>): Record<string, string> | null {
  const main = facts.goEnv?.values;
  let out: Record<string, string> | null = null;
  if (main) {
    // The main query forces GOTOOLCHAIN=local, so its GOTOOLCHAIN is not the user's.
    out = {};
    for (const [k, v] of Object.entries(main)) if (!FORCED_IN_QUERY.has(k)) out[k] = v;
  }
  for (const q of facts.goEnvExtra ?? []) if (q.values) out = { ...(out ?? {}), ...q.values };
  return out;
}

export function createSettings(facts: Facts, goVersion: string | null): SettingsModel {
  const cache = new Map<string, Setting>();
  const goValues = goEnvValues(facts);
  const p = pathApi(facts.host.os);
  const withGoEnvFile = goVersion === null || atLeast(goVersion, '1.21');

  function layered(
    name: string,
  ): Omit<Setting, 'value' | 'source' | 'confirmed' | 'modelValue' | 'shadowed' | 'ignored'> {
    const s: Omit<Setting, 'value' | 'source' | 'confirmed' | 'modelValue' | 'shadowed' | 'ignored'> = {
      name,
    };
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
      case 'GOEXE':
        return get('GOOS').value === 'windows'
          ? { value: '.exe', derivation: 'GOOS is windows, so executables end in .exe' }
          : { value: '', derivation: 'empty: GOOS is not windows' };
      case 'GOHOSTOS':
        return { value: facts.host.os, derivation: 'the OS the go binary was built for (runtime.GOOS)' };
      case 'GOHOSTARCH':
        return {
          value: facts.host.arch,
          derivation: 'the architecture the go binary was built for (runtime.GOARCH)',
        };
      case 'GOVERSION':
        return goVersion
          ? {
              value: `go${goVersion}`,
              derivation: "the go binary's own version (runtime.Version), even when GOTOOLCHAIN would switch",
            }
          : { value: '', derivation: "the go binary's own version (unknown here)" };
      case 'GOTOOLDIR': {
        const root = get('GOROOT').value;
        const dir = `${facts.host.os}_${facts.host.arch}`;
        return { value: root ? p.join(root, 'pkg', 'tool', dir) : '', derivation: `GOROOT/pkg/tool/${dir}` };
      }
      case 'GOMOD': {
        const mode = get('GO111MODULE').value;
        const gomod = facts.module.gomod?.path;
        const on = mode === '' || mode === 'on' || (mode === 'auto' && gomod !== undefined);
        if (!on) return { value: '', derivation: `empty: GO111MODULE=${mode} turns module mode off here` };
        if (gomod)
          return { value: gomod, derivation: 'the go.mod found walking up from the working directory' };
        const devNull = os === 'windows' ? 'NUL' : '/dev/null';
        return {
          value: devNull,
          derivation: `${devNull}: module mode is on but no go.mod was found above the working directory`,
        };
      }
      case 'GOWORK':
        // The setting itself: empty means auto. What go env prints (the go.work in effect) is worked out
        // by printedGowork, not here: checks read this value as the user's setting.
        return {
          value: '',
          derivation: 'empty (auto): go looks for a go.work from the working directory up',
        };
      case 'GOGCCFLAGS':
        return {
          value: '',
          derivation:
            'the flags go passes to the C compiler, computed from CC, GOARCH and a temporary directory',
        };
      case 'GOTELEMETRY':
        return goVersion !== null && !atLeast(goVersion, '1.23')
          ? { value: '', derivation: 'not printed before Go 1.23' }
          : {
              value: 'local',
              derivation:
                'the mode file in GOTELEMETRYDIR, changed with `go telemetry off|local|on`; local when there is none',
            };
      case 'GOTELEMETRYDIR': {
        if (goVersion !== null && !atLeast(goVersion, '1.23'))
          return { value: '', derivation: 'not printed before Go 1.23' };
        const { dir, why } = userConfigDir(facts, goVersion);
        return dir
          ? { value: p.join(dir, 'go', 'telemetry'), derivation: `${why}/go/telemetry` }
          : { value: '', derivation: `no user config directory: ${why}` };
      }
      case 'GOAUTH':
        return goVersion !== null && !atLeast(goVersion, '1.24')
          ? { value: '', derivation: 'GOAUTH exists since Go 1.24' }
          : { value: 'netrc', derivation: 'built in: netrc (Go 1.24+)' };
      case 'GOFIPS140':
        return goVersion !== null && !atLeast(goVersion, '1.24')
          ? { value: '', derivation: 'GOFIPS140 exists since Go 1.24' }
          : { value: 'off', derivation: 'built in: off (Go 1.24+)' };
      case 'CC':
      case 'CXX': {
        const goos = get('GOOS').value || facts.host.os;
        return {
          value: defaultCCFor(goos, name === 'CXX'),
          derivation: `the default ${name === 'CC' ? 'C' : 'C++'} compiler built into go for GOOS=${goos} (official builds: ${defaultCCFor(goos, name === 'CXX')})`,
        };
      }
      case 'AR':
        return { value: 'ar', derivation: 'built in: ar' };
      case 'GCCGO':
        return {
          value: 'gccgo',
          derivation: 'built in: gccgo (go prints its full path when gccgo is in PATH)',
        };
      case 'PKG_CONFIG':
        return { value: 'pkg-config', derivation: 'built in: pkg-config' };
      case 'CGO_CFLAGS':
      case 'CGO_CXXFLAGS':
      case 'CGO_FFLAGS':
      case 'CGO_LDFLAGS': {
        const old = goVersion !== null && !atLeast(goVersion, '1.20');
        return {
          value: old ? '-g -O2' : '-O2 -g',
          derivation: `built in: ${old ? '-g -O2 (before Go 1.20)' : '-O2 -g'}`,
        };
      }
      case 'CGO_ENABLED':
        return cgoDefault();
      default: {
        const arch = archEnv(get('GOARCH').value || facts.host.arch, goVersion);
        if (arch && arch.name === name)
          return {
            value: arch.def,
            derivation: `the default built into this go for GOARCH=${get('GOARCH').value || facts.host.arch}`,
          };
        return { value: '' };
      }
    }
  }

  /** cfg.defaultContext: cross-compiling turns cgo off; Go 1.20+ also when $CC is unset and the default
   * compiler is not in PATH (os.Getenv("CC") only: a CC from go env -w does not count). */
  function cgoDefault(): { value: string; derivation: string } {
    const goos = get('GOOS').value || facts.host.os;
    const goarch = get('GOARCH').value || facts.host.arch;
    if (goos !== facts.host.os || goarch !== facts.host.arch)
      return { value: '0', derivation: 'cross-compiling (GOOS/GOARCH differ from the host) turns cgo off' };
    if (!CGO_HOSTS.has(goos)) return { value: '0', derivation: `cgo is not supported by default on ${goos}` };
    const cc = facts.cc;
    const autoOff = goVersion === null || atLeast(goVersion, '1.20');
    if (autoOff && !cc.fromOSEnv && cc.name === defaultCCFor(goos) && cc.path === null)
      return {
        value: '0',
        derivation: `$CC is unset and the default C compiler ${cc.name} is not in PATH, so cgo is off (Go 1.20+)`,
      };
    const where = cc.path ? `${cc.name} found at ${cc.path}` : `compiler ${cc.name}`;
    return {
      value: '1',
      derivation: autoOff
        ? `on: a C compiler is available (${cc.fromOSEnv ? '$CC is set' : where})`
        : 'on by default (before Go 1.20 go does not look for a C compiler)',
    };
  }

  function get(name: string): Setting {
    const hit = cache.get(name);
    if (hit) return hit;
    const s = layered(name);
    const shadowed: LayerRef[] = [];
    const ignored: LayerRef[] = [];
    const envRef: LayerRef | undefined = s.env !== undefined ? { source: 'env', value: s.env } : undefined;
    const fileRef: LayerRef | undefined = s.envFile ? { source: 'envfile', ...s.envFile } : undefined;
    const gorootRef: LayerRef | undefined = s.goroot ? { source: 'goroot', ...s.goroot } : undefined;
    let winner: LayerRef | undefined;
    if (COMPUTED.has(name)) {
      for (const r of [envRef, fileRef, gorootRef])
        if (r)
          ignored.push({ ...r, note: `go computes ${name}; setting it has no effect on what go env prints` });
    } else {
      if (envRef) {
        if (envRef.value === '') ignored.push({ ...envRef, note: 'go treats an empty value as unset' });
        else winner = envRef;
      }
      if (fileRef) {
        if (winner) shadowed.push(fileRef);
        else if (fileRef.value === '')
          ignored.push({
            ...fileRef,
            note: gorootRef
              ? 'go treats an empty value as unset, but the line keeps $GOROOT/go.env from applying'
              : 'go treats an empty value as unset',
          });
        else winner = fileRef;
      }
      if (gorootRef) {
        if (winner) shadowed.push(gorootRef);
        else if (fileRef)
          shadowed.push({
            ...gorootRef,
            note: 'blocked: go.env never applies to a key present in the go env file',
          });
        else if (gorootRef.value === '')
          ignored.push({ ...gorootRef, note: 'go treats an empty value as unset' });
        else winner = gorootRef;
      }
      // Lines go never reads for OS-only variables, and GOROOT in go.env.
      if (OS_ONLY.has(name)) {
        const fe = lastEntry(facts.envFile?.entries, name);
        if (fe && facts.envFile)
          ignored.push({
            source: 'envfile',
            value: fe.value,
            file: facts.envFile.path,
            line: fe.line,
            note: `only the OS environment can set ${name}`,
          });
      }
      if (name === 'GOROOT') {
        const ge = lastEntry(facts.gorootEnvFile?.entries, name);
        if (ge && facts.gorootEnvFile)
          ignored.push({
            source: 'goroot',
            value: ge.value,
            file: facts.gorootEnvFile.path,
            line: ge.line,
            note: 'go ignores GOROOT in $GOROOT/go.env',
          });
      }
      if (name === 'CGO_ENABLED' && winner && winner.value !== '0' && winner.value !== '1') {
        ignored.push({ ...winner, note: 'neither 0 nor 1, so go ignores it' });
        winner = undefined;
      }
    }
    let value: string;
    let source: SettingSource;
    let derivation: string | undefined;
    if (winner) {
      value = winner.value;
      source = winner.source;
    } else {
      const d = modelDefault(name);
      value = d.value;
      derivation = d.derivation;
      source = 'default';
    }
    let modelValue: string | null = value;
    if (winner) {
      if (name === 'GOENV' && value === 'off') modelValue = '';
      else if (name === 'GOROOT' || name === 'GOPATH') modelValue = cleanList(value, name === 'GOPATH');
      else if (name === 'GOCACHE' && value !== 'off' && !p.isAbsolute(value)) modelValue = 'off';
    }
    if (name === 'GOGCCFLAGS') modelValue = null;
    let confirmed = false;
    const goValue = goValues?.[name];
    if (goValue !== undefined) {
      value = goValue;
      confirmed = true;
    } else if (modelValue !== null) {
      value = modelValue;
    }
    const out: Setting = { ...s, value, source, modelValue, shadowed, ignored, confirmed };
    if (derivation !== undefined) out.derivation = derivation;
    cache.set(name, out);
    return out;
  }

  /** filepath.Clean of GOROOT (and of each GOPATH entry? no: go prints GOPATH as written). */
  function cleanList(value: string, isList: boolean): string {
    if (isList) return value;
    const c = p.normalize(value);
    return c.length > 1 && (c.endsWith('/') || c.endsWith('\\')) ? c.slice(0, -1) : c;
  }

  return { get, goVersion };
}
