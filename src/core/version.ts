/**
 * Go version strings, parsed and compared the way the go command does it
 * (src/internal/gover/gover.go): "1.21" < "1.21rc1" < "1.21.0" < "1.21.1".
 * Pure functions, no I/O.
 */

export interface GoVersion {
  major: string;
  minor: string;
  patch: string;
  kind: string;
  pre: string;
}

const EMPTY: GoVersion = { major: '', minor: '', patch: '', kind: '', pre: '' };

function cutInt(x: string): [string, string] | null {
  let i = 0;
  while (i < x.length && x.charCodeAt(i) >= 48 && x.charCodeAt(i) <= 57) i++;
  if (i === 0 || (x[0] === '0' && i !== 1)) return null;
  return [x.slice(0, i), x.slice(i)];
}

/** Parses a version without the "go" prefix ("1.21.3", "1.22rc1", "1.22"). Invalid input gives all-empty fields. */
export function parse(x: string): GoVersion {
  const v = { ...EMPTY };
  let cut = cutInt(x);
  if (!cut) return EMPTY;
  [v.major, x] = cut;
  if (x === '') {
    v.minor = '0';
    v.patch = '0';
    return v;
  }
  if (x[0] !== '.') return EMPTY;
  cut = cutInt(x.slice(1));
  if (!cut) return EMPTY;
  [v.minor, x] = cut;
  if (x === '') {
    // Before Go 1.21 a missing patch means ".0"; since 1.21 "1.21" is a language version, lower than 1.21.0.
    if (cmpInt(v.minor, '21') < 0) v.patch = '0';
    return v;
  }
  if (x[0] === '.') {
    cut = cutInt(x.slice(1));
    if (!cut || cut[1] !== '') return EMPTY;
    v.patch = cut[0];
    return v;
  }
  let i = 0;
  while (i < x.length && (x[i] ?? '0') >= 'a' && (x[i] ?? '0') <= 'z') i++;
  if (i === 0 || (i < x.length && !/[0-9]/.test(x[i] ?? ''))) return EMPTY;
  v.kind = x.slice(0, i);
  x = x.slice(i);
  if (x === '') return v;
  cut = cutInt(x);
  if (!cut || cut[1] !== '') return EMPTY;
  v.pre = cut[0];
  return v;
}

export function isValid(x: string): boolean {
  return parse(x).major !== '';
}

function cmpInt(x: string, y: string): number {
  if (x === y) return 0;
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : 1;
}

/** Compares two versions without the "go" prefix. Invalid versions sort lowest. */
export function compare(x: string, y: string): number {
  const a = parse(x);
  const b = parse(y);
  return (
    cmpInt(a.major, b.major) ||
    cmpInt(a.minor, b.minor) ||
    cmpInt(a.patch, b.patch) ||
    (a.kind === b.kind ? 0 : a.kind < b.kind ? -1 : 1) ||
    cmpInt(a.pre, b.pre)
  );
}

/** The language version: "1.21.3" -> "1.21". */
export function lang(x: string): string {
  const v = parse(x);
  if (v.minor === '' || (v.major === '1' && v.minor === '0')) return v.major;
  return `${v.major}.${v.minor}`;
}

/**
 * The version inside a toolchain name, as cmd/go/internal/gover.FromToolchain does it:
 * "go1.21.3" -> "1.21.3", "go1.21.3-custom" -> "1.21.3", anything else -> "".
 */
export function fromToolchain(name: string): string {
  if (/[\\/]/.test(name) || !name.startsWith('go')) return '';
  let v = name.slice(2);
  const i = v.search(/[ \t-]/);
  if (i >= 0) v = v.slice(0, i);
  return isValid(v) ? v : '';
}

/**
 * The version from `go version`/GOVERSION/VERSION-file text: "go1.23.5", "go1.23.5 X:nocoverageredesign",
 * "devel go1.24-abc +0000" -> "1.23.5" / "1.24". Returns "" when there is none.
 */
export function fromGoVersionText(text: string): string {
  const first = text.trim().split(/\r?\n/)[0] ?? '';
  for (const word of first.split(/\s+/)) {
    const v = fromToolchain(word);
    if (v) return v;
  }
  return '';
}

/** True when version x is at least min (both without "go"). */
export function atLeast(x: string, min: string): boolean {
  return compare(x, min) >= 0;
}

/** A language version, or a release, is a valid toolchain version for downloads only with a patch (1.21+). */
export function isReleaseVersion(x: string): boolean {
  const v = parse(x);
  if (v.major === '') return false;
  return v.patch !== '' || v.kind !== '';
}
