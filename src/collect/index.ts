/**
 * Collects the facts in one pass. All I/O of go-doctor lives under src/collect.
 *
 * First the winning go is found on PATH and `go env -json NAME…` starts (GOTOOLCHAIN=local). While it
 * runs in its own process, everything else is read: every go on PATH, the PATH entries, the go env file,
 * go.mod/go.work, mounts, and the paths the settings model predicts. When go answers, only the paths it
 * reports differently are examined again. File-system calls are synchronous: dozens of tiny metadata
 * calls are much faster that way than through the thread pool, and they overlap the subprocess anyway.
 */
import {
  readdirSync as readdir,
  readFileSync as readFile,
  realpathSync as realpath,
  statSync as stat,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GO_ENV_QUERY, relevantEnvNames } from '../core/envnames.js';
import {
  type CCFacts,
  type EnvFileFacts,
  FACTS_SCHEMA_VERSION,
  type Facts,
  type FileProxyFacts,
  type GoBinary,
  type GoEnvQuery,
  type GorootFacts,
  type HostFacts,
  type ModFileFacts,
  type ModuleFacts,
  type OS,
  type PathEntryFacts,
  type PathInfo,
} from '../core/facts.js';
import { parseEnvFile, parseModFile } from '../core/parse.js';
import { splitList } from '../core/paths.js';
import { redactText, redactValue } from '../core/redact.js';
import { createSettings, defaultCCFor, defaultEnvFile, type EnvHost } from '../core/settings.js';
import { selectToolchain } from '../core/toolchain.js';
import { fromGoVersionText } from '../core/version.js';
import { now } from './clock.js';
import { examinePath, readMounts } from './fsinfo.js';
import { type RunResult, runProcess } from './runner.js';
import { collectStartup } from './startup.js';
import { collectGoTools } from './tools.js';

export const COLLECTOR_VERSION = '0.1.0';

export interface CollectOptions {
  /** Environment to inspect (defaults to process.env). */
  env?: NodeJS.ProcessEnv;
  /** Working directory to inspect (defaults to process.cwd()). */
  cwd?: string;
  /** Timeout for each subprocess, in ms. */
  timeoutMs?: number;
}

const MAX_VALUE = 4096;
const MAX_STDERR = 4096;

export function goosOf(platform: NodeJS.Platform): OS {
  switch (platform) {
    case 'win32':
      return 'windows';
    case 'sunos':
      return 'solaris';
    case 'cygwin':
      return 'windows';
    case 'darwin':
    case 'linux':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd':
    case 'aix':
    case 'android':
      return platform;
    default:
      return 'linux';
  }
}

export function goarchOf(arch: string): string {
  switch (arch) {
    case 'x64':
      return 'amd64';
    case 'ia32':
      return '386';
    case 'ppc64':
      return os.endianness() === 'LE' ? 'ppc64le' : 'ppc64';
    case 'mipsel':
      return 'mipsle';
    default:
      return arch;
  }
}

function pickEnv(source: NodeJS.ProcessEnv, isWindows: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  const lookup = (name: string): string | undefined => {
    if (!isWindows) return source[name];
    const want = name.toUpperCase();
    for (const k of Object.keys(source)) if (k.toUpperCase() === want) return source[k];
    return undefined;
  };
  for (const name of relevantEnvNames()) {
    const v = lookup(name);
    if (v === undefined) continue;
    const key = isWindows && name.toUpperCase() === 'PATH' ? 'PATH' : name;
    let value = redactValue(name, v);
    if (value.length > MAX_VALUE && name !== 'PATH') value = value.slice(0, MAX_VALUE);
    out[key] = value;
  }
  return out;
}

function shellOf(env: Record<string, string>, goos: OS): HostFacts['shell'] {
  if (goos === 'windows') return 'powershell';
  const sh = path.basename(env.SHELL ?? '');
  if (sh === 'bash' || sh === 'zsh' || sh === 'fish') return sh;
  if (sh === 'pwsh' || sh === 'powershell') return 'powershell';
  if (sh === 'sh' || sh === 'dash' || sh === 'ash' || sh === 'ksh') return 'sh';
  return null;
}

