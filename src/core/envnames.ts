/**
 * Which environment variables matter to the go command. The collector keeps only these, so a snapshot
 * never carries the whole environment.
 */

/** src/internal/cfg/cfg.go KnownEnv (union of Go 1.19 … 1.26), plus variables cmd/go reads directly. */
export const GO_KNOWN_ENV = [
  'AR',
  'CC',
  'CGO_CFLAGS',
  'CGO_CFLAGS_ALLOW',
  'CGO_CFLAGS_DISALLOW',
  'CGO_CPPFLAGS',
  'CGO_CPPFLAGS_ALLOW',
  'CGO_CPPFLAGS_DISALLOW',
  'CGO_CXXFLAGS',
  'CGO_CXXFLAGS_ALLOW',
  'CGO_CXXFLAGS_DISALLOW',
  'CGO_ENABLED',
  'CGO_FFLAGS',
  'CGO_FFLAGS_ALLOW',
  'CGO_FFLAGS_DISALLOW',
  'CGO_LDFLAGS',
  'CGO_LDFLAGS_ALLOW',
  'CGO_LDFLAGS_DISALLOW',
  'CXX',
  'FC',
  'GCCGO',
  'GO111MODULE',
  'GO386',
  'GOAMD64',
  'GOARCH',
  'GOARM',
  'GOARM64',
  'GOAUTH',
  'GOBIN',
  'GOCACHE',
  'GOCACHEPROG',
  'GOENV',
  'GOEXE',
  'GOEXPERIMENT',
  'GOFIPS140',
  'GOFLAGS',
  'GOGCCFLAGS',
  'GOHOSTARCH',
  'GOHOSTOS',
  'GOINSECURE',
  'GOMIPS',
  'GOMIPS64',
  'GOMODCACHE',
  'GONOPROXY',
  'GONOSUMDB',
  'GOOS',
  'GOPATH',
  'GOPPC64',
  'GOPRIVATE',
  'GOPROXY',
  'GORISCV64',
  'GOROOT',
  'GOSUMDB',
  'GOTMPDIR',
  'GOTOOLCHAIN',
  'GOTOOLDIR',
  'GOVCS',
  'GOWASM',
  'GOWORK',
  'GO_EXTLINK_ENABLED',
  'PKG_CONFIG',
  // Read with os.Getenv only, or by the runtime / other tools.
  'GODEBUG',
  'GOROOT_FINAL',
  'GOTELEMETRY',
  'GOTELEMETRYDIR',
  'GOMAXPROCS',
  'GOMEMLIMIT',
  'GOGC',
  'GOTRACEBACK',
] as const;

/** Non-Go variables that change what the go command does. */
export const OTHER_RELEVANT_ENV = [
  'PATH',
  'HOME',
  'USERPROFILE',
  'home',
  'XDG_CACHE_HOME',
  'XDG_CONFIG_HOME',
  'APPDATA',
  'LOCALAPPDATA',
  'TMPDIR',
  'TMP',
  'TEMP',
  'PWD',
  'SHELL',
  'CI',
  'GITHUB_ACTIONS',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'GIT_TERMINAL_PROMPT',
  'GIT_SSH_COMMAND',
  'PATHEXT',
  'LANG',
  'LC_ALL',
  'LC_MESSAGES',
  'TZ',
  'SystemRoot',
] as const;

/** The names go-doctor asks the go command for (`go env -json NAME…`). Never GOMOD/GOWORK: asking for
 * them makes `go env` fail outright on an invalid GO111MODULE or GOWORK, hiding every other value. */
export const GO_ENV_QUERY = [
  'GOVERSION',
  'GOROOT',
  'GOTOOLDIR',
  'GOPATH',
  'GOBIN',
  'GOCACHE',
  'GOMODCACHE',
  'GOENV',
  'GOFLAGS',
  'GO111MODULE',
  'GOPROXY',
  'GOSUMDB',
  'GONOPROXY',
  'GONOSUMDB',
  'GOPRIVATE',
  'GOINSECURE',
  'GOVCS',
  'GOTOOLCHAIN',
  'GOOS',
  'GOARCH',
  'GOHOSTOS',
  'GOHOSTARCH',
  'GOEXPERIMENT',
  'CGO_ENABLED',
  'CC',
  'CXX',
  'GOTMPDIR',
  'GOEXE',
  'GOAUTH',
  'GOTELEMETRY',
  'GOTELEMETRYDIR',
  'GOCACHEPROG',
  'GOFIPS140',
  // Cheap to answer, asked so that `go-doctor explain` (and saved snapshots) can show every variable.
  'AR',
  'GCCGO',
  'GODEBUG',
  'GO386',
  'GOAMD64',
  'GOARM',
  'GOARM64',
  'GOMIPS',
  'GOMIPS64',
  'GOPPC64',
  'GORISCV64',
  'GOWASM',
] as const;

