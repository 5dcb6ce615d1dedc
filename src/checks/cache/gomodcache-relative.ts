import { defineCheck } from '../../core/check.js';
import { rawValue } from '../_lib/cache.js';
import { goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

export default defineCheck({
  id: 'gomodcache-relative',
  title: 'GOMODCACHE is an absolute path',
  group: 'cache',
  vars: ['GOMODCACHE'],
  appliesTo: { go: { since: '1.15' } },
  docs: `
The module cache must be an absolute path (cmd/go/internal/modfetch/cache.go, checkCacheDir). With a
relative GOMODCACHE in the environment, every command that needs a module fails:

    go: GOMODCACHE entry is relative; must be absolute path: "relmc".

In a module with dependencies that is \`go mod download\`, \`go build\`, \`go test\` and \`go install\`.
\`go env -w GOMODCACHE=relmc\` refuses the value (\`go: GOMODCACHE entry is relative; must be absolute
path: "relmc"\`), but a hand-edited go env file or the OS environment can still hold one. A relative
default (from a relative HOME: "relhome/go/pkg/mod") or one derived from a relative GOPATH is reported by
the home and GOPATH checks, not here.

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios gomodcache-relative-env and
gomodcache-relative-envfile).
`,
  messages: {
    relative: {
      message: (d: { value: string; origin: string; tilde: boolean }) =>
        `GOMODCACHE is ${d.value} (${d.origin}), a relative path${d.tilde ? ' (the shell does not expand a quoted ~)' : ''}, so modules cannot be downloaded or loaded.`,
      why: (d: { value: string }) =>
        `Every go command that needs a module stops with "go: GOMODCACHE entry is relative; must be absolute path: ${d.value}.". Remove the setting to use GOPATH[0]/pkg/mod, or set an absolute path.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOMODCACHE');
    const raw = rawValue(s);
    if (raw === undefined || raw === '' || goIsAbs(ctx.os, raw)) return;
    report(
      'relative',
      'error',
      { value: show(raw), origin: origin(s), tilde: raw.startsWith('~') },
      { fixes: ctx.fixSetting('GOMODCACHE', null) },
    );
  },
});
