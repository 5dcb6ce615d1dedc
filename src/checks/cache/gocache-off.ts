import { defineCheck } from '../../core/check.js';
import { origin } from '../_lib/text.js';

export default defineCheck({
  id: 'gocache-off',
  title: 'The build cache is enabled',
  group: 'cache',
  vars: ['GOCACHE'],
  appliesTo: { go: { since: '1.12' } },
  docs: `
GOCACHE=off disables the build cache. Since Go 1.12 the cache is required: every build, test, install and
vet fails with

    build cache is disabled by GOCACHE=off, but required as of Go 1.12

An empty GOCACHE is not the same thing: it means "use the default" (os.UserCacheDir()/go-build).
Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and the newest release by the scenario suite
(gocache-off-env, gocache-off-envfile, gocache-empty).
`,
  messages: {
    off: {
      message: (d: { origin: string }) => `GOCACHE is "off" (${d.origin}), so every build fails.`,
      why: () =>
        'Since Go 1.12 the build cache is required; go build says: "build cache is disabled by GOCACHE=off, but required as of Go 1.12". Remove the setting to use the default cache.',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOCACHE');
    // go env reports "off" also for a relative GOCACHE or a missing HOME; only the literal value is ours.
    const raw = s.source === 'env' ? s.env : s.source === 'envfile' ? s.envFile?.value : undefined;
    if (raw !== 'off') return;
    report('off', 'error', { origin: origin(s) }, { fixes: ctx.fixSetting('GOCACHE', null) });
  },
});
