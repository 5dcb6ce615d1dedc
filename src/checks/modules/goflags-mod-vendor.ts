import { defineCheck } from '../../core/check.js';
import { atLeast } from '../../core/version.js';
import { dropGoflags, goflagsOf, inWorkspaceMode, modFlag } from '../_lib/modmode.js';
import { origin, show } from '../_lib/text.js';

export default defineCheck({
  id: 'goflags-mod-vendor',
  title: 'GOFLAGS=-mod=vendor has a vendor directory to use',
  group: 'modules',
  vars: ['GOFLAGS'],
  docs: `
-mod=vendor makes the go command load every dependency from the vendor directory next to go.mod (in
workspace mode, since Go 1.22, next to go.work). Without one, as soon as go.mod requires a module, go
build, test and install fail:

    go: inconsistent vendoring in /home/you/proj:
    	example.com/dep@v1.0.0: is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt

    	To ignore the vendor directory, use -mod=readonly or -mod=mod.
    	To sync the vendor directory, run:
    		go mod vendor

(\`go work vendor\` in workspace mode; with a go line below 1.14 the error is "cannot find package"
instead). A module that requires nothing builds, so that case is only noted. \`go mod download\` ignores
-mod. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
goflags-mod-vendor-missing and goflags-mod-vendor-present. Before Go 1.22 workspace mode refuses
-mod=vendor altogether (goflags-mod-workspace).
`,
  messages: {
    missing: {
      message: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `GOFLAGS (${d.origin}) sets ${d.entry}, but ${d.dir} has no vendor directory.`,
      why: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `go build, test and install fail with "go: inconsistent vendoring" (the requirements are "not marked as explicit in vendor/modules.txt"). Run ${d.cmd} to create it, or drop -mod=vendor.`,
    },
    'maybe-missing': {
      message: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `GOFLAGS (${d.origin}) sets ${d.entry}, but ${d.dir} has no vendor directory.`,
      why: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `If any module of the build requires another, go build fails with "go: inconsistent vendoring". Run ${d.cmd}, or drop -mod=vendor.`,
    },
    'nothing-required': {
      message: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `GOFLAGS (${d.origin}) sets ${d.entry}, and ${d.dir} has no vendor directory.`,
      why: (d: { entry: string; origin: string; dir: string; cmd: string }) =>
        `This works only because go.mod requires no module; the first require breaks every build ("go: inconsistent vendoring") until you run ${d.cmd}.`,
    },
  },
  run(ctx, report) {
    if (ctx.setting('GO111MODULE').value === 'off') return;
    const a = goflagsOf(ctx);
    const mod = modFlag(a);
    if (!mod || mod.value !== 'vendor') return;
    const m = ctx.facts.module;
    const gomod = m.gomod;
    const data = { entry: show(mod.raw), origin: origin(ctx.setting('GOFLAGS')) };
    const fixes = dropGoflags(ctx, a, (e) => e.name === 'mod');
    if (inWorkspaceMode(ctx)) {
      if (ctx.goVersion !== null && !atLeast(ctx.goVersion, '1.22')) return; // goflags-mod-workspace
      if (m.workVendor !== false || !m.gowork) return;
      const d = { ...data, dir: ctx.path.dirname(m.gowork.path), cmd: 'go work vendor' };
      const useCount = m.gowork.use?.length ?? 0;
      if (gomod?.requires !== undefined && gomod.requires > 0) report('missing', 'error', d, { fixes });
      else if (useCount <= 1 && gomod?.requires === 0) report('nothing-required', 'info', d, { fixes });
      else report('maybe-missing', 'warning', d, { fixes });
      return;
    }
    if (!gomod || m.vendor) return;
    const d = { ...data, dir: ctx.path.dirname(gomod.path), cmd: 'go mod vendor' };
    if (gomod.requires === undefined) report('maybe-missing', 'warning', d, { fixes });
    else if (gomod.requires > 0) report('missing', 'error', d, { fixes });
    else report('nothing-required', 'info', d, { fixes });
  },
});
