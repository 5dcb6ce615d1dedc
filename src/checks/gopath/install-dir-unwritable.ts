import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { type DirProblem, dirProblem, goIsAbs, installDir } from '../_lib/gopath.js';
import { blockedByHome, gopathBrokenByHome } from '../_lib/home.js';
import { show } from '../_lib/text.js';

type Data = { dir: string; via: 'GOBIN' | 'GOPATH'; problem: DirProblem; near: string };

const WHAT: Record<DirProblem, string> = {
  dangling: 'is a symbolic link to nothing',
  loop: 'is a symbolic link loop',
  'not-dir': 'is not a directory',
  'read-only': 'is on a read-only file system',
  denied: 'is not writable by you',
  uncreatable: 'does not exist and cannot be created',
};

const GO_SAYS: Record<DirProblem, string> = {
  dangling: '"go install ...: mkdir .../: file exists"',
  loop: '"go install ...: mkdir .../: file exists"',
  'not-dir': '"go install ...: mkdir .../bin/: file exists" (or "not a directory")',
  'read-only': '"go install ...: copying ...: open ...: read-only file system"',
  denied: '"go install ...: copying ...: open ...: permission denied"',
  uncreatable: '"go install ...: mkdir ...: permission denied" (or "read-only file system")',
};

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  remove: (d: { dir: string }) => `remove or rename ${d.dir}`,
  writable: (d: { dir: string }) => `make ${d.dir} writable, or set GOBIN to a writable directory on PATH`,
};

export default defineCheck({
  id: 'install-dir-unwritable',
  title: 'go install can write its install directory',
  group: 'gopath',
  vars: ['GOBIN', 'GOPATH'],
  docs: `
\`go install\` (module mode) writes commands to GOBIN, or to GOPATH[0]/bin when GOBIN is unset
(modload.BinDir). It creates a missing directory with MkdirAll, so a missing directory under a writable
parent is fine. It fails when the directory is a file or a dangling link, read-only, not writable, or
cannot be created (verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
install-dir-readonly-gobin, install-dir-gopath-bin-file and gobin-missing-creatable):

    go install example.test/hello: copying /tmp/go-build.../exe/a.out: open /ro/hello: read-only file system
    go install example.test/hello: mkdir /home/u/go/bin/: file exists

(go 1.21+ prefix the line with the package path.) Builds, tests and downloads are not affected. An
unusable GOMODCACHE is reported by the cache checks, and an install directory that is broken because
HOME is (default GOPATH) by the home-* checks.
`,
  messages: {
    unwritable: {
      message: (d: Data) =>
        `The go install directory ${d.dir} (${d.via === 'GOBIN' ? 'GOBIN' : 'GOPATH[0]/bin'}) ${WHAT[d.problem]}, so go install fails.`,
      why: (d: Data) =>
        `go install writes every command there and stops with ${GO_SAYS[d.problem]}.${d.near ? ` The nearest existing directory is ${d.near}.` : ''} Fix the directory, or point GOBIN at a writable directory that is on PATH.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const target = installDir(ctx);
    if (!target || !goIsAbs(ctx.os, target.dir)) return;
    if (target.via === 'GOPATH' && gopathBrokenByHome(ctx)) return;
    const problem = dirProblem(target.info);
    if (problem === null) return;
    const fixes: Fix[] = [];
    if (problem === 'not-dir' || problem === 'dangling' || problem === 'loop') {
      fixes.push(adviceFix(ADVICE, 'remove', { dir: target.dir }), { kind: 'mkdir', path: target.dir });
    } else {
      fixes.push(adviceFix(ADVICE, 'writable', { dir: target.dir }));
    }
    report(
      'unwritable',
      'error',
      {
        dir: show(target.dir),
        via: target.via,
        problem,
        near: target.info?.nearestExisting ? show(target.info.nearestExisting) : '',
      },
      { vars: blockedByHome(ctx, target.dir) ? [target.via, 'HOME'] : [target.via], fixes },
    );
  },
});
