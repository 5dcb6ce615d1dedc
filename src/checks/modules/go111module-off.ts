import { defineCheck } from '../../core/check.js';
import { origin } from '../_lib/text.js';

export default defineCheck({
  id: 'go111module-off',
  title: 'Modules are not turned off',
  group: 'modules',
  vars: ['GO111MODULE'],
  docs: `
GO111MODULE=off puts the go command in GOPATH mode: go.mod and go.sum are ignored and imports are looked
up in GOPATH/src and vendor directories.
- With a go.mod in the current directory or above, \`go mod download\` (and every \`go mod\` command, and
  \`go list -m\`) fails with

      go: modules disabled by GO111MODULE=off; see 'go help modules'

  and builds ignore the module's requirements (they fail unless the imports happen to be in GOPATH;
  \`go install .\` outside GOPATH fails with "go: no install location for directory … outside GOPATH").
  Error.
- Without a go.mod it works as GOPATH mode always did, but it is a legacy mode: \`go get\` in GOPATH mode
  was removed in Go 1.22 ("go: modules disabled by GO111MODULE=off"). Warning.
GO111MODULE=auto is not reported: since Go 1.13 it means module mode whenever a go.mod is found, even
inside GOPATH/src (so a seed's claim that auto disables modules in GOPATH is false since 1.13), and GOPATH
mode outside a module. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
go111module-off-gomod, go111module-off-envfile and go111module-auto-gomod.
`,
  messages: {
    'with-gomod': {
      message: (d: { origin: string; gomod: string }) =>
        `GO111MODULE is "off" (${d.origin}), but this directory is in a module (${d.gomod}).`,
      why: () =>
        'go mod download fails with "go: modules disabled by GO111MODULE=off; see \'go help modules\'", and builds ignore go.mod and go.sum and look for imports in GOPATH instead. Remove GO111MODULE: modules are on by default since Go 1.16.',
    },
    'gopath-mode': {
      message: (d: { origin: string }) =>
        `GO111MODULE is "off" (${d.origin}): the go command runs in the legacy GOPATH mode.`,
      why: () =>
        'GOPATH mode ignores go.mod files, so modules you clone or create will not build as modules, and since Go 1.22 go get no longer works in GOPATH mode. Remove GO111MODULE unless you really maintain GOPATH-mode code.',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GO111MODULE');
    if (s.value !== 'off') return;
    const gomod = ctx.facts.module.gomod;
    const fixes = ctx.fixSetting('GO111MODULE', null);
    if (gomod) report('with-gomod', 'error', { origin: origin(s), gomod: gomod.path }, { fixes });
    else report('gopath-mode', 'warning', { origin: origin(s) }, { fixes });
  },
});
