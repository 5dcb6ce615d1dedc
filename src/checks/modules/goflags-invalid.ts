import { defineCheck, type Severity } from '../../core/check.js';
import { COMMON_COMMANDS, type EntryProblem, type GoflagsEntry, suggestFlag } from '../_lib/goflags.js';
import { dropGoflags, goflagsOf, goflagsVar } from '../_lib/modmode.js';
import { joinWords, origin, show } from '../_lib/text.js';

type Reason = Extract<EntryProblem, { kind: 'bad-value' }>['reason'];

interface EntryData {
  entry: string;
  origin: string;
  where: string;
  hint: string;
}

interface ValueData extends EntryData {
  flag: string;
  value: string;
  reason: Reason;
  detail: string;
  commands: readonly string[];
}

/** go's message for a value a command refuses (base.SetFromGOFLAGS). */
export function goMessage(d: ValueData): string {
  const from = `(from ${d.where})`;
  switch (d.reason) {
    case 'needs-value':
      return `go: flag needs an argument: -${d.flag} ${from}`;
    case 'bad-bool':
      return `go: invalid boolean value ${d.value} for flag -${d.flag} ${from}: parse error`;
    case 'bad-int':
    case 'bad-duration':
      return `go: invalid value ${d.value} for flag -${d.flag} ${from}: parse error`;
    default:
      return `go: invalid value ${d.value} for flag -${d.flag} ${from}: ${d.detail}`;
  }
}

const WANTS: Record<Reason, string> = {
  'needs-value':
    'needs a value (write -flag=value: GOFLAGS entries cannot take the value as a separate word)',
  'bad-bool': 'takes only true or false',
  'bad-int': 'takes an integer',
  'bad-duration': 'takes a duration such as 30s or 10m',
  'bad-per-package': 'takes "-flags" or "pattern=-flags"',
  'bad-checked': 'does not accept this value',
};

export default defineCheck({
  id: 'goflags-invalid',
  title: 'Every GOFLAGS entry is a flag the go command accepts',
  group: 'modules',
  vars: ['GOFLAGS'],
  docs: `
GOFLAGS holds default flags for go commands (src/cmd/go/internal/base/goflags.go). The go command splits
it into fields — with quoted.Split in go1.21 and later (a field that starts with ' or " runs to the same
quote, no escapes), with plain white-space splitting in go1.19, where quotes are ordinary characters
(go1.20 was not tested and is treated like 1.19) — and then, for every command but \`go env\` and
\`go bug\`:
- each field must be -flag, --flag or -flag=value: \`go: parsing $GOFLAGS: non-flag "mod=mod"\`;
- some go subcommand must define the flag: \`go: parsing $GOFLAGS: unknown flag -bogus\`;
- a quote must be closed: \`go: parsing $GOFLAGS: unterminated ' string\`;
- a command that defines the flag parses its value: \`go: flag needs an argument: -tags (from $GOFLAGS)\`,
  \`go: invalid boolean value "maybe" for flag -trimpath (from $GOFLAGS): parse error\`,
  \`go: invalid value "abc" for flag -p (from $GOFLAGS): parse error\`. A command that does not define the
  flag skips it, so -count=x breaks go test but not go build.
These are errors when mod download, build, test or install fail, warnings when only other commands
(run, list, vet, get) do. \`go env\` hides them, and \`go env -w GOFLAGS=-bogus\` is accepted, so the
broken value is often in the go env file. The flags each release knows, and how each command parses
them, come from src/checks/_lib/goflags-table.ts, made by scripts/gen-goflags.mjs from the go source and
confirmed with each installed release (go1.19.8, 1.21.13, 1.22.12, 1.23.5, 1.26.8; a release not in the
table uses the nearest lower one). The scenarios goflags-unknown-envfile, goflags-nonflag,
goflags-needs-value, goflags-bad-bool, goflags-test-only and goflags-valid-several verify it.
`,
  messages: {
    unterminated: {
      message: (d: { value: string; origin: string; quote: string; where: string }) =>
        `GOFLAGS is ${d.value} (${d.origin}), with an unterminated ${d.quote} quote.`,
      why: (d: { value: string; origin: string; quote: string; where: string }) =>
        `Every go command except go env fails with "go: parsing ${d.where}: unterminated ${d.quote} string". Close the quote or remove it.`,
    },
    'non-flag': {
      message: (d: EntryData) =>
        `GOFLAGS (${d.origin}) contains ${d.entry}, which is not a flag.${d.hint ? ` ${d.hint}` : ''}`,
      why: (d: EntryData) =>
        `Every go command except go env fails with "go: parsing ${d.where}: non-flag ${d.entry}". Each GOFLAGS entry must be -flag or -flag=value.`,
    },
    unknown: {
      message: (d: EntryData & { flag: string }) =>
        `GOFLAGS (${d.origin}) sets -${d.flag}, which no go command defines.${d.hint ? ` ${d.hint}` : ''}`,
      why: (d: EntryData & { flag: string }) =>
        `Every go command except go env fails with "go: parsing ${d.where}: unknown flag -${d.flag}".`,
    },
    'bad-value': {
      message: (d: ValueData) =>
        `GOFLAGS (${d.origin}) has ${d.entry}, but -${d.flag} ${WANTS[d.reason]}, so go ${joinWords([...d.commands], 'and')} fail${d.commands.length === 1 ? 's' : ''}.`,
      why: (d: ValueData) =>
        `These commands stop with "${goMessage(d)}". Commands that do not define -${d.flag} skip it.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOFLAGS');
    if (s.value.trim() === '') return;
    const a = goflagsOf(ctx);
    const where = goflagsVar(ctx);
    const base = { origin: origin(s), where };
    if (a.unterminated !== undefined) {
      report(
        'unterminated',
        'error',
        { ...base, value: show(s.value), quote: a.unterminated },
        { fixes: ctx.fixSetting('GOFLAGS', null) },
      );
      return;
    }
    const bad = new Set<GoflagsEntry>(a.problems.map((p) => p.entry));
    const fixes = dropGoflags(ctx, a, (e) => bad.has(e));
    for (const p of a.problems) {
      const entry = show(p.entry.raw);
      if (p.kind === 'non-flag') {
        let hint = '';
        const raw = p.entry.raw;
        const eq = raw.indexOf('=');
        const name = eq >= 0 ? raw.slice(0, eq) : raw;
        if (!a.release.quoted && /^['"]/.test(raw)) {
          hint = `go${a.release.version.split('.').slice(0, 2).join('.')} does not understand quotes in GOFLAGS.`;
        } else if (a.release.flags[name] !== undefined) {
          hint = `Did you mean ${show(`-${raw}`)}?`;
        }
        report('non-flag', 'error', { ...base, entry, hint }, { fixes });
      } else if (p.kind === 'unknown') {
        const near = suggestFlag(a.release, p.entry.name);
        const hint = near ? `Did you mean -${near}?` : '';
        report('unknown', 'error', { ...base, entry, hint, flag: p.entry.name }, { fixes });
      } else {
        const common = p.commands.some((c) => COMMON_COMMANDS.includes(c));
        const severity: Severity = common ? 'error' : 'warning';
        report(
          'bad-value',
          severity,
          {
            ...base,
            entry,
            hint: '',
            flag: p.entry.name,
            value: show(p.entry.value ?? ''),
            reason: p.reason,
            detail: p.detail ?? '',
            commands: p.commands,
          },
          { fixes },
        );
      }
    }
  },
});