function collectHost(env: Record<string, string>, raw: NodeJS.ProcessEnv): HostFacts {
  const goos = goosOf(process.platform);
  let username: string | null = null;
  let accountHome: string | null = null;
  try {
    const u = os.userInfo();
    username = u.username;
    accountHome = u.homedir || null;
  } catch {
    // no passwd entry (containers with arbitrary uids)
  }
  const ciValue = raw.CI ?? '';
  return {
    os: goos,
    arch: goarchOf(process.arch),
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    username,
    accountHome,
    shell: shellOf(env, goos),
    ci: ciValue !== '' && ciValue !== 'false' && ciValue !== '0',
  };
}

function isExecutableFile(p: string, isWindows: boolean): boolean {
  try {
    const s = stat(p);
    if (!s.isFile()) return false;
    return isWindows || (s.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return stat(p).isDirectory();
  } catch {
    return false;
  }
}

/** cfg.findGOROOT: exe/../.. or exe/../../.. holding pkg/tool, first as found, then with links resolved. */
export function gorootOf(exe: string, real: string | null): string | null {
  const candidates = [path.dirname(path.dirname(exe)), path.dirname(path.dirname(path.dirname(exe)))];
  if (real && real !== exe) {
    candidates.push(path.dirname(path.dirname(real)), path.dirname(path.dirname(path.dirname(real))));
  }
  for (const c of candidates) {
    if (isDir(path.join(c, 'pkg', 'tool'))) return c;
  }
  return null;
}

export function readVersionFile(goroot: string): string | null {
  try {
    const text = readFile(path.join(goroot, 'VERSION'), 'utf8');
    return fromGoVersionText(text) || null;
  } catch {
    return null;
  }
}

const TOOLCHAIN_NAME = /^go1\.[0-9][0-9a-z.]*(?:-[^/\\]*)?$/;

function scanPathDir(dir: string, index: number, isWindows: boolean, home: string): GoBinary[] {
  const exe = isWindows ? '.exe' : '';
  let names: string[];
  try {
    names = readdir(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const n of names) {
    const base = isWindows && n.toLowerCase().endsWith('.exe') ? n.slice(0, -4) : n;
    if (isWindows && !n.toLowerCase().endsWith('.exe')) continue;
    if (base === 'go' || TOOLCHAIN_NAME.test(base)) found.push(n);
  }
  // "go" first, then the goX.Y.Z names in a stable order.
  found.sort((a, b) => (a === `go${exe}` ? -1 : b === `go${exe}` ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out: GoBinary[] = [];
  for (const n of found) {
    const name = isWindows ? n.slice(0, -4) : n;
    const p = path.join(dir, n);
    const executable = isExecutableFile(p, isWindows);
    let real: string | null = null;
    try {
      real = realpath(p);
    } catch {
      real = null;
    }
    let goroot = gorootOf(p, real);
    let version: string | null = null;
    let versionSource: GoBinary['versionSource'] = 'unknown';
    let wrapper = false;
    if (goroot) {
      version = readVersionFile(goroot);
      if (version) versionSource = 'VERSION file';
    }
    if (name !== 'go') {
      // golang.org/dl wrappers keep their SDK in ~/sdk/goX.Y.Z.
      if (!goroot && home) {
        const sdk = path.join(home, 'sdk', name);
        if (isDir(path.join(sdk, 'pkg', 'tool'))) {
          goroot = sdk;
          wrapper = true;
          version = readVersionFile(sdk) ?? version;
          if (version) versionSource = 'VERSION file';
        }
      }
      if (!version) {
        const v = fromGoVersionText(name);
        if (v) {
          version = v;
          versionSource = 'file name';
        }
      }
    }
    const b: GoBinary = {
      name,
      path: p,
      pathIndex: index,
      realPath: real,
      goroot,
      version,
      versionSource,
      executable,
    };
    if (wrapper) b.wrapper = true;
    out.push(b);
  }
  return out;
}

function readEnvFileFacts(file: string, origin: string): EnvFileFacts {
  const f: EnvFileFacts = { path: file, origin, exists: false, entries: [], ignored: [] };
  try {
    const text = readFile(file, 'utf8');
    f.exists = true;
    const parsed = parseEnvFile(text);
    f.entries = parsed.entries;
    f.ignored = parsed.ignored;
  } catch (err) {
    const c = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    if (c !== 'ENOENT') {
      f.error = c;
      if (c !== 'ENOTDIR') f.exists = true;
    }
  }
  return f;
}

function readModFile(file: string): ModFileFacts | null {
  try {
    const s = stat(file);
    if (!s.isFile()) return null;
  } catch {
    return null;
  }
  try {
    const text = readFile(file, 'utf8');
    return parseModFile(file, text);
  } catch (err) {
    return { path: file, godebug: [], error: (err as NodeJS.ErrnoException).code ?? String(err) };
  }
}

function findUp(start: string, name: string, stopAt?: string, dirsToo = false): string | null {
  let dir = path.resolve(start);
  for (let i = 0; i < 512; i++) {
    const f = path.join(dir, name);
    try {
      const s = stat(f);
      if (dirsToo || !s.isDirectory()) return f;
    } catch {
      // keep walking
    }
    const up = path.dirname(dir);
    if (up === dir || (stopAt && up === stopAt)) return null;
    dir = up;
  }
  return null;
}

/** go.mod and go.work as the go command finds them; gowork is the effective GOWORK (environment or go env file). */
function collectModule(cwd: string, gowork: string, goroot: string | null): ModuleFacts {
  const gomodPath = findUp(cwd, 'go.mod');
  let gworkPath: string | null = null;
  if (gowork === '' || gowork === 'auto') gworkPath = findUp(cwd, 'go.work', goroot ?? undefined);
  else if (gowork !== 'off' && path.isAbsolute(gowork)) gworkPath = gowork;
  const gomod = gomodPath ? readModFile(gomodPath) : null;
  const gw = gworkPath ? readModFile(gworkPath) : null;
  let vendor = false;
  if (gomodPath) vendor = isDir(path.join(path.dirname(gomodPath), 'vendor'));
  const out: ModuleFacts = { gomod, gowork: gw, vendor };
  if (gw) out.workVendor = isDir(path.join(path.dirname(gw.path), 'vendor'));
  // The repository root (a .git directory, or a .git file in worktrees and submodules): reports anchor
  // machine-level findings to files inside it.
  const git = findUp(cwd, '.git', undefined, true);
  if (git) out.repoRoot = path.dirname(git);
  return out;
}

function lookPath(name: string, dirs: readonly string[], isWindows: boolean): string | null {
  if (name.includes('/') || (isWindows && name.includes('\\'))) {
    return isExecutableFile(name, isWindows) ? name : null;
  }
  const exts = isWindows ? ['.exe', '.cmd', '.bat', ''] : [''];
  for (const d of dirs) {
    if (d === '' || !path.isAbsolute(d)) continue;
    for (const e of exts) {
      const p = path.join(d, name + e);
      if (isExecutableFile(p, isWindows)) return p;
    }
  }
  return null;
}

/** Where Go is commonly installed; only searched when no go is on PATH. */
function findOffPathInstalls(home: string, isWindows: boolean): string[] {
  const exe = isWindows ? 'go.exe' : 'go';
  const fixed: string[] = isWindows
    ? ['C:\\Program Files\\Go\\bin', 'C:\\Go\\bin', path.join(home, 'scoop', 'apps', 'go', 'current', 'bin')]
    : [
        '/usr/local/go/bin',
        '/usr/lib/go/bin',
        '/usr/lib/golang/bin',
        '/opt/homebrew/bin',
        '/usr/local/bin',
        '/snap/bin',
        '/opt/go/bin',
        path.join(home, 'go', 'bin'),
        path.join(home, '.local', 'go', 'bin'),
        path.join(home, '.go', 'bin'),
      ];
  const globs: [string, string][] = isWindows
    ? [[path.join(home, 'sdk'), 'bin']]
    : [
        ['/usr/lib', 'bin'],
        [path.join(home, 'sdk'), 'bin'],
        [path.join(home, '.goenv', 'versions'), 'bin'],
        [path.join(home, '.gvm', 'gos'), 'bin'],
        [path.join(home, '.asdf', 'installs', 'golang'), 'go/bin'],
        [path.join(home, '.local', 'share', 'mise', 'installs', 'go'), 'bin'],
      ];
  const dirs = [...fixed];
  for (const [parent, sub] of globs) {
    if (!home && !parent.startsWith('/usr')) continue;
    try {
      for (const n of readdir(parent)) {
        if (parent === '/usr/lib' && !/^go(-[0-9.]+)?$|^golang/.test(n)) continue;
        dirs.push(path.join(parent, n, sub));
      }
    } catch {
      // not there
    }
  }
  const found = dirs.map((d) => path.join(d, exe)).filter((p) => isExecutableFile(p, isWindows));
  return [...new Set(found)].sort();
}

function logicalCwd(env: NodeJS.ProcessEnv, physical: string): string {
  const pwd = env.PWD;
  if (!pwd || !path.isAbsolute(pwd)) return physical;
  try {
    const a = stat(pwd);
    const b = stat(physical);
    return a.ino === b.ino && a.dev === b.dev ? pwd : physical;
  } catch {
    return physical;
  }
}

/** How a go subprocess went, as a GoEnvQuery with no values yet (stderr shortened and redacted). */
export function goQueryOf(binary: string, args: string[], r: RunResult, timeoutMs: number): GoEnvQuery {
  const q: GoEnvQuery = {
    binary,
    args,
    ok: false,
    exitCode: r.exitCode,
    timedOut: r.timedOut,
    timeoutMs,
    durationMs: Math.round(r.durationMs),
    stderr: redactText(r.stderr.slice(0, MAX_STDERR)),
    values: null,
  };
  if (r.signal) q.signal = r.signal;
  if (r.spawnError) q.spawnError = r.spawnError;
  return q;
}

export async function queryGoEnv(
  binary: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  timeoutMs: number,
  names: readonly string[] = GO_ENV_QUERY,
): Promise<GoEnvQuery> {
  const args = ['env', '-json', ...names];
  const r = await runProcess(binary, args, { env: { ...env, GOTOOLCHAIN: 'local' }, cwd, timeoutMs });
  const q = goQueryOf(binary, args, r, timeoutMs);
  if (r.exitCode === 0 && !r.timedOut) {
    try {
      const parsed: unknown = JSON.parse(r.stdout);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('not an object');
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
        if (typeof v === 'string') values[k] = redactValue(k, v);
      }
      q.values = values;
      q.ok = true;
    } catch {
      q.garbage = redactText(r.stdout.slice(0, 200));
    }
  }
  return q;
}

/** When GOTOOLCHAIN would download a toolchain: whether GOMODCACHE already holds it (then go reuses it). */
function collectToolchainCache(facts: Facts, localVersion: string | null): Facts['toolchainCache'] {
  const settings = createSettings(facts, localVersion);
  const selection = selectToolchain({ facts, settings, localVersion });
  const modcache = settings.get('GOMODCACHE').value;
  if (selection.outcome !== 'download' || modcache === '' || !path.isAbsolute(modcache)) return undefined;
  const name = selection.toolchain;
  const dir = path.join(
    modcache,
    'golang.org',
    `toolchain@v0.0.1-${name}.${facts.host.os}-${facts.host.arch}`,
  );
  const exe = facts.host.os === 'windows' ? 'go.exe' : 'go';
  let found = false;
  try {
    found = stat(path.join(dir, 'bin', exe)).isFile();
  } catch {
    found = false;
  }
  return { name, dir, found };
}

/** file:// entries of GOPROXY, and whether they hold the toolchain that GOTOOLCHAIN would download. */
function collectFileProxies(facts: Facts, localVersion: string | null): FileProxyFacts[] {
  const settings = createSettings(facts, localVersion);
  const entries = settings
    .get('GOPROXY')
    .value.split(/[,|]/)
    .filter((e) => e.startsWith('file://'));
  if (entries.length === 0) return [];
  const selection = selectToolchain({ facts, settings, localVersion });
  return entries.map((url): FileProxyFacts => {
    let dir = url.slice('file://'.length);
    try {
      // url.fileURLToPath without loading node:url: file:///a%20b -> /a b, file:///C:/x -> C:/x.
      dir = decodeURIComponent(dir);
      if (/^\/[A-Za-z]:/.test(dir)) dir = dir.slice(1);
    } catch {
      // keep the raw path
    }
    const f: FileProxyFacts = { url, dir, exists: isDir(dir) };
    if (selection.outcome === 'download') {
      const name = `v0.0.1-${selection.toolchain}.${facts.host.os}-${facts.host.arch}.zip`;
      const zip = path.join(dir, 'golang.org', 'toolchain', '@v', name);
      let found = false;
      try {
        found = stat(zip).isFile();
      } catch {
        found = false;
      }
      f.toolchain = { name: selection.toolchain, zip, found };
    }
    return f;
  });
}

/** The first executable `go` on PATH, found the way a shell finds it (before the full PATH scan). */
function firstGo(pathList: readonly string[], isWindows: boolean): string | null {
  const name = isWindows ? 'go.exe' : 'go';
  for (const d of pathList) {
    if (d === '') continue;
    const p = path.join(d, name);
    if (isExecutableFile(p, isWindows)) return p;
  }
  return null;
}

/** The path-valued settings go-doctor examines, labelled as checks ask for them. */
function pathLabels(
  settings: ReturnType<typeof createSettings>,
  facts: Pick<Facts, 'env' | 'host' | 'envFile' | 'cwd'>,
  goroot: string,
): Map<string, string> {
  const isWindows = facts.host.os === 'windows';
  const env = facts.env;
  const out = new Map<string, string>();
  const add = (label: string, p: string | undefined) => {
    if (p !== undefined && p !== '') out.set(label, p);
  };
  add('GOROOT', goroot);
  splitList(facts.host.os, settings.get('GOPATH').value).forEach((e, i) => {
    add(`GOPATH[${i}]`, e);
  });
  add('GOBIN', settings.get('GOBIN').value);
  // go install's default target (module mode, GOBIN unset): GOPATH[0]/bin (install-dir-unwritable).
  const gopath0 = splitList(facts.host.os, settings.get('GOPATH').value)[0] ?? '';
  const pathMod = isWindows ? path.win32 : path.posix;
  if (pathMod.isAbsolute(gopath0)) add('GOPATH[0]/bin', pathMod.join(gopath0, 'bin'));
  const gocache = settings.get('GOCACHE').value;
  if (gocache !== 'off') add('GOCACHE', gocache);
  add('GOMODCACHE', settings.get('GOMODCACHE').value);
  add('GOTMPDIR', settings.get('GOTMPDIR').value);
  add('GOENV', facts.envFile?.path);
  // An absolute GOWORK names the go.work file; go fails when it cannot read it.
  const gowork = settings.get('GOWORK').value;
  if (gowork !== 'off' && gowork !== 'auto' && (isWindows ? path.win32 : path.posix).isAbsolute(gowork))
    add('GOWORK', gowork);
  add('HOME', isWindows ? env.USERPROFILE : env.HOME);
  add('TMPDIR', isWindows ? env.TMP || env.TEMP : env.TMPDIR || '/tmp');
  add('XDG_CACHE_HOME', env.XDG_CACHE_HOME);
  add('XDG_CONFIG_HOME', env.XDG_CONFIG_HOME);
  add('cwd', facts.cwd);
  return out;
}

function gorootFactsOf(goroot: string): [GorootFacts | null, EnvFileFacts | null] {
  if (!goroot) return [null, null];
  const version = readVersionFile(goroot);
  const pkgTool = isDir(path.join(goroot, 'pkg', 'tool'));
  const envFile = readEnvFileFacts(path.join(goroot, 'go.env'), '$GOROOT/go.env');
  return [{ path: goroot, version, pkgTool }, envFile];
}

export async function collectFacts(options: CollectOptions = {}): Promise<Facts> {
  const started = now();
  const rawEnv = options.env ?? process.env;
  const isWindows = process.platform === 'win32';
  const env = pickEnv(rawEnv, isWindows);
  const host = collectHost(env, rawEnv);
  const envHost: EnvHost = { env, host };
  const errors: Facts['errors'] = [];
  const timeoutMs = options.timeoutMs ?? 10_000;

  let physicalCwd = options.cwd ?? process.cwd();
  try {
    physicalCwd = realpath(physicalCwd);
  } catch {
    // keep as given
  }
  // With both cwd and env given (the scenario harness), PWD comes from env as for go; unset PWD = physical.
  const cwd = logicalCwd(options.cwd && !options.env ? { PWD: options.cwd } : rawEnv, physicalCwd);
  const home = isWindows ? (env.USERPROFILE ?? '') : (env.HOME ?? '');
  const pathList = splitList(host.os, env.PATH ?? '');

  // Start go env first: everything below runs while it works in its own process.
  const goBin = firstGo(pathList, isWindows);
  const goEnvPromise = goBin ? queryGoEnv(goBin, rawEnv, cwd, timeoutMs) : Promise.resolve(null);

  const mounts = readMounts();
  const goBinaries = pathList.flatMap((d, i) => (d === '' ? [] : scanPathDir(d, i, isWindows, home)));
  const pathEntries = pathList.map(
    (entry, index): PathEntryFacts => ({
      entry,
      index,
      info: entry === '' ? null : examinePath(entry, { mounts, access: false, empty: false }),
    }),
  );
  let envFile: EnvFileFacts | null = null;
  if (env.GOENV === 'off') envFile = null;
  else if (env.GOENV) envFile = readEnvFileFacts(env.GOENV, 'GOENV');
  else {
    const d = defaultEnvFile(envHost, null);
    if (d.path) envFile = readEnvFileFacts(d.path, d.why);
  }
  const winner = goBinaries.find((b) => b.name === 'go' && b.executable) ?? null;

  const partial: Facts = {
    schemaVersion: FACTS_SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    collector: { name: 'go-doctor', version: COLLECTOR_VERSION, durationMs: 0 },
    host,
    cwd,
    physicalCwd,
    env,
    pathEntries,
    goBinaries,
    offPathInstalls: [],
    goEnv: null,
    goroot: null,
    fileProxies: [],
    envFile,
    gorootEnvFile: null,
    paths: {},
    module: { gomod: null, gowork: null, vendor: false },
    cc: { name: '', path: null, fromOSEnv: false },
    errors,
  };

  // Speculatively examine the paths the settings model predicts, still while go env runs.
  const examined = new Map<string, PathInfo>();
  const examine = (p: string): PathInfo => {
    let info = examined.get(p);
    if (!info) {
      info = examinePath(p, { mounts, volume: true, access: true, base: physicalCwd });
      examined.set(p, info);
    }
    return info;
  };
  const specSettings = createSettings(partial, winner?.version ?? null);
  const specGoroot = specSettings.get('GOROOT').value || winner?.goroot || '';
  for (const p of pathLabels(specSettings, partial, specGoroot).values()) examine(p);
  const specGorootFacts = gorootFactsOf(specGoroot);
  const specGowork = specSettings.get('GOWORK').value;
  const specModule = collectModule(cwd, specGowork, specGoroot || null);
  const ccNameFromEnv = (env.CC ?? '').trim().split(/\s+/)[0] ?? '';
  const offPath = winner ? [] : findOffPathInstalls(home, isWindows);
  let startup: Facts['startup'];
  try {
    startup = collectStartup(rawEnv, host.os, lookPath('pwsh', pathList, isWindows) !== null);
  } catch (err) {
    errors.push({ collector: 'startup', message: String(err) });
  }

  const goEnv = await goEnvPromise;
  partial.goEnv = goEnv;
  if (winner && goEnv?.ok && goEnv.values?.GOVERSION && !winner.version) {
    const v = fromGoVersionText(goEnv.values.GOVERSION);
    if (v) {
      winner.version = v;
      winner.versionSource = 'go env';
    }
  }
  // The env file go actually used, if go told us and it differs.
  const reportedGoenv = goEnv?.values?.GOENV;
  if (reportedGoenv && reportedGoenv !== partial.envFile?.path && env.GOENV !== 'off') {
    partial.envFile = readEnvFileFacts(reportedGoenv, 'go env GOENV');
  }

  // Go's answers win; examine only what the model did not predict.
  const settings = createSettings(partial, winner?.version ?? null);
  const goroot = settings.get('GOROOT').value || winner?.goroot || '';
  const labels = pathLabels(settings, partial, goroot);
  const paths: Record<string, PathInfo> = {};
  for (const [label, p] of labels) paths[label] = examine(p);
  const [gorootFacts, gorootEnvFile] = goroot === specGoroot ? specGorootFacts : gorootFactsOf(goroot);
  const gowork = settings.get('GOWORK').value;
  const module =
    goroot === specGoroot && gowork === specGowork ? specModule : collectModule(cwd, gowork, goroot || null);
  const ccName =
    ccNameFromEnv || (settings.get('CC').value.trim().split(/\s+/)[0] ?? '') || defaultCCFor(host.os);
  const cc: CCFacts = {
    name: ccName,
    path: lookPath(ccName, pathList, isWindows),
    fromOSEnv: ccNameFromEnv !== '',
  };

  const facts: Facts = {
    ...partial,
    paths,
    goroot: gorootFacts,
    gorootEnvFile,
    module,
    cc,
    offPathInstalls: offPath,
  };
  facts.fileProxies = collectFileProxies(facts, winner?.version ?? null);
  const cachedToolchain = collectToolchainCache(facts, winner?.version ?? null);
  if (cachedToolchain) facts.toolchainCache = cachedToolchain;
  facts.goTools = collectGoTools(facts, settings.get('GOBIN').value, settings.get('GOPATH').value);
  if (startup) facts.startup = startup;
  facts.collector.durationMs = Math.round(now() - started);
  return facts;
}
