import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { gocacheCauseVars } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  move: () => 'Set GOCACHE to a directory on a file system mounted without noexec.',
};

export default defineCheck({
  id: 'gocache-noexec',
  title: 'The build cache allows running cached programs',
  group: 'cache',
  vars: ['GOCACHE'],
  appliesTo: {
    go: { since: '1.24' },
    os: ['linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'illumos', 'solaris'],
  },
  docs: `
Since Go 1.24, executables built by \`go run\` (and by \`go tool\` for tools declared in go.mod) are cached
in the build cache (go1.24 release notes, golang/go#69290), and a repeated \`go run\` of an unchanged
program executes the cached binary straight from GOCACHE. When GOCACHE is on a file system mounted
\`noexec\`, the first \`go run\` works (it runs the binary from the work directory) and every later one fails:

    fork/exec /cache/go-build/91/91f7…-d/hello: permission denied

Before Go 1.24 nothing is executed from the build cache, and go build, test and install never are.
Verified with go1.26.8 (fails) and go1.23.5, 1.22.12, 1.21.13, 1.19.8 (works) by the scenario
gocache-noexec, which runs \`go run .\` twice.
`,
  messages: {
    noexec: {
      message: (d: { value: string; origin: string; mount: string }) =>
        `GOCACHE ${d.value} (${d.origin}) is on a noexec mount (${d.mount}), so a repeated go run fails.`,
      why: () =>
        'Since Go 1.24, go run caches the program it builds and runs it from GOCACHE the next time: "fork/exec $GOCACHE/…/<name>: permission denied". Move GOCACHE to a file system that allows execution.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOCACHE');
    if (s.value === 'off' || !goIsAbs(ctx.os, s.value)) return;
    const info = ctx.pathInfo('GOCACHE');
    if (info?.volume?.noexec !== true || info.volume.readOnly) return;
    const fixes = ctx.fixSetting('GOCACHE', null);
    fixes.push(adviceFix(ADVICE, 'move'));
    report(
      'noexec',
      'error',
      { value: show(s.value), origin: origin(s), mount: show(info.volume.mountPoint ?? '?') },
      { fixes, vars: gocacheCauseVars(s) },
    );
  },
});
