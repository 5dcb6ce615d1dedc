/**
 * $GOFLAGS as the go command reads it (src/cmd/go/internal/base/goflags.go), over the per-release table of
 * flags made by scripts/gen-goflags.mjs (goflags-table.ts). Pure.
 *
 *   1. Split: quoted.Split (src/cmd/internal/quoted) where the release has it — fields separated by
 *      space, tab, CR or LF; a field that starts with ' or " runs to the same quote, with no escapes;
 *      quotes elsewhere are ordinary characters — otherwise strings.Fields (go1.19).
 *   2. InitGOFLAGS, for every go command but `go env` and `go bug`: each field must look like -x, --x,
 *      -x=v or --x=v ("non-flag"), and some go subcommand must define x ("unknown flag").
 *   3. SetFromGOFLAGS, per command: a flag the command does not define is skipped; a boolean takes
 *      -x or -x=bool; any other flag needs "=value", and its Set may refuse the value.
 */
import { compare } from '../../core/version.js';
import { GOFLAGS_COMMANDS, GOFLAGS_TABLE, type GoflagsRelease } from './goflags-table.js';

export type GoflagsCommand = (typeof GOFLAGS_COMMANDS)[number];

/** The commands whose failure is an error (the common ones); the others only warn. */
export const COMMON_COMMANDS: readonly GoflagsCommand[] = ['mod download', 'build', 'test', 'install'];

/** The table entry for a release: the same release, else the nearest lower one, else the oldest. */
export function goflagsRelease(version: string | null): GoflagsRelease {
  const table = [...GOFLAGS_TABLE].sort((a, b) => compare(a.version, b.version));
  const newest = table[table.length - 1];
  const oldest = table[0];
  if (!newest || !oldest) throw new Error('goflags-table.ts is empty; run scripts/gen-goflags.mjs');
  if (version === null) return newest;
  let best: GoflagsRelease | undefined;
  for (const r of table) {
    if (compare(r.version, version) <= 0 || sameMinor(r.version, version)) best = r;
  }
  return best ?? oldest;
}

function sameMinor(a: string, b: string): boolean {
  const m = (v: string) => v.split('.').slice(0, 2).join('.');
  return m(a) === m(b);
}

/** quoted.Split: null when a quoted field is not closed. */
export function quotedSplit(s: string): { fields: string[] } | { unterminated: string } {
  const fields: string[] = [];
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) break;
    const c = s[i];
    if (c === '"' || c === "'") {
      const end = s.indexOf(c, i + 1);
      if (end < 0) return { unterminated: c };
      fields.push(s.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !isSpace(s[j])) j++;
    fields.push(s.slice(i, j));
    i = j;
  }
  return { fields };
}

/** strings.Fields: split around runs of Unicode white space. */
export function fieldsSplit(s: string): string[] {
  return s.split(/[\s\u0085\u00a0]+/u).filter((f) => f !== '');
}

export interface GoflagsEntry {
  /** The field as split from $GOFLAGS. */
  raw: string;
  /** The flag name without dashes and value ('' for a non-flag). */
  name: string;
  value: string | null;
}

export type EntryProblem =
  | { kind: 'non-flag'; entry: GoflagsEntry }
  | { kind: 'unknown'; entry: GoflagsEntry }
  /** Per command, what that command makes of the entry when it fails. */
  | {
      kind: 'bad-value';
      entry: GoflagsEntry;
      reason: 'needs-value' | 'bad-bool' | 'bad-int' | 'bad-duration' | 'bad-per-package' | 'bad-checked';
      /** Commands (GOFLAGS_COMMANDS) that fail on it. */
      commands: GoflagsCommand[];
      /** Why the value is refused (per-package and checked flags), in go's words. */
      detail?: string;
    };

export interface GoflagsAnalysis {
  release: GoflagsRelease;
  /** The split failed: go says "go: parsing $GOFLAGS: unterminated ' string". */
  unterminated?: string;
  entries: GoflagsEntry[];
  problems: EntryProblem[];
}

const PARSE_BOOL = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseInt(s, 0, 64) syntax (range is not checked). */
export function isGoInt(s: string): boolean {
  return /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0(?:_?[0-7])*|[1-9](?:_?[0-9])*)$/.test(
    s,
  );
}

/** time.ParseDuration syntax. */
export function isGoDuration(s: string): boolean {
  return /^[+-]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/u.test(s);
}

/** load.PerPackageFlag.set: why the value is refused, or null. */
export function perPackageProblem(value: string): string | null {
  let v = value.trim();
  if (v === '') return null;
  if (!v.startsWith('-')) {
    const i = v.indexOf('=');
    if (i < 0) return 'missing =<value> in <pattern>=<value>';
    if (i === 0) return 'missing <pattern> in <pattern>=<value>';
    if (v[0] === "'" || v[0] === '"') return `parameter may not start with quote character ${v[0]}`;
    v = v.slice(i + 1);
  }
  const split = quotedSplit(v);
  if ('unterminated' in split) return `unterminated ${split.unterminated} string`;
  return null;
}

const isDecimal = (v: string) => /^[+-]?\d+$/.test(v);
const shuffle = (v: string) =>
  v === 'on' || v === 'off' || isDecimal(v) ? null : '-shuffle argument must be "on", "off", or an int64';

