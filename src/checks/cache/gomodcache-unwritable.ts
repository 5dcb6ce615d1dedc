import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { dirProblem, goIsAbs, isSet } from '../_lib/gopath.js';
import { blockedByHome, gopathBrokenByHome } from '../_lib/home.js';
import { origin, show } from '../_lib/text.js';

type Bad = 'not-dir' | 'parent-not-dir' | 'dangling' | 'loop' | 'uncreatable';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  writable: (d: { path: string }) =>
    `Make ${d.path} writable for this user, or set GOMODCACHE to a writable absolute directory.`,
  point: (d: { path: string }) =>
    `Point GOMODCACHE at a directory this user can create and write, or fix ${d.path}.`,
};

export default defineCheck({
  id: 'gomodcache-unwritable',
  title: 'The module cache can be created and written',
  group: 'cache',
  vars: ['GOMODCACHE'],
  appliesTo: { go: { since: '1.15' } },
  docs: `
Before it downloads or loads a module, the go command stats GOMODCACHE and creates it with os.MkdirAll
(cmd/go/internal/modfetch/cache.go, checkCacheDir). It fails, for \`go mod download\`, \`go build\`,
\`go test\` and \`go install\` in any module with dependencies, when:

- GOMODCACHE is a file: \`go: could not create module cache: "/x/file" is not a directory\`;
- it is missing and cannot be created:
  \`go: could not create module cache: mkdir /ro/mc: read-only file system\` (or \`permission denied\`);
  a dangling symbolic link gives \`mkdir X: file exists\`;
- it is an existing, **empty** read-only directory: the first download fails with
  \`go: writing go.mod cache: mkdir /ro/cache: read-only file system\`.

A read-only module cache that **already holds** the modules the build needs works: go only reads it
(verified: \`go mod download\`, build, test and install all succeed with a populated read-only cache). That
is a common setup (a pre-filled cache mounted read-only in CI or a container), so it is only a warning:
anything not yet in the cache, such as a new dependency or version, fails to download.

When GOMODCACHE is unset and HOME is missing or unusable, the home checks report instead. When the cache
lies under an existing HOME that is not writable, the finding names HOME too: with HOME read-only, every
download stops with \`go: could not create module cache: mkdir $HOME/go: read-only file system\`
(\`permission denied\` for a non-root user; scenario home-readonly).
Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios gomodcache-file,
gomodcache-missing-under-readonly, gomodcache-readonly-empty, gomodcache-readonly-populated,
gomodcache-elsewhere).
`,
  messages: {
    bad: {
      message: (d: { value: string; origin: string; kind: Bad; parent: string }) => {
        const what =
          d.kind === 'not-dir'
            ? 'is not a directory'
            : d.kind === 'parent-not-dir'
              ? 'lies under a file, not a directory'
              : d.kind === 'dangling'
                ? 'is a dangling symbolic link'
                : d.kind === 'loop'
                  ? 'is a symbolic link loop'
                  : `does not exist and cannot be created (${d.parent} is not writable)`;
        return `GOMODCACHE ${d.value} (${d.origin}) ${what}, so modules cannot be downloaded.`;
      },
      why: (d: { kind: Bad }) =>
        `Every go command that needs a module stops with "go: could not create module cache: ${
          d.kind === 'not-dir'
            ? '"..." is not a directory'
            : d.kind === 'dangling'
              ? 'mkdir ...: file exists'
              : d.kind === 'loop'
                ? 'stat ...: too many levels of symbolic links'
                : d.kind === 'parent-not-dir'
                  ? 'mkdir ...: not a directory'
                  : 'mkdir ...: permission denied" (or "read-only file system'
        }".`,
    },
    'readonly-empty': {
      message: (d: { value: string; origin: string; readOnlyVolume: boolean }) =>
        `GOMODCACHE ${d.value} (${d.origin}) is empty and ${d.readOnlyVolume ? 'on a read-only file system' : 'not writable'}, so no module can be downloaded.`,
      why: () =>
        'The first download stops with "go: writing go.mod cache: mkdir .../cache: read-only file system" (or "permission denied"); go mod download, build, test and install fail in any module with dependencies.',
    },
    readonly: {
      message: (d: { value: string; origin: string; readOnlyVolume: boolean }) =>
        `GOMODCACHE ${d.value} (${d.origin}) is ${d.readOnlyVolume ? 'on a read-only file system' : 'not writable'}: modules already in it work, anything new fails to download.`,
      why: () =>
        'The go command only reads modules it already has, so builds of what is cached succeed; a new dependency or version stops with "go: writing go.mod cache: mkdir ...: read-only file system" (or "permission denied").',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOMODCACHE');
    const value = s.value;
    if (value === '' || !goIsAbs(ctx.os, value)) return;
    if (!isSet(ctx, 'GOMODCACHE') && gopathBrokenByHome(ctx)) return;
    const info = ctx.pathInfo('GOMODCACHE');
    const problem = dirProblem(info);
    if (problem === null) return;
    const vars = s.source === 'default' ? ['GOMODCACHE', 'GOPATH'] : ['GOMODCACHE'];
    if (blockedByHome(ctx, value)) vars.push('HOME');
    const fixes = ctx.fixSetting('GOMODCACHE', null);
    const readOnlyVolume = info?.volume?.readOnly === true;
    if (info?.kind === 'dir' && (problem === 'read-only' || problem === 'denied')) {
      fixes.push(adviceFix(ADVICE, 'writable', { path: value }));
      const data = { value: show(value), origin: origin(s), readOnlyVolume };
      if (info.empty === false) report('readonly', 'warning', data, { fixes, vars });
      else report('readonly-empty', 'error', data, { fixes, vars });
      return;
    }
    const kind: Bad =
      problem === 'not-dir'
        ? info?.kind === 'missing'
          ? 'parent-not-dir'
          : 'not-dir'
        : problem === 'dangling' || problem === 'loop'
          ? problem
          : 'uncreatable';
    fixes.push(adviceFix(ADVICE, 'point', { path: value }));
    report(
      'bad',
      'error',
      { value: show(value), origin: origin(s), kind, parent: show(info?.nearestExisting ?? '') },
      { fixes, vars },
    );
  },
});