/**
 * What `go env` prints but the default query leaves out, asked only by `go-doctor explain` in calls of
 * their own: GOMOD/GOWORK make the whole call fail on a bad GO111MODULE or GOWORK, and the cgo flags are
 * "costly" (they initialise the build cache, so the call fails when the cache is unusable, Go 1.20+).
 */
export const GO_ENV_QUERY_MODULE = ['GOMOD', 'GOWORK'] as const;
export const GO_ENV_QUERY_COSTLY = [
  'CGO_CFLAGS',
  'CGO_CPPFLAGS',
  'CGO_CXXFLAGS',
  'CGO_FFLAGS',
  'CGO_LDFLAGS',
  'PKG_CONFIG',
  'GOGCCFLAGS',
] as const;

/**
 * The variables a plain `go env` prints for a release and target GOARCH (envcmd MkEnv, ExtraEnvVars,
 * ExtraEnvVarsCostly), sorted. Verified against `go env -json` of every release the tests find:
 * 1.19 base; GOTOOLCHAIN since 1.21; GODEBUG, GOTELEMETRY, GOTELEMETRYDIR since 1.23; GOAUTH,
 * GOCACHEPROG, GOFIPS140 since 1.24; plus the one per-architecture variable (GOAMD64 on amd64…).
 */
export function goEnvPrinted(goVersion: string | null, goarch: string): string[] {
  const v = goVersion === null ? null : parseMinor(goVersion);
  const since = (minor: number) => v === null || v >= minor;
  const names = [
    'AR',
    'CC',
    'CGO_CFLAGS',
    'CGO_CPPFLAGS',
    'CGO_CXXFLAGS',
    'CGO_ENABLED',
    'CGO_FFLAGS',
    'CGO_LDFLAGS',
    'CXX',
    'GCCGO',
    'GO111MODULE',
    'GOARCH',
    'GOBIN',
    'GOCACHE',
    'GOENV',
    'GOEXE',
    'GOEXPERIMENT',
    'GOFLAGS',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOINSECURE',
    'GOMOD',
    'GOMODCACHE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOOS',
    'GOPATH',
    'GOPRIVATE',
    'GOPROXY',
    'GOROOT',
    'GOSUMDB',
    'GOTMPDIR',
    'GOTOOLDIR',
    'GOVCS',
    'GOVERSION',
    'GOWORK',
    'PKG_CONFIG',
  ];
  // Before 1.19 (outside what the tests run; from the release notes): GOVCS 1.16, GOWORK and GOAMD64 1.18.
  const drop = new Set<string>();
  if (!since(16)) drop.add('GOVCS');
  if (!since(18)) drop.add('GOWORK');
  if (since(21)) names.push('GOTOOLCHAIN');
  if (since(23)) names.push('GODEBUG', 'GOTELEMETRY', 'GOTELEMETRYDIR');
  if (since(24)) names.push('GOAUTH', 'GOCACHEPROG', 'GOFIPS140');
  const arch = ARCH_ENV[goarch];
  if (arch && since(arch[1])) names.push(arch[0]);
  return names.filter((n) => !drop.has(n)).sort();
}

/** cfg.GetArchEnv: GOARCH -> [variable, first release that prints it]. */
const ARCH_ENV: Record<string, [string, number]> = {
  '386': ['GO386', 0],
  amd64: ['GOAMD64', 18],
  arm: ['GOARM', 0],
  arm64: ['GOARM64', 23],
  mips: ['GOMIPS', 0],
  mipsle: ['GOMIPS', 0],
  mips64: ['GOMIPS64', 0],
  mips64le: ['GOMIPS64', 0],
  ppc64: ['GOPPC64', 0],
  ppc64le: ['GOPPC64', 0],
  riscv64: ['GORISCV64', 23],
  wasm: ['GOWASM', 0],
};

function parseMinor(v: string): number | null {
  const m = /^1\.(\d+)/.exec(v);
  return m ? Number(m[1]) : null;
}

/** Names `go env NAME` answers: what it prints for some release, plus KnownEnv variables it can read. */
export function isGoEnvName(name: string): boolean {
  return GO_ENV_NAMES.has(name);
}

const RUNTIME_ONLY = new Set(['GOMAXPROCS', 'GOMEMLIMIT', 'GOGC', 'GOTRACEBACK']);
const GO_ENV_NAMES = new Set<string>([
  ...GO_KNOWN_ENV.filter((n) => !RUNTIME_ONLY.has(n)),
  ...goEnvPrinted(null, 'amd64'),
]);

export function relevantEnvNames(): string[] {
  return [...new Set<string>([...GO_KNOWN_ENV, ...OTHER_RELEVANT_ENV])];
}
