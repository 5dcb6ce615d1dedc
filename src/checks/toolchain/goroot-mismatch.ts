import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { compare } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';
import { explicitlySet } from '../_lib/toolchain.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'foreign-tree': (d: { binary: string; local: string; tree: string }) =>
    `${d.binary} is a go${d.local} binary inside a go${d.tree} installation: reinstall Go there, or use the binary's own installation.`,
};

export default defineCheck({
  id: 'goroot-mismatch',
  title: 'GOROOT holds the same Go release as the go command',
  group: 'toolchain',
  vars: ['GOROOT'],
  docs: `
The go command does not check that GOROOT belongs to it. When GOROOT (set in the environment or with
\`go env -w\`, or the tree a go binary was copied into) holds another release, \`go version\` and
\`go mod download\` work, but every build fails once per package in the compiler, which cmd/go calls with
\`-goversion\`:

    # internal/goarch
    compile: version "go1.21.13" does not match go tool version "go1.23.5"

go-doctor compares the first line of \`$GOROOT/VERSION\` with the go command's own version
(GOVERSION). When GOTOOLCHAIN switches to another toolchain (a goX.Y.Z on PATH or a download), that
toolchain runs with its own GOROOT and builds work, so nothing is reported then.
Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenario goroot-other-release (each
release with GOROOT pointing at a different one), and goroot-other-release-switched (1.21–1.23 with a
GOROOT of another release and a toolchain line satisfied by the next newer release, linked on PATH
as goX.Y.Z: builds work).
`,
  messages: {
    mismatch: {
      message: (d: { goroot: string; origin: string; gorootVersion: string; goVersion: string }) =>
        `GOROOT is ${d.goroot} (${d.origin}), which holds go${d.gorootVersion}, but the go command is go${d.goVersion}.`,
      why: (d: { gorootVersion: string; goVersion: string }) =>
        `go version still works, but every build fails with: compile: version "go${d.gorootVersion}" does not match go tool version "go${d.goVersion}". Unset GOROOT so that go uses its own installation.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const go = ctx.go;
    const g = ctx.facts.goroot;
    const local = ctx.localGoVersion;
    if (!go || !go.executable || !g || !g.pkgTool || !g.version || !local) return;
    if (compare(g.version, local) === 0) return;
    // A toolchain switch runs the other toolchain with its own GOROOT.
    if (ctx.toolchain.outcome === 'path' || ctx.toolchain.outcome === 'download') return;
    const s = ctx.setting('GOROOT');
    const explicit = explicitlySet(s);
    report(
      'mismatch',
      'error',
      {
        goroot: show(g.path),
        origin: explicit ? origin(s) : 'where the go binary is installed',
        gorootVersion: g.version,
        goVersion: local,
      },
      {
        fixes: explicit
          ? ctx.fixSetting('GOROOT', null)
          : [
              adviceFix(ADVICE, 'foreign-tree', {
                binary: go.path,
                local: String(local),
                tree: String(g.version),
              }),
            ],
      },
    );
  },
});
