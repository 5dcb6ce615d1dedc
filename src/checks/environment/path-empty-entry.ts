import { defineCheck } from '../../core/check.js';
import { UNIX } from '../../core/facts.js';
import { adviceFix } from '../../core/fix.js';
import { pathEntries } from '../_lib/pathlist.js';

type Where = 'leading' | 'trailing' | 'inner';

type Data = { count: number; where: readonly Where[] };

const WHERE: Record<Where, string> = {
  leading: 'a leading ":"',
  trailing: 'a trailing ":"',
  inner: '"::"',
};

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  remove: () =>
    'remove the empty entries (leading, trailing or doubled ":") where your shell startup files build PATH',
};

export default defineCheck({
  id: 'path-empty-entry',
  title: 'PATH has no empty entries',
  group: 'environment',
  vars: ['PATH'],
  appliesTo: { os: UNIX },
  docs: `
An empty PATH element (a leading or trailing ":" or "::", usually from \`PATH=$PATH:$EXTRA\` with an
empty variable) means the current directory to POSIX shells and execvp: a \`go\`, \`gcc\` or \`git\`
lying in whatever directory you are in runs instead of the real one. Go's own exec.LookPath maps it to
"." too, and since Go 1.19 refuses what it finds there (exec.ErrDot); the go command therefore does not
use a C compiler found only that way: with go1.21.13, 1.22.12, 1.23.5 and 1.26.8, a gcc reachable only through an
empty entry leaves CGO_ENABLED=0, and CGO_ENABLED=1 builds fail with \`cgo: C compiler "gcc" not found:
exec: "gcc": executable file not found in $PATH\` (go1.19.8 still used it). Builds work otherwise, so this
is a warning. Verified by the scenario path-empty-entry on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8.
`,
  messages: {
    empty: {
      message: (d: Data) =>
        `PATH has ${d.count === 1 ? 'an empty entry' : `${d.count} empty entries`} (${d.where.map((w) => WHERE[w]).join(', ')}), which the shell reads as the current directory.`,
      why: () =>
        'Shells then run programs from whatever directory you are in (a stray ./go or ./gcc wins over the real one), while Go-based tools refuse them ("exec: ... cannot run executable found relative to current directory" or "executable file not found in $PATH"), so the same command behaves differently in a terminal and under go. Remove the empty entries; write "." explicitly if you really want it.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const entries = pathEntries(ctx);
    if (!entries || entries.length === 0) return;
    const last = entries.length - 1;
    const where = new Set<Where>();
    let count = 0;
    for (const e of entries) {
      if (e.entry !== '') continue;
      count++;
      where.add(e.index === 0 ? 'leading' : e.index === last ? 'trailing' : 'inner');
    }
    if (count === 0) return;
    // PATH="" (one empty element) is no PATH at all; go-missing and friends report that.
    if (entries.length === 1) return;
    report(
      'empty',
      'warning',
      { count, where: [...where] },
      {
        fixes: [adviceFix(ADVICE, 'remove')],
      },
    );
  },
});
