import { defineCheck } from '../../core/check.js';
import { cleanPath, gorootOf, repairedGopath } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

type Data = { entries: readonly string[]; first: string; origin: string };

export default defineCheck({
  id: 'gopath-tilde',
  title: 'No GOPATH entry starts with "~"',
  group: 'gopath',
  vars: ['GOPATH'],
  docs: `
A "~" is expanded by shells only where they see it unquoted (\`export GOPATH="~/go"\` keeps it literal;
so does a go env file). The go command never expands it: before any subcommand it checks each GOPATH
entry (src/cmd/go/main.go) and every command fails with exit status 2:

    go: GOPATH entry cannot start with shell metacharacter '~': "~/go"

Only a leading "~" counts ("/tmp/git-1.8.2~rc3" and "C:\\PROGRA~1" are fine). \`go env -w\` refuses such a
value with the same message, but a hand-edited go env file is read. A GOPATH inferred from a HOME that
starts with "~" fails the same way; home-relative reports that case. Verified on go1.19.8, 1.21.13,
1.22.12, 1.23.5 and 1.26.8 by the scenario gopath-tilde-env.
`,
  messages: {
    tilde: {
      message: (d: Data) =>
        `GOPATH has ${d.entries.length === 1 ? 'an entry' : 'entries'} starting with "~" (${d.entries.join(', ')}, ${d.origin}), so every go command fails.`,
      why: (d: Data) =>
        `The go command does not expand "~" and stops before doing anything: "go: GOPATH entry cannot start with shell metacharacter '~': ${d.first}" (exit status 2). Write the home directory out, or let the shell expand it (no quotes around ~).`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOPATH');
    if (s.source !== 'env' && s.source !== 'envfile') return;
    const goroot = gorootOf(ctx);
    if (goroot !== '' && cleanPath(ctx, s.value) === cleanPath(ctx, goroot)) return;
    const entries = ctx.splitList(s.value);
    const bad = entries.filter((e) => e.startsWith('~'));
    if (bad.length === 0) return;
    const repaired = repairedGopath(ctx, entries);
    report(
      'tilde',
      'error',
      { entries: bad.map(show), first: show(bad[0] ?? ''), origin: origin(s) },
      { fixes: ctx.fixSetting('GOPATH', repaired === '' ? null : repaired) },
    );
  },
});
