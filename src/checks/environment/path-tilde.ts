import { defineCheck } from '../../core/check.js';
import { UNIX } from '../../core/facts.js';
import type { Fix } from '../../core/fix.js';
import { expandTilde, isTildeEntry, pathEntries } from '../_lib/pathlist.js';
import { show } from '../_lib/text.js';

type Data = { entries: readonly string[]; bashOnly: boolean };

export default defineCheck({
  id: 'path-tilde',
  title: 'No PATH entry contains a literal "~"',
  group: 'environment',
  vars: ['PATH'],
  appliesTo: { os: UNIX },
  docs: `
\`export PATH="~/go/bin:$PATH"\` keeps the "~" literally, because shells expand it only unquoted at the
start of a word. Only bash (not in POSIX mode) expands a "~" while searching PATH; dash, bash --posix,
zsh, fish, execvp and Go's exec.LookPath do not (verified here: a command in ~/tbin was found by bash and
"not found" by the others, and Go's LookPath reported "executable file not found in $PATH"). So the
directory seems to work in an interactive bash, while editors, IDEs, \`go generate\`, Makefiles run by
sh and every other shell cannot find what \`go install\` put there. A warning: go itself still works.
Verified by the scenario path-tilde (go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 succeed).
`,
  messages: {
    tilde: {
      message: (d: Data) =>
        `PATH has ${d.entries.length === 1 ? 'an entry' : 'entries'} with a literal "~": ${d.entries.join(', ')}.`,
      why: (d: Data) =>
        `Only bash expands "~" during PATH lookup${d.bashOnly ? ' (your shell is bash, so it seems to work in the terminal)' : ''}; sh, zsh, fish, editors and Go programs treat it as a directory named "~" relative to the current directory, so commands installed there are not found. Write $HOME instead of ~ (unquoted ~ also works).`,
    },
  },
  run(ctx, report) {
    const entries = pathEntries(ctx);
    if (!entries) return;
    const bad = [...new Set(entries.map((e) => e.entry).filter(isTildeEntry))];
    if (bad.length === 0) return;
    const fixes: Fix[] = [];
    for (const entry of bad) {
      const expanded = expandTilde(ctx, entry);
      fixes.push({ kind: 'path-remove', entry });
      if (expanded) fixes.push({ kind: 'path-add', dir: expanded, position: 'prepend' });
    }
    report(
      'tilde',
      'warning',
      { entries: bad.map(show), bashOnly: ctx.facts.host.shell === 'bash' },
      { fixes },
    );
  },
});
