import { defineCheck } from '../../core/check.js';
import { atLeast } from '../../core/version.js';
import { rawValue } from '../_lib/cache.js';
import { show } from '../_lib/text.js';

export default defineCheck({
  id: 'xdg-cache-home-relative',
  title: 'XDG_CACHE_HOME, when it supplies the build cache, is absolute',
  group: 'cache',
  vars: ['XDG_CACHE_HOME', 'GOCACHE'],
  appliesTo: {
    go: { since: '1.12' },
    os: ['linux', 'android', 'freebsd', 'openbsd', 'netbsd', 'dragonfly', 'illumos', 'solaris', 'aix'],
  },
  docs: `
With GOCACHE unset, the build cache is os.UserCacheDir()/go-build, and on Unix (not macOS) that is
$XDG_CACHE_HOME when set. A relative XDG_CACHE_HOME breaks builds on every release, in two ways:

- **Go 1.24 and later** reject it (golang/go#68470): \`go env GOCACHE\` prints \`off\` and go build, test
  and install fail with
  \`build cache is required, but could not be located: GOCACHE is not defined and path in $XDG_CACHE_HOME is relative\`.
- **Go 1.23 and earlier** accept it: GOCACHE becomes \`relx/go-build\`, created inside whatever directory
  you build in. go build and install work, but go test runs vet with the package directory as its working
  directory, where the relative cache path does not resolve:
  \`vet: …/abi.go:8:2: could not import internal/goarch (open relx/go-build/e0/e0688171…-d: no such file or directory)\`.
  On go1.21–1.23 this fails for every module (vet of standard-library dependencies); on go1.19, whose
  standard library is precompiled, it fails for tests of packages in subdirectories
  (\`vet: sub/sub.go:3:8: could not import example.test/dep (open relx/go-build/…: no such file or directory)\`).

A GOCACHE set to an absolute path makes XDG_CACHE_HOME irrelevant to the build cache.
Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 (scenarios xdg-cache-home-relative,
xdg-cache-home-relative-subpkg, xdg-cache-home-relative-gocache-set).
`,
  messages: {
    rejected: {
      message: (d: { value: string }) =>
        `XDG_CACHE_HOME is ${d.value}, a relative path, and GOCACHE is unset, so there is no build cache and every build fails.`,
      why: () =>
        'Go 1.24 and later reject a relative $XDG_CACHE_HOME: go build says "build cache is required, but could not be located: GOCACHE is not defined and path in $XDG_CACHE_HOME is relative".',
    },
    'cwd-cache': {
      message: (d: { value: string }) =>
        `XDG_CACHE_HOME is ${d.value}, a relative path, and GOCACHE is unset, so the build cache is created inside whatever directory you build in, and go test fails.`,
      why: () =>
        'Go 1.23 and earlier accept the relative path: each directory gets its own cache, and go test runs vet from the package directory, where the relative cache path does not resolve: "vet: ... could not import ... (open relx/go-build/...: no such file or directory)".',
    },
  },
  run(ctx, report) {
    const xdg = ctx.facts.env.XDG_CACHE_HOME ?? '';
    if (xdg === '' || ctx.path.isAbsolute(xdg)) return;
    const gocache = rawValue(ctx.setting('GOCACHE'));
    if (gocache !== undefined && gocache !== '') return;
    const rejects = ctx.goVersion !== null && atLeast(ctx.goVersion, '1.24');
    report(
      rejects ? 'rejected' : 'cwd-cache',
      'error',
      { value: show(xdg) },
      { fixes: ctx.fixSetting('XDG_CACHE_HOME', null) },
    );
  },
});
