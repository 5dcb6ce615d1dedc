import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { gocacheBrokenByHome, gocacheCauseVars } from '../_lib/cache.js';
import { dirProblem, goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

type Kind = 'not-dir' | 'parent-not-dir' | 'dangling' | 'loop';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  remove: (d: { path: string }) =>
    `Remove or rename ${d.path}, or set GOCACHE to an absolute directory path.`,
};

export default defineCheck({
  id: 'gocache-not-dir',
  title: 'GOCACHE names a directory (or a path where one can be made)',
  group: 'cache',
  vars: ['GOCACHE'],
  appliesTo: { go: { since: '1.12' } },
  docs: `
The go command creates GOCACHE with os.MkdirAll before every build (cmd/go/internal/cache/default.go,
initDefaultCache). When the path exists but is not a directory, every build, test and install fails:

- a regular file or a device such as /dev/null:
  \`failed to initialize build cache at /dev/null: mkdir /dev/null: not a directory\`
- a path under a regular file (GOCACHE=/tmp/file/sub):
  \`failed to initialize build cache at /tmp/file/sub: mkdir /tmp/file: not a directory\`
- a dangling symbolic link: \`failed to initialize build cache at X: mkdir X: file exists\`

Setting GOCACHE=/dev/null does not disable the cache quietly (a false claim in the seeds): it fails loudly.
\`go mod download\` is not affected. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios
gocache-devnull, gocache-file, gocache-under-file, gocache-dangling-link).
`,
  messages: {
    bad: {
      message: (d: { value: string; origin: string; kind: Kind; target: string }) => {
        const what =
          d.kind === 'not-dir'
            ? 'is not a directory'
            : d.kind === 'parent-not-dir'
              ? 'lies under a file, not a directory'
              : d.kind === 'dangling'
                ? `is a symbolic link to ${d.target}, which does not exist`
                : 'is a symbolic link loop';
        return `GOCACHE ${d.value} (${d.origin}) ${what}, so every build fails.`;
      },
      why: (d: { kind: Kind }) =>
        `go build, test and install create the build cache first and stop with "failed to initialize build cache at ...: ${
          d.kind === 'dangling' || d.kind === 'loop' ? 'mkdir ...: file exists' : 'mkdir ...: not a directory'
        }". Point GOCACHE at a directory (or a path where one can be created), or remove the setting to use the default.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOCACHE');
    const value = s.value;
    if (value === '' || value === 'off' || !goIsAbs(ctx.os, value)) return;
    if (gocacheBrokenByHome(ctx)) return;
    const info = ctx.pathInfo('GOCACHE');
    const problem = dirProblem(info);
    let kind: Kind;
    if (problem === 'loop') kind = 'loop';
    else if (problem === 'dangling') kind = 'dangling';
    else if (problem === 'not-dir') kind = info?.kind === 'missing' ? 'parent-not-dir' : 'not-dir';
    else return;
    const fixes = ctx.fixSetting('GOCACHE', null);
    if (fixes.length === 0) {
      fixes.push(adviceFix(ADVICE, 'remove', { path: value }));
    }
    report(
      'bad',
      'error',
      { value: show(value), origin: origin(s), kind, target: show(info?.symlink?.target ?? '') },
      { fixes, vars: gocacheCauseVars(s) },
    );
  },
});
