import { defineCheck } from '../../core/check.js';
import { cleanPath, goIsAbs, gorootOf, repairedGopath } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

type Data = { entries: readonly string[]; first: string; origin: string };

export default defineCheck({
  id: 'gopath-relative',
  title: 'Every GOPATH entry is an absolute path',
  group: 'gopath',
  vars: ['GOPATH'],
  docs: `
Before running any subcommand, the go command checks each GOPATH entry (src/cmd/go/main.go). A relative
entry that comes from $GOPATH or from the go env file stops every command, build and download alike, with
exit status 2:

    go: GOPATH entry is relative; must be absolute path: "relgopath".
    For more details see: 'go help gopath'

Empty list elements (":/a", "/a:") are skipped by this check; a leading empty element has another
effect, reported by gopath-empty. Entries starting with "~" get their own message (gopath-tilde). A
relative GOPATH that go inferred from a relative $HOME is dropped silently instead (home-relative).
\`go env -w GOPATH=rel\` refuses the value, but a hand-edited go env file line is read and fails the same
way. Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios gopath-relative-env and
gopath-relative-envfile.
`,
  messages: {
    relative: {
      message: (d: Data) =>
        `GOPATH has ${d.entries.length === 1 ? 'a relative entry' : 'relative entries'} ${d.entries.join(', ')} (${d.origin}), so every go command fails.`,
      why: (d: Data) =>
        `The go command refuses relative GOPATH entries before doing anything: "go: GOPATH entry is relative; must be absolute path: ${d.first}." (exit status 2). Use absolute paths, or unset GOPATH to get the default $HOME/go.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOPATH');
    if (s.source !== 'env' && s.source !== 'envfile') return;
    const value = s.value;
    // go skips the per-entry checks when the whole value is GOROOT (gopath-equals-goroot reports that).
    const goroot = gorootOf(ctx);
    if (goroot !== '' && cleanPath(ctx, value) === cleanPath(ctx, goroot)) return;
    const entries = ctx.splitList(value);
    const bad = entries.filter((e) => e !== '' && !e.startsWith('~') && !goIsAbs(ctx.os, e));
    if (bad.length === 0) return;
    const repaired = repairedGopath(ctx, entries);
    report(
      'relative',
      'error',
      { entries: bad.map(show), first: show(bad[0] ?? ''), origin: origin(s) },
      { fixes: ctx.fixSetting('GOPATH', repaired === '' ? null : repaired) },
    );
  },
});