/**
 * The flags the table marks "c" (their Set checks the value in its own way), with the values they
 * accept; a "c" flag not listed here (-vet) is never reported. Verified with go1.19.8, 1.21.13, 1.23.5
 * and 1.26.8 (`GOFLAGS=-compiler=foo go test`: 'invalid value "foo" for flag -compiler (from $GOFLAGS):
 * unknown compiler "foo"'; -C in GOFLAGS is refused whatever its value, since Go 1.20 added it).
 */
const CHECKED: Readonly<Record<string, (v: string) => string | null>> = {
  C: () => '-C flag must be first flag on command line',
  compiler: (v) => (v === 'gc' || v === 'gccgo' ? null : `unknown compiler "${v}"`),
  covermode: (v) =>
    ['', 'set', 'count', 'atomic'].includes(v) ? null : 'valid modes are "set", "count", or "atomic"',
  shuffle,
  'test.shuffle': shuffle,
};

/** base.InitGOFLAGS's shape test. */
function isNonFlag(f: string): boolean {
  return (
    !f.startsWith('-') ||
    f === '-' ||
    f === '--' ||
    f.startsWith('---') ||
    f.startsWith('-=') ||
    f.startsWith('--=')
  );
}

function toEntry(raw: string): GoflagsEntry {
  if (isNonFlag(raw)) return { raw, name: '', value: null };
  let name = raw.slice(raw.startsWith('--') ? 2 : 1);
  let value: string | null = null;
  const eq = name.indexOf('=');
  if (eq >= 0) {
    value = name.slice(eq + 1);
    name = name.slice(0, eq);
  }
  return { raw, name, value };
}

/** How the given commands parse one known entry; the failing commands grouped by reason. */
function perCommand(release: GoflagsRelease, entry: GoflagsEntry): EntryProblem[] {
  const code = release.flags[entry.name] ?? '';
  const byReason = new Map<string, { commands: GoflagsCommand[]; detail?: string }>();
  GOFLAGS_COMMANDS.forEach((cmd, i) => {
    const k = code[i] ?? '.';
    if (k === '.') return;
    let reason: string | null = null;
    let detail: string | undefined;
    const v = entry.value;
    if (k === 'b') {
      if (v !== null && !PARSE_BOOL.has(v) && !(release.boolExtra[entry.name] ?? []).includes(v))
        reason = 'bad-bool';
    } else if (v === null) {
      reason = 'needs-value';
    } else if (k === 'i' && !isGoInt(v)) {
      reason = 'bad-int';
    } else if (k === 'd' && !isGoDuration(v)) {
      reason = 'bad-duration';
    } else if (k === 'p') {
      const why = perPackageProblem(v);
      if (why !== null) {
        reason = 'bad-per-package';
        detail = why;
      }
    } else if (k === 'c') {
      const why = CHECKED[entry.name]?.(v) ?? null;
      if (why !== null) {
        reason = 'bad-checked';
        detail = why;
      }
    }
    if (reason === null) return;
    const slot = byReason.get(reason) ?? { commands: [] };
    slot.commands.push(cmd);
    if (detail !== undefined) slot.detail = detail;
    byReason.set(reason, slot);
  });
  return [...byReason].map(([reason, slot]) => {
    const p: EntryProblem = {
      kind: 'bad-value',
      entry,
      reason: reason as 'needs-value',
      commands: slot.commands,
    };
    if (slot.detail !== undefined) p.detail = slot.detail;
    return p;
  });
}

/** Splits and checks $GOFLAGS the way the given release of the go command does. */
export function analyzeGoflags(value: string, version: string | null): GoflagsAnalysis {
  const release = goflagsRelease(version);
  let fields: string[];
  if (release.quoted) {
    const split = quotedSplit(value);
    if ('unterminated' in split)
      return { release, unterminated: split.unterminated, entries: [], problems: [] };
    fields = split.fields;
  } else {
    fields = fieldsSplit(value);
  }
  const entries = fields.map(toEntry);
  const problems: EntryProblem[] = [];
  for (const e of entries) {
    if (e.name === '') problems.push({ kind: 'non-flag', entry: e });
    else if (release.flags[e.name] === undefined) problems.push({ kind: 'unknown', entry: e });
    else problems.push(...perCommand(release, e));
  }
  return { release, entries, problems };
}

/** The value of the last -NAME entry (go applies them in order, so the last one wins), or undefined. */
export function lastValue(entries: readonly GoflagsEntry[], name: string): GoflagsEntry | undefined {
  let found: GoflagsEntry | undefined;
  for (const e of entries) if (e.name === name) found = e;
  return found;
}

/** A known flag close to an unknown name (a typo), or null. */
export function suggestFlag(release: GoflagsRelease, name: string): string | null {
  const lower = name.toLowerCase();
  if (release.flags[lower] !== undefined) return lower;
  if (name.length < 3) return null;
  let best: string | null = null;
  let bestD = 3;
  for (const known of Object.keys(release.flags)) {
    if (known.length < 3 || Math.abs(known.length - name.length) >= bestD) continue;
    const d = editDistance(lower, known);
    if (d < bestD) {
      best = known;
      bestD = d;
    }
  }
  return bestD <= (name.length <= 4 ? 1 : 2) ? best : null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
