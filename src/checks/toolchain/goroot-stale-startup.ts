import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { compare } from '../../core/version.js';
import type { Mode, ShellKind } from '../../shells/startup.js';
import { contextGo, describeContexts, lineText, startupAnalysis, tildePath } from '../_lib/startup.js';
import { show } from '../_lib/text.js';

function clean(p: string): string {
  return p.length > 1 ? p.replace(/[/\\]+$/, '') : p;
}

export default defineCheck({
  id: 'goroot-stale-startup',
  title: 'No shell startup file exports a stale GOROOT',
  group: 'toolchain',
  vars: ['GOROOT'],
  appliesTo: {
    os: ['linux', 'darwin', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'illumos', 'solaris', 'windows'],
  },
  docs: `
A GOROOT exported by a shell startup file (~/.profile, ~/.bashrc, ~/.zshrc, config.fish, a PowerShell
profile…) outlives the Go it was written for. After Go is upgraded, moved, or switched with a version
manager, every shell that reads that file runs the new go with the old GOROOT:

* GOROOT names a directory that no longer exists: every go command fails with
  \`go: cannot find GOROOT directory: /usr/local/go1.20\` (exit 2).
* GOROOT holds another release than the go found first on PATH in that shell: \`go version\` works, but
  every build fails with \`compile: version "go1.21.13" does not match go tool version "go1.23.5"\`.

go-doctor reads the startup files each shell loads in each mode (see docs/shells.md), works out which go
wins on PATH there, and reports the file and line to delete. The existing checks goroot-missing and
goroot-mismatch already report a bad GOROOT in this process's environment; this check adds where it comes
from, and covers the shells and modes this process is not running in. Severity: **error** when this
process has that same GOROOT and go fails here; otherwise **warning** (go fails only in those shells).
Verified by the scenarios goroot-stale-profile-missing, goroot-stale-profile-other-release (bash -lc
'go build' fails with go's own message on every release) and goroot-stale-profile-current (the same
GOROOT in this process).
`,
  messages: {
    missing: {
      message: (d: {
        where: string;
        goroot: string;
        gorootRaw: string;
        contexts: string;
        file: string;
        line: number;
      }) => `${d.where} sets GOROOT to ${d.goroot}, which does not exist: go fails in ${d.contexts}.`,
      why: (d: { gorootRaw: string; file: string; line: number }) =>
        `Every go command started from those shells stops with: go: cannot find GOROOT directory: ${d.gorootRaw}. The go command finds its own installation when GOROOT is unset: delete the line.`,
    },
    mismatch: {
      message: (d: {
        where: string;
        goroot: string;
        gorootVersion: string;
        goVersion: string;
        goDir: string;
        contexts: string;
        file: string;
        line: number;
      }) =>
        `${d.where} sets GOROOT to ${d.goroot} (go${d.gorootVersion}), but in ${d.contexts} the go found first is go${d.goVersion} (${d.goDir}).`,
      why: (d: { gorootVersion: string; goVersion: string }) =>
        `go version works there, but every build fails with: compile: version "go${d.gorootVersion}" does not match go tool version "go${d.goVersion}". This is the classic stale GOROOT that blocks switching Go versions: delete the line, go finds its own installation.`,
    },
  },
  run(ctx, report) {
    const facts = ctx.facts;
    const a = startupAnalysis(facts, /GOROOT/);
    if (!a || !facts.startup) return;
    const paths = facts.startup.paths;
    const go = ctx.go;
    const inherited = go ? { dir: ctx.path.dirname(go.path), version: ctx.localGoVersion } : null;
    const reported = new Set<string>();
    for (const asg of a.assignments) {
      if (asg.var !== 'GOROOT' || asg.op !== 'set' || !asg.expanded) continue;
      const key = `${asg.file}:${asg.line}`;
      if (reported.has(key)) continue;
      const info = paths[asg.expanded] ?? paths[clean(asg.expanded)];
      if (!info) continue;
      const missing = info.kind === 'missing';
      const gorootVersion = info.goVersion ?? null;
      if (!missing && !gorootVersion) continue;
      // The contexts where this line decides GOROOT, and what go wins there.
      const failing: { shell: ShellKind; mode: Mode }[] = [];
      let goVersion: string | null = null;
      let goDir = '';
      for (const c of a.contexts) {
        const last = [...c.assignments].reverse().find((x) => x.var === 'GOROOT');
        if (!last || last.file !== asg.file || last.line !== asg.line || last.op !== 'set') continue;
        const g = contextGo(facts, c, inherited);
        if (g.none) continue;
        if (missing) {
          failing.push({ shell: c.shell, mode: c.mode });
          continue;
        }
        if (!g.version || !gorootVersion || compare(g.version, gorootVersion) === 0) continue;
        failing.push({ shell: c.shell, mode: c.mode });
        goVersion ??= g.version;
        goDir ||= g.dir ?? '';
      }
      if (failing.length === 0) continue;
      reported.add(key);
      const here = facts.env.GOROOT;
      const same = here !== undefined && clean(here) === clean(asg.expanded);
      const failsHere =
        same &&
        (missing ||
          (ctx.localGoVersion !== null &&
            gorootVersion !== null &&
            compare(ctx.localGoVersion, gorootVersion) !== 0));
      const severity = failsHere ? 'error' : 'warning';
      const text = lineText(facts, asg.file, asg.line);
      const fixes: Fix[] = [];
      if (text !== null)
        fixes.push({ kind: 'edit-line', file: asg.file, line: asg.line, from: text, to: '' });
      if (same) fixes.push({ kind: 'unset-env', var: 'GOROOT' });
      const where = `${tildePath(facts, asg.file)}:${asg.line}`;
      const contexts = describeContexts(failing);
      if (missing) {
        report(
          'missing',
          severity,
          {
            where,
            goroot: show(asg.expanded),
            gorootRaw: asg.expanded,
            contexts,
            file: asg.file,
            line: asg.line,
          },
          { fixes },
        );
      } else {
        report(
          'mismatch',
          severity,
          {
            where,
            goroot: show(asg.expanded),
            gorootVersion: gorootVersion ?? '',
            goVersion: goVersion ?? '',
            goDir: goDir ? ctx.path.join(goDir, 'go') : 'PATH',
            contexts,
            file: asg.file,
            line: asg.line,
          },
          { fixes },
        );
      }
    }
  },
});
