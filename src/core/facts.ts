/**
 * The facts: one plain, JSON-serialisable snapshot of everything the checks look at.
 * Collectors (src/collect) produce it; checks (src/checks) only read it. A saved snapshot can be
 * re-checked anywhere, which is how macOS and Windows logic is tested on Linux.
 *
 * Bump FACTS_SCHEMA_VERSION on any incompatible change, and teach `upgradeFacts` to read the old shape.
 */

export const FACTS_SCHEMA_VERSION = 1;

/** GOOS names. */
export type OS =
  | 'linux'
  | 'darwin'
  | 'windows'
  | 'freebsd'
  | 'openbsd'
  | 'netbsd'
  | 'dragonfly'
  | 'illumos'
  | 'solaris'
  | 'aix'
  | 'android'
  | 'plan9';

/** The systems whose shells and execvp search PATH the POSIX way (":"-separated, "" meaning "."). */
export const UNIX: readonly OS[] = [
  'linux',
  'darwin',
  'freebsd',
  'openbsd',
  'netbsd',
  'dragonfly',
  'illumos',
  'solaris',
  'aix',
  'android',
];

export interface VolumeInfo {
  /** Bytes available to unprivileged users. */
  free: number;
  /** Bytes free including the blocks reserved for root (statfs f_bfree); what a root process can still write. */
  freePrivileged?: number;
  total: number;
  mountPoint?: string;
  fsType?: string;
  readOnly?: boolean;
  noexec?: boolean;
}

export type PathKind = 'dir' | 'file' | 'other' | 'missing';

/** What the file system says about one path. Paths are examined as written (the kernel follows links). */
export interface PathInfo {
  path: string;
  /** Whether the path is absolute for the OS the facts come from. */
  absolute: boolean;
  kind: PathKind;
  /** Set when the last element is a symbolic link (or junction). */
  symlink?: {
    target: string;
    /** Fully resolved path, or null when it cannot be resolved. */
    resolved: string | null;
    dangling: boolean;
    loop: boolean;
  };
  /** The path with every link resolved, when it exists. */
  realPath?: string;
  readable?: boolean;
  /** For an existing path: access(W_OK). For a missing one: whether it could be created. */
  writable?: boolean;
  /** For an existing directory that could be listed: whether it has no entries at all. */
  empty?: boolean;
  /** For a missing path: the closest ancestor that exists. */
  nearestExisting?: string;
  /** The volume holding the path (or its nearest existing ancestor). */
  volume?: VolumeInfo;
  /** An error code met while examining it (EACCES, ELOOP, ENOTDIR, ENAMETOOLONG…). */
  error?: string;
  /** Permission bits and type of the path (links followed), as stat's st_mode; Unix only. */
  mode?: number;
  /** Owner's user id (links followed); Unix only. */
  uid?: number;
}

export interface PathEntryFacts {
  /** The entry exactly as written in PATH. */
  entry: string;
  index: number;
  info: PathInfo | null;
}

export interface GoBinary {
  /** "go" or a "goX.Y.Z" name that GOTOOLCHAIN may pick from PATH. */
  name: string;
  /** Where it was found: directory entry + name (+ .exe). */
  path: string;
  /** Index of its directory in PATH. */
  pathIndex: number;
  realPath: string | null;
  /** The GOROOT the go command would derive from its own location (pkg/tool next to bin). */
  goroot: string | null;
  /** Version without "go", or null if unknown. */
  version: string | null;
  versionSource: 'VERSION file' | 'go env' | 'file name' | 'unknown';
  /** True for golang.org/dl wrappers (goX.Y.Z binaries whose SDK lives in ~/sdk). */
  wrapper?: boolean;
  executable: boolean;
}

/** The result of `go env -json NAME…` run with GOTOOLCHAIN=local. */
export interface GoEnvQuery {
  binary: string;
  args: string[];
  ok: boolean;
  exitCode: number | null;
  signal?: string;
  timedOut: boolean;
  timeoutMs: number;
  durationMs: number;
  /** First few KB of stderr. */
  stderr: string;
  /** Parsed values; null when the command failed or printed something that is not JSON. */
  values: Record<string, string> | null;
  /** Set when stdout could not be parsed; holds a short excerpt of what was printed. */
  garbage?: string;
  spawnError?: string;
}

export interface EnvFileEntry {
  key: string;
  value: string;
  line: number;
}

export interface EnvFileFacts {
  path: string;
  /** Why this path: GOENV, XDG_CONFIG_HOME, HOME, AppData, or $GOROOT/go.env. */
  origin: string;
  exists: boolean;
  error?: string;
  entries: EnvFileEntry[];
  /** Lines go ignores (no "=", not starting with A-Z), with their numbers. */
  ignored: { line: number; text: string }[];
}

export interface ModFileFacts {
  path: string;
  module?: string;
  go?: string;
  goLine?: number;
  toolchain?: string;
  toolchainLine?: number;
  godebug: { key: string; value: string; line: number }[];
  /** go.work only: the use directives. */
  use?: string[];
  /** go.mod only: how many modules the require directives name. */
  requires?: number;
  error?: string;
}

