import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { homeUses, homeVarName } from '../_lib/home.js';

/** What fails (or is lost) without a home directory. */
type Consequence = 'modcache' | 'install' | 'sumdb' | 'gocache' | 'goenv';

type Data = {
  homeVar: string;
  cacheWhy: string;
  fails: readonly Consequence[];
  risks: readonly Consequence[];
};

function consequenceText(c: Consequence, d: Data): string {
  switch (c) {
    case 'modcache':
      return 'GOPATH and GOMODCACHE are empty, so module downloads and builds fail with "go: module cache not found: neither GOMODCACHE nor GOPATH is set"';
    case 'install':
      return 'go install has no target: "go: no install location for directory ... outside GOPATH"';
    case 'sumdb':
      return `checksum-database lookups fail: "could not locate sumdb file: missing $GOPATH: ${d.homeVar} is not set"`;
    case 'gocache':
      return `there is no build cache: "build cache is required, but could not be located: GOCACHE is not defined and ${d.cacheWhy}"`;
    case 'goenv':
      return 'the go env file has no location: settings written with go env -w are not read, and go env -w fails with "go: cannot find go env config"';
  }
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  set: (d: { homeVar: string }) => `set ${d.homeVar} to your home directory`,
};

export default defineCheck({
  id: 'home-unset',
  title: 'The home directory variable is set',
  group: 'environment',
  vars: ['HOME', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV'],
  docs: `
Without $HOME (%USERPROFILE% on Windows, $home on plan9; cron jobs, systemd units, \`env -i\`, some CI
and container setups) the go command loses every default derived from it:
- GOPATH is empty (GoPathError "HOME is not set"), so without GOMODCACHE every command that needs a
  module fails: \`go: module cache not found: neither GOMODCACHE nor GOPATH is set\`; without GOBIN,
  \`go install\` fails: \`go: no install location for directory ... outside GOPATH\`; and checksum
  lookups fail with \`could not locate sumdb file: missing $GOPATH: HOME is not set\`;
- GOCACHE (when neither GOCACHE nor XDG_CACHE_HOME is set; always on macOS) is "off" and every build
  fails: \`build cache is required, but could not be located: GOCACHE is not defined and neither
  $XDG_CACHE_HOME nor $HOME are defined\`. On Windows GOCACHE comes from %LocalAppData% instead
  (appdata-missing);
- the go env file has no location (unless GOENV or XDG_CONFIG_HOME is set): \`go env -w\` fails with
  \`go: cannot find go env config: neither $XDG_CONFIG_HOME nor $HOME are defined\` and earlier go env -w
  settings are ignored.
This check is the one report for that cause (the GOPATH and cache checks stay silent): an error when a
common command fails, a warning when only the go env file is lost, info when everything is set
explicitly. go1.21 also prints a bogus \`warning: GOPATH set to GOROOT () has no effect\`. Verified on
go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios home-unset (downloads fail) and
home-unset-gopath-set (everything works, only the go env file is lost).
`,
  messages: {
    unset: {
      message: (d: Data) => `$${d.homeVar} is not set${d.fails.length > 0 ? ', so go commands fail' : ''}.`,
      why: (d: Data) => {
        const parts = [...d.fails, ...d.risks].map((c) => consequenceText(c, d));
        return parts.length > 0
          ? `Without it: ${parts.join('; ')}. Set ${d.homeVar}, or set the variables explicitly.`
          : `GOPATH, GOCACHE and the go env file are all set explicitly, so go does not need it; other tools (git, ssh) may.`;
      },
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    if (ctx.home !== '') return;
    const homeVar = homeVarName(ctx);
    const u = homeUses(ctx);
    const fails: Consequence[] = [];
    const risks: Consequence[] = [];
    if (u.gomodcache) fails.push('modcache');
    if (u.install) fails.push('install');
    if (u.sumdb && !u.gomodcache) fails.push('sumdb');
    if (u.gocache) fails.push('gocache');
    if (u.goenv) risks.push('goenv');
    const vars: string[] = [homeVar];
    if (u.gomodcache || u.install || u.sumdb) vars.push('GOPATH');
    if (u.gomodcache) vars.push('GOMODCACHE');
    if (u.gocache) vars.push('GOCACHE');
    if (u.goenv) vars.push('GOENV');
    const cacheWhy =
      ctx.os === 'darwin'
        ? '$HOME is not defined'
        : ctx.os === 'plan9'
          ? '$home is not defined'
          : 'neither $XDG_CACHE_HOME nor $HOME are defined';
    const fixes: Fix[] = [];
    const account = ctx.facts.host.accountHome;
    if (account) fixes.push({ kind: 'set-env', var: homeVar, value: account });
    else fixes.push(adviceFix(ADVICE, 'set', { homeVar }));
    report(
      'unset',
      fails.length > 0 ? 'error' : risks.length > 0 ? 'warning' : 'info',
      { homeVar, cacheWhy, fails, risks },
      { vars, fixes },
    );
  },
});
