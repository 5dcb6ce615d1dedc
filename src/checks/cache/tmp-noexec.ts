import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { workDir, workDirProblem } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  gotmpdir: () => 'Set GOTMPDIR to an existing directory on a file system mounted without noexec.',
};

export default defineCheck({
  id: 'tmp-noexec',
  title: "The go command's work directory allows running programs",
  group: 'cache',
  vars: ['GOTMPDIR', 'TMPDIR'],
  appliesTo: { os: ['linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'illumos', 'solaris'] },
  docs: `
\`go test\` and \`go run\` link a binary into the work directory (os.MkdirTemp(GOTMPDIR, "go-build"), so
GOTMPDIR, else $TMPDIR, else /tmp) and execute it from there. When that directory is on a file system
mounted \`noexec\` (a hardened /tmp is a common case), go build and go install still work but every test
and every go run fails:

    fork/exec /tmp/go-build1342747086/b001/hello.test: permission denied
    FAIL	example.test/hello	0.003s

\`go run\` says \`fork/exec /tmp/go-build…/b001/exe/hello: permission denied\`. Setting GOTMPDIR to a
directory on a volume that allows execution fixes it (a noexec TMPDIR then no longer matters to go).
The mount options come from /proc/self/mountinfo, so the check runs where that exists.

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios gotmpdir-noexec, tmpdir-noexec,
tmpdir-noexec-gotmpdir-ok).
`,
  messages: {
    noexec: {
      message: (d: { var: string; dir: string; mount: string }) =>
        `The go work directory ${d.dir} ($${d.var}) is on a noexec mount (${d.mount}), so go test and go run cannot run what they build.`,
      why: () =>
        'go test and go run execute the binary they link in the work directory and fail with "fork/exec $WORK/b001/<name>.test: permission denied"; go build and go install are not affected. Set GOTMPDIR to a directory on a volume that allows execution.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const wd = workDir(ctx);
    if (!wd?.info || workDirProblem(wd.info) !== null) return;
    if (wd.info.volume?.noexec !== true) return;
    const fixes: Fix[] = [];
    const cache = ctx.setting('GOCACHE').value;
    const cacheInfo = ctx.pathInfo('GOCACHE');
    if (cache !== 'off' && goIsAbs(ctx.os, cache) && cacheInfo?.volume && cacheInfo.volume.noexec !== true) {
      const dir = ctx.path.join(ctx.path.dirname(cache), 'go-tmp');
      fixes.push({ kind: 'mkdir', path: dir });
      fixes.push(...ctx.fixSetting('GOTMPDIR', dir));
    } else {
      fixes.push(adviceFix(ADVICE, 'gotmpdir'));
    }
    report(
      'noexec',
      'error',
      { var: wd.var, dir: show(wd.dir), mount: show(wd.info.volume.mountPoint ?? '?') },
      { fixes, vars: [wd.var] },
    );
  },
});
