import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { type WorkDirProblem, workDirGoMessage, workDirProblem, workDirProblemText } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

export default defineCheck({
  id: 'gotmpdir-invalid',
  title: 'GOTMPDIR, when set, is a writable directory',
  group: 'cache',
  vars: ['GOTMPDIR'],
  docs: `
Every build creates its work directory with os.MkdirTemp(GOTMPDIR, "go-build")
(cmd/go/internal/work/action.go, NewBuilder). The go command does not create GOTMPDIR and does not
validate it when it comes from the environment, so go build, test and install (not go mod download) fail:

- missing: \`go: creating work dir: stat /tmp/x/nonexist: no such file or directory\`
- a file: \`go: creating work dir: mkdir /tmp/x/file/go-build123: not a directory\`
- read-only: \`go: creating work dir: mkdir /ro/go-build123: read-only file system\`
  (\`permission denied\` without write permission)

\`go env -w GOTMPDIR=rel\` is refused (\`go: GOTMPDIR must be an absolute path\`), but a relative GOTMPDIR
from the environment is accepted and resolved against the current directory of each go command: it works
where that directory exists (a warning: it breaks in every other directory) and fails with
\`go: creating work dir: stat rel: no such file or directory\` elsewhere.

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios gotmpdir-missing, gotmpdir-file,
gotmpdir-readonly, gotmpdir-relative-existing, gotmpdir-relative-missing).
`,
  messages: {
    invalid: {
      message: (d: { value: string; origin: string; problem: string }) =>
        `GOTMPDIR ${d.value} (${d.origin}) ${d.problem}, so builds cannot create their work directory.`,
      why: (d: { goMessage: string }) =>
        `go build, test and install stop with "${d.goMessage}". go mod download still works.`,
    },
    relative: {
      message: (d: { value: string; origin: string }) =>
        `GOTMPDIR ${d.value} (${d.origin}) is relative: go resolves it against the current directory of each command.`,
      why: (d: { value: string }) =>
        `It works here because the directory exists, but go build fails in any directory without it with "go: creating work dir: stat ${d.value}: no such file or directory". go env -w refuses relative values for this reason.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOTMPDIR');
    const value = s.value;
    if (value === '') return;
    const info = ctx.pathInfo('GOTMPDIR');
    const problem: WorkDirProblem | null = workDirProblem(info);
    const absolute = goIsAbs(ctx.os, value);
    const fixes: Fix[] = ctx.fixSetting('GOTMPDIR', null);
    if (problem === null) {
      if (!absolute && info) {
        report('relative', 'warning', { value: show(value), origin: origin(s) }, { fixes });
      }
      return;
    }
    if (problem === 'missing' && absolute) fixes.unshift({ kind: 'mkdir', path: value });
    report(
      'invalid',
      'error',
      {
        value: show(value),
        origin: origin(s),
        problem: workDirProblemText(problem),
        goMessage: workDirGoMessage(problem, value),
      },
      { fixes },
    );
  },
});
