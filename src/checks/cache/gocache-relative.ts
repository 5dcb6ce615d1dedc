import { defineCheck } from '../../core/check.js';
import { rawValue } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

export default defineCheck({
  id: 'gocache-relative',
  title: 'GOCACHE is an absolute path',
  group: 'cache',
  vars: ['GOCACHE'],
  appliesTo: { go: { since: '1.12' } },
  docs: `
GOCACHE must be an absolute path (cmd/go/internal/cache/default.go, DefaultDir). A relative value, for
example \`GOCACHE=cache\` or a quoted \`GOCACHE='~/.cache/go-build'\` that the shell never expanded, makes
\`go env GOCACHE\` print \`off\`, and every build, test and install fails with

    build cache is required, but could not be located: GOCACHE is not an absolute path

\`go mod download\` still works (it does not use the build cache). \`go env -w GOCACHE=rel\` is accepted
without complaint, so the value can also come from the go env file. An unset or empty GOCACHE means the
default (os.UserCacheDir()/go-build) and is not reported here; a relative XDG_CACHE_HOME behind that
default is xdg-cache-home-relative's business, a missing HOME the home checks'.

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios gocache-relative-env and
gocache-relative-envfile.
`,
  messages: {
    relative: {
      message: (d: { value: string; origin: string; tilde: boolean }) =>
        `GOCACHE is ${d.value} (${d.origin}), a relative path${d.tilde ? ' (the shell does not expand a quoted ~)' : ''}, so every build fails.`,
      why: () =>
        'The go command requires an absolute build cache path; go build, test and install stop with "build cache is required, but could not be located: GOCACHE is not an absolute path". Remove the setting to use the default cache, or set an absolute path.',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOCACHE');
    const raw = rawValue(s);
    if (raw === undefined || raw === '' || raw === 'off' || goIsAbs(ctx.os, raw)) return;
    report(
      'relative',
      'error',
      { value: show(raw), origin: origin(s), tilde: raw.startsWith('~') },
      { fixes: ctx.fixSetting('GOCACHE', null) },
    );
  },
});
