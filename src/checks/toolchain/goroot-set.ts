import { defineCheck } from '../../core/check.js';
import { compare } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';
import { explicitlySet, sameDir } from '../_lib/toolchain.js';

export default defineCheck({
  id: 'goroot-set',
  title: 'GOROOT is left to the go command',
  group: 'toolchain',
  vars: ['GOROOT'],
  docs: `
The go command finds its own installation (the directory above \`bin/go\` that has \`pkg/tool\`,
symbolic links resolved), so GOROOT does not need to be set. A GOROOT that names the go command's own
installation works, but it is a trap: after Go is installed somewhere else (a new tarball, Homebrew, a
version manager, a Debian go-1.NN package put first on PATH) the old GOROOT still wins, and every build
fails in the compiler with \`compile: version "go1.21.13" does not match go tool version "go1.23.5"\`
(see goroot-mismatch). A GOROOT in the go env file survives reinstalling Go.

Reported as a warning when GOROOT is set (environment or \`go env -w\`), exists, is a Go tree, and holds
the same release as the go command; a missing or foreign GOROOT is left to goroot-missing and
goroot-mismatch. Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
goroot-set-same and goroot-set-envfile (builds work).
`,
  messages: {
    same: {
      message: (d: { goroot: string; origin: string }) =>
        `GOROOT is set to ${d.goroot} (${d.origin}), the directory the go command finds by itself.`,
      why: () =>
        'It works today, but it goes stale: when another Go is installed or put first on PATH, this GOROOT still wins and builds fail with "compile: version … does not match go tool version …". Unset it.',
    },
    'other-copy': {
      message: (d: { goroot: string; origin: string; own: string }) =>
        `GOROOT is set to ${d.goroot} (${d.origin}), another installation of the same release than the go command's own (${d.own}).`,
      why: () =>
        'It works while both hold the same release; after either is upgraded, builds fail with "compile: version … does not match go tool version …". Unset GOROOT.',
    },
  },
  run(ctx, report) {
    const go = ctx.go;
    if (!go || !go.executable) return;
    const s = ctx.setting('GOROOT');
    if (!explicitlySet(s)) return;
    const info = ctx.pathInfo('GOROOT');
    const g = ctx.facts.goroot;
    if (!info || info.kind !== 'dir' || !g || !g.pkgTool) return; // goroot-missing
    const local = ctx.localGoVersion;
    if (g.version && local && compare(g.version, local) !== 0) return; // goroot-mismatch
    const data = { goroot: show(s.value), origin: origin(s) };
    const fixes = ctx.fixSetting('GOROOT', null);
    // A go binary outside any installation needs GOROOT (Go 1.21+ binaries have none built in).
    if (go.goroot === null) return;
    const ownReal = go.realPath ? ctx.path.dirname(ctx.path.dirname(go.realPath)) : undefined;
    if (sameDir(ctx, s.value, go.goroot, info.realPath, ownReal)) {
      report('same', 'warning', data, { fixes });
      return;
    }
    report('other-copy', 'warning', { ...data, own: show(go.goroot) }, { fixes });
  },
});