export interface ModuleFacts {
  /** The nearest go.mod walking up from the working directory. */
  gomod: ModFileFacts | null;
  /** The go.work in effect: $GOWORK, or the nearest go.work walking up. */
  gowork: ModFileFacts | null;
  /** vendor/modules.txt exists next to go.mod. */
  vendor: boolean;
  /** A vendor directory exists next to the go.work in effect (workspace vendoring, Go 1.22+). */
  workVendor?: boolean;
  /** The nearest directory above the working directory holding .git (absent: none found, or not collected). */
  repoRoot?: string;
}

export interface HostFacts {
  os: OS;
  arch: string;
  uid: number | null;
  username: string | null;
  /** The account's home directory from the password database (not $HOME). */
  accountHome: string | null;
  /** The user's interactive shell, used to write fixes in its syntax. */
  shell: 'bash' | 'zsh' | 'fish' | 'sh' | 'powershell' | 'cmd' | null;
  ci: boolean;
}

export interface CCFacts {
  /** The compiler name the go command would use (CC, or the platform default gcc/clang). */
  name: string;
  /** Where it was found on PATH, or null. */
  path: string | null;
  /** True when CC came from the OS environment (only that disables the cgo auto-off, see go-facts 1.12). */
  fromOSEnv: boolean;
}

/** The GOROOT in effect (GOROOT setting, else derived from the go binary). */
export interface GorootFacts {
  path: string;
  /** First line of $GOROOT/VERSION, without "go"; null when absent. */
  version: string | null;
  /** $GOROOT/pkg/tool exists (what the go command takes as "looks like a GOROOT"). */
  pkgTool: boolean;
}

/** A file:// entry of GOPROXY: local, so go-doctor can see what it holds. */
export interface FileProxyFacts {
  url: string;
  dir: string;
  exists: boolean;
  /** When a toolchain download would be needed: whether this proxy has its zip. */
  toolchain?: { name: string; zip: string; found: boolean };
}

export interface Facts {
  schemaVersion: typeof FACTS_SCHEMA_VERSION;
  collectedAt: string;
  collector: { name: string; version: string; durationMs: number };
  /** Free text: where these facts come from (fixtures say which machine and how). */
  origin?: string;
  host: HostFacts;
  /** The working directory as go sees it ($PWD when it names the same directory). */
  cwd: string;
  /** The working directory with links resolved. */
  physicalCwd: string;
  /** The Go-relevant environment only; secrets redacted. Absent variables are absent keys. */
  env: Record<string, string>;
  pathEntries: PathEntryFacts[];
  /** Every go and goX.Y.Z on PATH, in PATH order. */
  goBinaries: GoBinary[];
  /** Go installations found outside PATH (only searched when no go is on PATH). */
  offPathInstalls: string[];
  goEnv: GoEnvQuery | null;
  goroot: GorootFacts | null;
  /** file:// entries of the effective GOPROXY. */
  fileProxies: FileProxyFacts[];
  /**
   * When GOTOOLCHAIN would download a toolchain: whether the module cache already holds it
   * (GOMODCACHE/golang.org/toolchain@v0.0.1-goX.Y.Z.GOOS-GOARCH/bin/go). Absent when no download is due.
   */
  toolchainCache?: { name: string; dir: string; found: boolean };
  envFile: EnvFileFacts | null;
  gorootEnvFile: EnvFileFacts | null;
  /** Keyed by label: GOROOT, GOPATH[0], GOBIN, GOCACHE, GOMODCACHE, GOTMPDIR, GOENV, HOME, TMPDIR, … */
  paths: Record<string, PathInfo>;
  module: ModuleFacts;
  cc: CCFacts;
  /** Collector problems that did not stop collection. */
  errors: { collector: string; message: string }[];
  /**
   * Further `go env -json NAME…` calls made only by `go-doctor explain` (GOMOD/GOWORK, and the costly
   * cgo variables), each of which may fail on its own. Absent when not collected.
   */
  goEnvExtra?: GoEnvQuery[];
  /** Every Go installation found, on PATH and in the known places (go-doctor installs only). */
  installs?: InstallFacts[];
  /** The executables in go install's target directories (GOBIN, or GOPATH/bin). */
  goTools?: GoToolFacts[];
  /** Shell startup files (src/collect/startup.ts); absent when not collected. */
  startup?: StartupFacts;
  /** Sizes of the Go caches and GOPATH, and the volumes (go-doctor du only; absent when not collected). */
  du?: DuFacts;
}

/** A volume (mount point, or drive root on Windows) and its space, from statfs. */
export interface DuVolume {
  /** Mount point ("/", "/home") or drive root ("C:\\"). */
  path: string;
  /** Bytes available to unprivileged users. */
  free: number;
  total: number;
  fsType?: string;
  readOnly?: boolean;
  /** The volume holding the operating system (Windows %SystemDrive%, "/" elsewhere). */
  system?: boolean;
}

