import { defineCheck } from '../../core/check.js';

export default defineCheck({
  id: 'appdata-missing',
  title: '%LocalAppData% and %AppData% are defined',
  group: 'environment',
  vars: ['GOCACHE', 'GOENV'],
  appliesTo: { os: ['windows'] },
  docs: `
On Windows the go command finds its default build cache through os.UserCacheDir, which is
%LocalAppData% (GOCACHE = %LocalAppData%\\go-build), and its go env file through os.UserConfigDir,
which is %AppData% (GOENV = %AppData%\\go\\env). Both come from the user profile; services, scheduled
tasks and some CI agents run without them. Then:
- with GOCACHE unset every build fails: "build cache is required, but could not be located: GOCACHE
  is not defined and %LocalAppData% is not defined" (src/cmd/go/internal/cache/default.go,
  src/os/file.go; seen in golang/go#42993, where go env printed GOCACHE=off and GOENV empty);
- with GOENV unset, \`go env -w\` fails with "go: cannot find go env config: %AppData% is not defined"
  and values written earlier are not read.
Windows only, so no Linux scenario runs it; test/fixtures/facts/windows-no-appdata.json (from the go env
of golang/go#42993) exercises it, and the Linux counterpart (HOME unset) is the home-unset check.
`,
  messages: {
    'no-local-app-data': {
      message: () => '%LocalAppData% is not defined and GOCACHE is not set, so there is no build cache.',
      why: () =>
        'Every build fails: "build cache is required, but could not be located: GOCACHE is not defined and %LocalAppData% is not defined". Run go from a normal user session, or set GOCACHE to a directory.',
    },
    'no-app-data': {
      message: () => '%AppData% is not defined, so the go env file has no location.',
      why: () =>
        'go env -w fails with "go: cannot find go env config: %AppData% is not defined", and settings written with go env -w are not read here. Set GOENV or AppData.',
    },
  },
  run(ctx, report) {
    const env = ctx.facts.env;
    const local = env.LOCALAPPDATA ?? env.LocalAppData ?? '';
    const roaming = env.APPDATA ?? env.AppData ?? '';
    const gocache = ctx.setting('GOCACHE');
    const home = ctx.home || 'C:\\Users\\you';
    if (local === '' && gocache.source === 'default') {
      report(
        'no-local-app-data',
        'error',
        {},
        {
          vars: ['GOCACHE'],
          fixes: [
            { kind: 'set-env', var: 'GOCACHE', value: ctx.path.join(home, 'AppData', 'Local', 'go-build') },
          ],
        },
      );
    }
    if (roaming === '' && (env.GOENV ?? '') === '') {
      report(
        'no-app-data',
        'warning',
        {},
        {
          vars: ['GOENV'],
          fixes: [
            { kind: 'set-env', var: 'GOENV', value: ctx.path.join(home, 'AppData', 'Roaming', 'go', 'env') },
          ],
        },
      );
    }
  },
});
