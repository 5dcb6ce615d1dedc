/**
 * Which GOOS/GOARCH pairs the go command builds for, per release. cmd/go rejects a pair that is not in
 * internal/platform's distInfo (cmd/go/internal/cfg OSArchSupportsCgo in Go 1.19) with
 * `go: unsupported GOOS/GOARCH pair plan10/amd64`. The tables were read from zosarch.go of go1.19.8,
 * 1.21.13, 1.22.12, 1.23.5 and 1.26.8; "broken" ports are still accepted (freebsd/riscv64 builds on 1.26).
 * linux/sparc64 is listed but has no compiler backend: builds fail with `compile: unknown architecture
 * "sparc64"`. Releases between the ones read (1.20, 1.24, 1.25) are "unknown" for the pairs that changed,
 * and releases after 1.26 are "unknown" for pairs no table lists when both names are real ones (a new port
 * may have arrived). Pure.
 */
import { compare } from '../../core/version.js';

/** Accepted by every release read (1.19 … 1.26). */
const ALWAYS = new Set([
  'aix/ppc64',
  'android/386',
  'android/amd64',
  'android/arm',
  'android/arm64',
  'darwin/amd64',
  'darwin/arm64',
  'dragonfly/amd64',
  'freebsd/386',
  'freebsd/amd64',
  'freebsd/arm',
  'freebsd/arm64',
  'illumos/amd64',
  'ios/amd64',
  'ios/arm64',
  'js/wasm',
  'linux/386',
  'linux/amd64',
  'linux/arm',
  'linux/arm64',
  'linux/loong64',
  'linux/mips',
  'linux/mips64',
  'linux/mips64le',
  'linux/mipsle',
  'linux/ppc64',
  'linux/ppc64le',
  'linux/riscv64',
  'linux/s390x',
  'netbsd/386',
  'netbsd/amd64',
  'netbsd/arm',
  'netbsd/arm64',
  'openbsd/386',
  'openbsd/amd64',
  'openbsd/arm',
  'openbsd/arm64',
  'openbsd/mips64',
  'plan9/386',
  'plan9/amd64',
  'plan9/arm',
  'solaris/amd64',
  'windows/386',
  'windows/amd64',
  'windows/arm64',
]);

interface Changed {
  /** Accepted from this release on (inclusive); undefined = always. */
  since?: string;
  /** Not accepted from this release on. */
  until?: string;
  /** Releases in [from, to) were not read, so the answer there is unknown. */
  unknown: [string, string];
}

const CHANGED: Record<string, Changed> = {
  'freebsd/riscv64': { since: '1.21', unknown: ['1.20', '1.21'] },
  'openbsd/ppc64': { since: '1.21', unknown: ['1.20', '1.21'] },
  'wasip1/wasm': { since: '1.21', unknown: ['1.20', '1.21'] },
  'openbsd/riscv64': { since: '1.23', unknown: ['1.23', '1.23'] },
  'windows/arm': { until: '1.26', unknown: ['1.24', '1.26'] },
};

/** The newest release whose table was read. */
const NEWEST_READ = '1.26';

const KNOWN_OS = new Set<string>();
const KNOWN_ARCH = new Set<string>();
for (const p of [...ALWAYS, ...Object.keys(CHANGED), 'linux/sparc64']) {
  const [os = '', arch = ''] = p.split('/');
  KNOWN_OS.add(os);
  KNOWN_ARCH.add(arch);
}

export type PairStatus = 'supported' | 'unsupported' | 'no-compiler' | 'unknown';

function before(v: string, x: string): boolean {
  return compare(v, x) < 0;
}

/** Whether `go build` accepts GOOS/GOARCH on this release (null: the newest rules). */
export function pairStatus(goos: string, goarch: string, version: string | null): PairStatus {
  const pair = `${goos}/${goarch}`;
  if (pair === 'linux/sparc64') return 'no-compiler';
  if (ALWAYS.has(pair)) return 'supported';
  const c = CHANGED[pair];
  if (c) {
    if (version === null) return c.until ? 'unsupported' : 'supported';
    const [from, to] = c.unknown;
    if (!before(version, from) && before(version, to)) return 'unknown';
    if (c.since && before(version, c.since)) return 'unsupported';
    if (c.until && !before(version, c.until)) return 'unsupported';
    return 'supported';
  }
  const newer = version !== null && compare(version, `${NEWEST_READ}.999`) > 0;
  if (newer && KNOWN_OS.has(goos) && KNOWN_ARCH.has(goarch)) return 'unknown';
  return 'unsupported';
}

export function isKnownGoos(goos: string): boolean {
  return KNOWN_OS.has(goos);
}

export function isKnownGoarch(goarch: string): boolean {
  return KNOWN_ARCH.has(goarch);
}

/** Spellings people use for GOOS/GOARCH values, mapped to Go's names. */
const GOOS_ALIASES: Record<string, string> = {
  macos: 'darwin',
  osx: 'darwin',
  mac: 'darwin',
  macosx: 'darwin',
  win: 'windows',
  win32: 'windows',
  win64: 'windows',
  sunos: 'solaris',
};

const GOARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  x64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  arm64e: 'arm64',
  i386: '386',
  i686: '386',
  x86: '386',
  armv7: 'arm',
  armv7l: 'arm',
  armv6l: 'arm',
  armhf: 'arm',
  ppc64el: 'ppc64le',
  loongarch64: 'loong64',
  riscv: 'riscv64',
};

/** What the user probably meant, or null. */
export function suggestGoos(goos: string): string | null {
  if (isKnownGoos(goos)) return null;
  const lower = goos.trim().toLowerCase();
  if (isKnownGoos(lower)) return lower;
  return GOOS_ALIASES[lower] ?? null;
}

export function suggestGoarch(goarch: string): string | null {
  if (isKnownGoarch(goarch)) return null;
  const lower = goarch.trim().toLowerCase();
  if (isKnownGoarch(lower)) return lower;
  return GOARCH_ALIASES[lower] ?? null;
}