/** The size of a tree, as walked by src/collect/walk.ts (apparent bytes, like du -sb). */
export interface DuSize {
  bytes: number;
  files: number;
  dirs: number;
  links: number;
  /** Entries that could not be read (the tree's size is then a lower bound). */
  errorCount: number;
  errors: { path: string; code: string }[];
}

/** One named part of a location (inside GOMODCACHE: the download cache, toolchains, sumdb…). */
export interface DuPart extends DuSize {
  name: string;
  /** The directories the part is made of (one, or several such as golang.org/toolchain@… dirs). */
  paths: string[];
}

export interface DuLocation extends DuSize {
  /** GOCACHE, GOMODCACHE, GOBIN, GOPATH[0]/bin, GOPATH[0], GOPATH[1]… */
  var: string;
  path: string;
  exists: boolean;
  /** Where the parts of the location are, when it is split (GOCACHE, GOMODCACHE). They add up to the whole. */
  parts?: DuPart[];
  /** Locations inside this one that are sized on their own and left out of this one (GOMODCACHE in GOPATH). */
  excluded?: string[];
  /** The volume holding the path (or its nearest existing ancestor); null when statfs failed. */
  volume: DuVolume | null;
}

export interface DuFacts {
  locations: DuLocation[];
  /** Every mounted, writable, disk-backed volume found (for "another volume has room"). */
  volumes: DuVolume[];
  durationMs: number;
}

/** Who put a Go installation where it is, decided from its location (src/core/installs.ts). */
export type InstallManager =
  | 'official'
  | 'debian'
  | 'distro'
  | 'fedora'
  | 'homebrew'
  | 'snap'
  | 'scoop'
  | 'chocolatey'
  | 'golang.org/dl'
  | 'goenv'
  | 'gvm'
  | 'asdf'
  | 'mise'
  | 'g'
  | 'goup'
  | 'toolchain'
  | 'unknown';

/** One Go installation: a go (or goX.Y.Z) executable and the GOROOT it belongs to. */
export interface InstallFacts {
  /** "go", or "goX.Y.Z" for a toolchain named for GOTOOLCHAIN's PATH lookup. */
  name: string;
  /** The executable: as found on PATH, or GOROOT/bin/go for an installation off PATH. */
  path: string;
  realPath: string | null;
  goroot: string | null;
  /** Version without "go" (from GOROOT/VERSION, else the file name), or null. */
  version: string | null;
  versionSource: GoBinary['versionSource'];
  manager: InstallManager;
  /** Index of its directory in PATH; null when it is not on PATH. */
  pathIndex: number | null;
  /** The known location that found it ("PATH" for PATH entries). */
  foundBy: string;
}

/** An executable in GOBIN or GOPATH[i]/bin. */
export interface GoToolFacts {
  name: string;
  path: string;
  /** Which install directory: "GOBIN" or "GOPATH[0]/bin"… */
  dir: string;
  /** Index of that directory in PATH, or null. */
  pathIndex: number | null;
  /** Build info, read for known Go developer tools only (src/collect/tools.ts). */
  build?: { goVersion: string; path?: string; module?: string; moduleVersion?: string };
  /** Executables of the same name in system directories on PATH (src/core/sysdirs.ts). */
  system: { path: string; pathIndex: number }[];
}

/** One line of a shell startup file, as written (credentials in URLs redacted). */
export interface StartupLine {
  n: number;
  text: string;
}

export interface StartupFileFacts {
  path: string;
  exists: boolean;
  error?: string;
  /**
   * Only the lines that can matter to Go (Go settings, PATH, sourcing, version managers, block and
   * interactivity structure); every other line is left out so that unrelated secrets are never stored.
   */
  lines: StartupLine[];
}

/** What the file system says about a path named by a startup file (after $HOME/~ expansion). */
export interface StartupPathFacts {
  kind: PathKind;
  /** A Go tree's VERSION (without "go"): of the directory itself, or of the GOROOT of DIR/go. */
  goVersion?: string | null;
  /** DIR/go exists and is executable. */
  hasGo?: boolean;
}

export interface StartupFacts {
  home: string;
  /** $ZDOTDIR when set in the environment. */
  zdotdir?: string;
  /** $XDG_CONFIG_HOME when set. */
  configHome?: string;
  /** BASH_ENV and ENV from the environment, when set. */
  bashEnv?: string;
  envFile?: string;
  /** Every startup file looked at (missing ones too), including sourced files and conf.d entries. */
  files: StartupFileFacts[];
  /** Directory listings the rules need (fish conf.d, /etc/profile.d). */
  dirs: Record<string, string[]>;
  /** Absolute paths named by Go settings and PATH entries in those files. */
  paths: Record<string, StartupPathFacts>;
  /** Whether pwsh is installed (its profiles are only read then). */
  powershell?: boolean;
  durationMs: number;
}
