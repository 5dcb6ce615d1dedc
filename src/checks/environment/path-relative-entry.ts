import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { goIsAbs } from '../_lib/gopath.js';
import { isTildeEntry, pathEntries } from '../_lib/pathlist.js';
import { show } from '../_lib/text.js';

type Data = { entries: readonly string[] };

export default defineCheck({
  id: 'path-relative-entry',
  title: 'Every PATH entry is an absolute path',
  group: 'environment',
  vars: ['PATH'],
  docs: `
A relative PATH entry (".", "bin", "node_modules/.bin") is resolved against the current directory at
every lookup, so what runs depends on where you are, and any directory you cd into can supply a \`go\`
or \`gcc\`. Go's os/exec refuses such results since Go 1.19 with
\`exec: "prog": cannot run executable found relative to current directory\` (exec.ErrDot), and the go
command does not use a C compiler found only that way: with go1.21.13, 1.22.12, 1.23.5 and 1.26.8 a gcc reachable
only through "." or "relbin" leaves CGO_ENABLED=0 by default, and CGO_ENABLED=1 builds fail with
\`cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH\` (go1.19.8 still used
it). Builds otherwise work, so this is a warning. Empty entries (path-empty-entry) and entries starting
with "~" (path-tilde) are reported by their own checks. Verified by the scenario path-relative-entry on
go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8.
`,
  messages: {
    relative: {
      message: (d: Data) =>
        `PATH has ${d.entries.length === 1 ? 'a relative entry' : 'relative entries'}: ${d.entries.join(', ')}.`,
      why: () =>
        'They are looked up from the current directory, so commands change with where you are, and Go refuses programs found through them ("cannot run executable found relative to current directory"): since Go 1.21 a C compiler found only this way is ignored and cgo turns off. Use absolute directories.',
    },
  },
  run(ctx, report) {
    const entries = pathEntries(ctx);
    if (!entries) return;
    const tildeIsOwn = ctx.os !== 'windows';
    const bad = entries
      .map((e) => e.entry)
      .filter((e) => e !== '' && !(tildeIsOwn && isTildeEntry(e)) && !goIsAbs(ctx.os, e));
    if (bad.length === 0) return;
    const unique = [...new Set(bad)];
    const fixes: Fix[] = unique.map((entry) => ({ kind: 'path-remove', entry }));
    report('relative', 'warning', { entries: unique.map(show) }, { fixes });
  },
});
