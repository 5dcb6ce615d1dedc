import { defineCheck } from '../../core/check.js';
import { dropGoflags, goflagsOf, inWorkspaceMode, modFlag } from '../_lib/modmode.js';
import { origin, show } from '../_lib/text.js';

const VALID = new Set(['', 'mod', 'readonly', 'vendor']);

export default defineCheck({
  id: 'goflags-mod-invalid',
  title: 'GOFLAGS sets -mod to mod, readonly or vendor',
  group: 'modules',
  vars: ['GOFLAGS'],
  docs: `
-mod accepts "", mod, readonly and vendor. Its flag takes any word, so a wrong one passes GOFLAGS parsing
and every command that defines -mod (build, test, install, run, list, vet) then stops with

    -mod=bad not supported (can be '', 'mod', 'readonly', or 'vendor')

(src/cmd/go/internal/work/init.go). \`go mod download\` has no -mod flag and still works. When GOFLAGS
names -mod more than once the last one wins, and only that one is checked. In workspace mode go reports
the workspace rule first, so goflags-mod-workspace handles -mod there. Verified with go1.19.8, 1.21.13,
1.22.12, 1.23.5 and 1.26.8 by the scenario goflags-mod-bad.
`,
  messages: {
    invalid: {
      message: (d: { entry: string; origin: string; raw: string }) =>
        `GOFLAGS (${d.origin}) sets ${d.entry}, which is not a -mod mode.`,
      why: (d: { entry: string; origin: string; raw: string }) =>
        `go build, test and install fail with "-mod=${d.raw} not supported (can be '', 'mod', 'readonly', or 'vendor')". Use -mod=mod, -mod=readonly or -mod=vendor, or drop it.`,
    },
  },
  run(ctx, report) {
    const a = goflagsOf(ctx);
    const mod = modFlag(a);
    if (!mod || mod.value === null || VALID.has(mod.value)) return;
    if (inWorkspaceMode(ctx)) return;
    report(
      'invalid',
      'error',
      { entry: show(mod.raw), origin: origin(ctx.setting('GOFLAGS')), raw: mod.value },
      { fixes: dropGoflags(ctx, a, (e) => e.name === 'mod') },
    );
  },
});
