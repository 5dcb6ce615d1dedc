import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { gocacheBrokenByHome, gocacheCauseVars } from '../_lib/cache.js';
import { dirProblem, goIsAbs } from '../_lib/gopath.js';
import { blockedByHome } from '../_lib/home.js';
import { origin, show } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  writable: (d: { path: string }) =>
    `Make ${d.path} writable for this user, or set GOCACHE to a writable absolute directory.`,
};

export default defineCheck({
  id: 'gocache-unwritable',
  title: 'The build cache is writable',
  group: 'cache',
  vars: ['GOCACHE'],
  appliesTo: { go: { since: '1.12' } },
  docs: `
Every build writes to the build cache: the go command creates GOCACHE and its 256 subdirectories 00…ff
(cmd/go/internal/cache: initDefaultCache, Open), then stores each compiled package. The go command has no
read-only cache mode, so:

- GOCACHE missing and its nearest existing parent not writable:
  \`failed to initialize build cache at /ro/c: mkdir /ro/c: read-only file system\` (or \`permission denied\`);
- GOCACHE an existing but empty read-only directory:
  \`failed to initialize build cache at /ro: mkdir /ro/00: read-only file system\`;
- GOCACHE a read-only directory that already holds a cache: go build, test and install fail as soon as
  anything must be compiled, with \`main.go:7:2: open /ro/65/650c…-a: read-only file system\`.

In the last case a command whose every result is already cached still succeeds (verified: a build, test
and install repeated unchanged after making the cache read-only pass), but the first edit fails; go-doctor
cannot see which results are cached and reports the error. \`go mod download\` does not use the build cache.
When GOCACHE is unset and HOME is missing or unusable, the home checks report instead. An existing but
unwritable HOME is reported here, naming HOME: as uid 65534 with a root-owned HOME, every build stops with
\`failed to initialize build cache at $HOME/.cache/go-build: mkdir $HOME/.cache: permission denied\`
(verified with go1.19.8, 1.23.5 and 1.26.8; the last two also fail \`go env -json\`).

Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios gocache-readonly-empty,
gocache-readonly-populated, gocache-missing-under-readonly, gocache-fresh-absolute).
`,
  messages: {
    existing: {
      message: (d: { value: string; origin: string; readOnlyVolume: boolean }) =>
        `GOCACHE ${d.value} (${d.origin}) is not writable${d.readOnlyVolume ? ' (read-only file system)' : ''}, so builds fail.`,
      why: (d: { readOnlyVolume: boolean }) =>
        `The go command writes every compiled package to the build cache and has no read-only mode: go build stops with "failed to initialize build cache at ...: mkdir .../00: ${
          d.readOnlyVolume ? 'read-only file system' : 'permission denied'
        }", or, once the cache exists, "open ...-a: ${d.readOnlyVolume ? 'read-only file system' : 'permission denied'}" as soon as anything must be compiled.`,
    },
    uncreatable: {
      message: (d: { value: string; origin: string; parent: string; readOnlyVolume: boolean }) =>
        `GOCACHE ${d.value} (${d.origin}) does not exist and cannot be created: ${d.parent} is ${
          d.readOnlyVolume ? 'on a read-only file system' : 'not writable'
        }.`,
      why: (d: { readOnlyVolume: boolean }) =>
        `go build, test and install stop with "failed to initialize build cache at ...: mkdir ...: ${
          d.readOnlyVolume ? 'read-only file system' : 'permission denied'
        }".`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOCACHE');
    const value = s.value;
    if (value === '' || value === 'off' || !goIsAbs(ctx.os, value)) return;
    if (gocacheBrokenByHome(ctx)) return;
    const info = ctx.pathInfo('GOCACHE');
    const problem = dirProblem(info);
    if (problem !== 'read-only' && problem !== 'denied' && problem !== 'uncreatable') return;
    const readOnlyVolume = info?.volume?.readOnly === true;
    const fixes = ctx.fixSetting('GOCACHE', null);
    fixes.push(adviceFix(ADVICE, 'writable', { path: value }));
    const vars = gocacheCauseVars(s);
    if (!vars.includes('HOME') && blockedByHome(ctx, value)) vars.push('HOME');
    if (info?.kind === 'dir') {
      report('existing', 'error', { value: show(value), origin: origin(s), readOnlyVolume }, { fixes, vars });
      return;
    }
    report(
      'uncreatable',
      'error',
      { value: show(value), origin: origin(s), parent: show(info?.nearestExisting ?? ''), readOnlyVolume },
      { fixes, vars },
    );
  },
});
