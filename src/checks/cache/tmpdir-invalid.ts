import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { workDir, workDirGoMessage, workDirProblem, workDirProblemText } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  point: (d: { name: string }) =>
    `Point ${d.name} (or GOTMPDIR) at an existing directory this user can write.`,
};

export default defineCheck({
  id: 'tmpdir-invalid',
  title: 'The temporary directory exists and is writable',
  group: 'cache',
  vars: ['TMPDIR'],
  docs: `
With GOTMPDIR unset, the go command creates each build's work directory in os.TempDir(): $TMPDIR, else
/tmp on Unix (%TMP%, %TEMP%, … on Windows). The directory is not created for you, so with a missing,
non-directory or read-only temporary directory go build, test and install fail exactly like a bad
GOTMPDIR:

- \`go: creating work dir: stat /tmp/x/nonexist: no such file or directory\` (also for a relative TMPDIR
  that does not exist in the current directory, and for a missing /tmp in a minimal container);
- \`go: creating work dir: mkdir /tmp/x/file/go-build123: not a directory\`;
- \`go: creating work dir: mkdir /ro/go-build123: read-only file system\`.

\`go mod download\` is not affected. With a valid GOTMPDIR the go command's work directory is elsewhere and
go build of pure Go code works, but cgo still writes its compiler input to os.TempDir(): building any cgo
package that is not cached fails with \`cgo: open /tmp/x/nonexist/cgo-gcc-input-123: no such file or
directory\` (verified with go1.19.8 and 1.26.8). That case is a warning (CGO_ENABLED=0 silences it). Tests
calling t.TempDir also use os.TempDir() up to Go 1.23 (go1.26.8's testing package reads GOTMPDIR first).

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios tmpdir-missing, tmpdir-readonly,
tmpdir-file, tmpdir-missing-gotmpdir-ok).
`,
  messages: {
    invalid: {
      message: (d: { var: string; dir: string; problem: string; osDefault: boolean }) =>
        `The temporary directory ${d.dir} (${d.osDefault ? `the default, ${d.var} is unset` : `$${d.var}`}) ${d.problem}, so builds cannot create their work directory.`,
      why: (d: { goMessage: string }) =>
        `With GOTMPDIR unset, go build, test and install create their work directory there and stop with "${d.goMessage}".`,
    },
    cgo: {
      message: (d: { var: string; dir: string; problem: string; osDefault: boolean }) =>
        `The temporary directory ${d.dir} (${d.osDefault ? `the default, ${d.var} is unset` : `$${d.var}`}) ${d.problem}; GOTMPDIR keeps go's work directory elsewhere, but cgo still writes there.`,
      why: (d: { dir: string }) =>
        `Pure Go builds work, but compiling any cgo package that is not cached fails with "cgo: open ${d.dir}/cgo-gcc-input-…: no such file or directory" (or permission denied).`,
    },
    relative: {
      message: (d: { var: string; dir: string }) =>
        `$${d.var} ${d.dir} is relative: the temporary directory depends on the current directory of each command.`,
      why: (d: { dir: string }) =>
        `It works here because the directory exists, but go build fails in any directory without it with "go: creating work dir: stat ${d.dir}: no such file or directory".`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const wd = workDir(ctx);
    if (wd?.viaGotmpdir) {
      // With GOTMPDIR set, only cgo (cmd/cgo writes its gcc input to os.TempDir()) still uses TMPDIR.
      const info = ctx.pathInfo('TMPDIR');
      if (ctx.os === 'windows' || ctx.os === 'plan9' || !info) return;
      if (ctx.setting('CGO_ENABLED').value === '0') return;
      const problem = workDirProblem(info);
      if (problem === null) return;
      const set = (ctx.facts.env.TMPDIR ?? '') !== '';
      report(
        'cgo',
        'warning',
        { var: 'TMPDIR', dir: show(info.path), problem: workDirProblemText(problem), osDefault: !set },
        { fixes: fixesFor(problem, info.path, set, ctx.os) },
      );
      return;
    }
    const tmp = wd;
    if (!tmp || !tmp.info) return;
    const problem = workDirProblem(tmp.info);
    const absolute = goIsAbs(ctx.os, tmp.dir);
    if (problem === null) {
      if (!absolute) report('relative', 'warning', { var: tmp.var, dir: show(tmp.dir) }, { vars: [tmp.var] });
      return;
    }
    report(
      'invalid',
      'error',
      {
        var: tmp.var,
        dir: show(tmp.dir),
        problem: workDirProblemText(problem),
        osDefault: tmp.osDefault,
        goMessage: workDirGoMessage(problem, tmp.dir),
      },
      { fixes: fixesFor(problem, tmp.dir, !tmp.osDefault, ctx.os, tmp.var), vars: [tmp.var] },
    );

    function fixesFor(problem: string, dir: string, set: boolean, os: string, name = 'TMPDIR'): Fix[] {
      const out: Fix[] = [];
      if (problem === 'missing' && goIsAbs(ctx.os, dir)) out.push({ kind: 'mkdir', path: dir });
      else if (set && os !== 'windows') out.push({ kind: 'unset-env', var: name });
      out.push(adviceFix(ADVICE, 'point', { name }));
      return out;
    }
  },
});
