import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { atLeast } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'delete-line': (d: { file: string; line: number | null }) =>
    `delete the GOWORK line from ${d.file}${d.line ? ` (line ${d.line})` : ''}`,
};

export default defineCheck({
  id: 'gowork-invalid',
  title: 'GOWORK is off, auto, empty, or names a readable go.work',
  group: 'modules',
  vars: ['GOWORK'],
  appliesTo: { go: { since: '1.18' } },
  docs: `
GOWORK selects the workspace file: "" or auto (look for go.work in the current directory and above), off
(no workspace), or the absolute path of a go.work file (modload.FindGoWork / InitWorkfile). It can only be
set in the environment (\`go env -w GOWORK=…\` says "go: GOWORK cannot be modified"), but a GOWORK line
written into the go env file by hand is read too.
- A relative path stops every go command that loads packages, even outside a module and even with
  GO111MODULE=off, and \`go env -json\` too: go1.21 and later say "go: invalid GOWORK: not an absolute
  path" (1.21–1.23 print "go: go: invalid GOWORK…"), go1.19 says "the path provided to GOWORK must be an
  absolute path".
- An absolute path that is missing or not a file stops module-mode commands: "go: reading go.work: open
  /x/none.work: no such file or directory" ("read /x: is a directory" for a directory; 1.19 prints it
  without the "go: " prefix). With GO111MODULE=off it is not read.
Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios gowork-relative,
gowork-missing-file and gowork-off.
`,
  messages: {
    relative: {
      message: (d: { value: string; origin: string; goMessage: string }) =>
        `GOWORK is ${d.value} (${d.origin}), which is not an absolute path.`,
      why: (d: { value: string; origin: string; goMessage: string }) =>
        `Every build, test, install and mod download fails with "${d.goMessage}". Use an absolute path to a go.work file, or off, or remove GOWORK.`,
    },
    missing: {
      message: (d: { value: string; origin: string; path: string }) =>
        `GOWORK is ${d.value} (${d.origin}), but there is no such file.`,
      why: (d: { value: string; origin: string; path: string }) =>
        `Every build, test, install and mod download fails with "go: reading go.work: open ${d.path}: no such file or directory". Point GOWORK at an existing go.work, or remove it.`,
    },
    'not-a-file': {
      message: (d: { value: string; origin: string; path: string; kind: string }) =>
        `GOWORK is ${d.value} (${d.origin}), which is a ${d.kind}, not a go.work file.`,
      why: (d: { value: string; origin: string; path: string; kind: string }) =>
        `Every build, test, install and mod download fails with "go: reading go.work: read ${d.path}: is a directory". Point GOWORK at the go.work file itself.`,
    },
    unreadable: {
      message: (d: { value: string; origin: string; error: string }) =>
        `GOWORK is ${d.value} (${d.origin}), which cannot be read (${d.error}).`,
      why: () => 'Every build, test, install and mod download fails with "go: reading go.work: …".',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOWORK');
    const v = s.value;
    if (v === '' || v === 'auto' || v === 'off') return;
    // GOWORK cannot be changed with go env -w/-u: a value in the file is removed by editing the file.
    const fixes: Fix[] = [];
    if (s.env !== undefined && s.env !== '') fixes.push({ kind: 'unset-env', var: 'GOWORK' });
    if (s.envFile?.file)
      fixes.push(adviceFix(ADVICE, 'delete-line', { file: s.envFile.file, line: s.envFile.line ?? null }));
    const base = { value: show(v), origin: origin(s) };
    if (!ctx.path.isAbsolute(v)) {
      const old = ctx.goVersion !== null && !atLeast(ctx.goVersion, '1.21');
      const goMessage = old
        ? 'the path provided to GOWORK must be an absolute path'
        : 'go: invalid GOWORK: not an absolute path';
      report('relative', 'error', { ...base, goMessage }, { fixes });
      return;
    }
    if (ctx.setting('GO111MODULE').value === 'off') return;
    const info = ctx.pathInfo('GOWORK');
    if (!info) return;
    if (info.kind === 'missing') report('missing', 'error', { ...base, path: v }, { fixes });
    else if (info.kind === 'dir')
      report('not-a-file', 'error', { ...base, path: v, kind: 'directory' }, { fixes });
    else if (info.readable === false || (info.error !== undefined && info.kind !== 'file'))
      report('unreadable', 'error', { ...base, error: info.error ?? 'permission denied' }, { fixes });
  },
});
