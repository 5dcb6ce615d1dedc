import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { atLeast } from '../../core/version.js';
import { dropGoflags, goflagsOf, inWorkspaceMode, modFlag } from '../_lib/modmode.js';
import { origin, show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'gowork-off': () => 'or set GOWORK=off for the commands that should ignore go.work',
};

export default defineCheck({
  id: 'goflags-mod-workspace',
  title: 'GOFLAGS does not set a -mod mode that workspace mode refuses',
  group: 'modules',
  vars: ['GOFLAGS', 'GOWORK'],
  appliesTo: { go: { since: '1.18' } },
  docs: `
In workspace mode (a go.work file is in effect: GOWORK names it, or one is found in the current directory
or above) -mod may only be readonly, or since Go 1.22 also vendor. Any other value set explicitly — also
through GOFLAGS, also one that is not a mode at all — makes build, test and install fail
(modload.setDefaultBuildMod):

    go: -mod may only be set to readonly or vendor when in workspace mode, but it is set to "mod"
    	Remove the -mod flag to use the default readonly value,
    	or set GOWORK=off to disable workspace mode.

go1.19 and 1.21 say "may only be set to readonly when in workspace mode", and refuse vendor too.
\`go mod download\` has no -mod flag and still works. GOWORK=off leaves workspace mode, and -mod=readonly
then applies as usual (a seed's claim that GOWORK=off makes -mod=readonly ineffective is false).
Outside workspace mode -mod=mod is fine. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by
the scenarios goflags-mod-workspace, goflags-mod-workspace-off, goflags-mod-mod-module.
`,
  messages: {
    refused: {
      message: (d: { entry: string; origin: string; gowork: string; raw: string; allowed: string }) =>
        `GOFLAGS (${d.origin}) sets ${d.entry}, but ${d.gowork} puts the go command in workspace mode.`,
      why: (d: { entry: string; origin: string; gowork: string; raw: string; allowed: string }) =>
        `go build, test and install fail with "go: -mod may only be set to ${d.allowed} when in workspace mode, but it is set to ${JSON.stringify(d.raw)}". Drop -mod from GOFLAGS (workspace mode defaults to readonly), or set GOWORK=off for this module.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    if (!inWorkspaceMode(ctx)) return;
    const a = goflagsOf(ctx);
    const mod = modFlag(a);
    if (!mod || mod.value === null || mod.value === '' || mod.value === 'readonly') return;
    const vendorOk = ctx.goVersion === null || atLeast(ctx.goVersion, '1.22');
    if (mod.value === 'vendor' && vendorOk) return;
    const gowork = ctx.facts.module.gowork?.path ?? 'go.work';
    report(
      'refused',
      'error',
      {
        entry: show(mod.raw),
        origin: origin(ctx.setting('GOFLAGS')),
        gowork,
        raw: mod.value,
        allowed: vendorOk ? 'readonly or vendor' : 'readonly',
      },
      {
        fixes: [...dropGoflags(ctx, a, (e) => e.name === 'mod'), adviceFix(ADVICE, 'gowork-off')],
      },
    );
  },
});
