import type { Severity } from '../../core/check.js';
import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { atLeast } from '../../core/version.js';
import { homeState, homeUses, homeVarName } from '../_lib/home.js';
import { show } from '../_lib/text.js';

/** What a relative home directory does to each default. */
type Consequence = 'modcache' | 'install' | 'gocache-test' | 'gocache' | 'goenv';

type Data = {
  homeVar: string;
  value: string;
  modcache: string;
  fails: readonly Consequence[];
  risks: readonly Consequence[];
};

function consequenceText(c: Consequence, d: Data): string {
  switch (c) {
    case 'modcache':
      return `GOMODCACHE becomes ${d.modcache}, and every command that needs a module fails with "go: GOMODCACHE entry is relative; must be absolute path: ${d.modcache}."`;
    case 'install':
      return 'the default GOPATH is silently dropped, so go install fails with "go: no install location for directory ... outside GOPATH"';
    case 'gocache-test':
      return 'the build cache is a relative directory, created inside whatever directory a command runs in; go test fails because vet runs in other directories ("could not import ... (open <home>/.cache/go-build/...: no such file or directory)")';
    case 'gocache':
      return 'the build cache is a relative directory, created anew inside whatever directory a command runs in';
    case 'goenv':
      return 'the go env file is looked up relative to the current directory, so go env -w settings apply in one directory only';
  }
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  absolute: (d: { homeVar: string }) => `set ${d.homeVar} to the absolute path of your home directory`,
};

export default defineCheck({
  id: 'home-relative',
  title: 'The home directory is an absolute path',
  group: 'environment',
  vars: ['HOME', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV'],
  docs: `
A relative $HOME (%USERPROFILE% on Windows) is taken literally by everything the go command derives from
it (verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 with HOME=relhome, scenarios home-relative,
home-tilde and home-relative-gocache):
- the inferred GOPATH relhome/go is silently dropped ("uninfer" in src/cmd/go/main.go), but GOMODCACHE
  was already computed from it, so every command that needs a module fails with
  \`go: GOMODCACHE entry is relative; must be absolute path: "relhome/go/pkg/mod".\` (unless GOMODCACHE or
  GOPATH is set), and without GOBIN \`go install\` fails with "no install location";
- a HOME starting with "~" is worse: the inferred GOPATH "~/go" is refused before the relative check, and
  every go command exits with \`go: GOPATH entry cannot start with shell metacharacter '~': "~/go"\`;
- with GOCACHE and XDG_CACHE_HOME unset, GOCACHE becomes relhome/.cache/go-build (not "off": only an
  explicitly relative GOCACHE is refused), created inside each working directory. Builds work, but from
  go1.21 \`go test\` fails because vet runs in the packages' directories and cannot find the cache files;
  go1.19 still passes;
- the go env file (relhome/.config/go/env) is looked up relative to the current directory.
Error when a common command fails, warning otherwise.
`,
  messages: {
    relative: {
      message: (d: Data) =>
        `$${d.homeVar} is a relative path (${d.value})${d.fails.length > 0 ? ', so go commands fail' : ''}.`,
      why: (d: Data) => {
        const parts = [...d.fails, ...d.risks].map((c) => consequenceText(c, d));
        return `Everything go derives from it is relative too: ${parts.length > 0 ? parts.join('; ') : 'here nothing, because GOPATH, GOCACHE and GOENV are set'}. Set ${d.homeVar} to an absolute path.`;
      },
    },
    tilde: {
      message: (d: Data) => `$${d.homeVar} is ${d.value}, a literal "~", so every go command fails.`,
      why: () =>
        'The default GOPATH becomes "~/go", which go refuses before doing anything: "go: GOPATH entry cannot start with shell metacharacter \'~\': "~/go"" (exit status 2). The shell did not expand the ~ (it was quoted); set HOME to the absolute path.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const h = homeState(ctx);
    if (h.kind !== 'relative') return;
    const homeVar = homeVarName(ctx);
    const u = homeUses(ctx);
    const fixes: Fix[] = [];
    const account = ctx.facts.host.accountHome;
    if (account) fixes.push({ kind: 'set-env', var: homeVar, value: account });
    else fixes.push(adviceFix(ADVICE, 'absolute', { homeVar }));
    const data: Data = {
      homeVar,
      value: show(h.value),
      modcache: show(ctx.path.join(h.value, 'go', 'pkg', 'mod')),
      fails: [],
      risks: [],
    };
    if (u.gopath && h.value.startsWith('~')) {
      report('tilde', 'error', data, { vars: [homeVar, 'GOPATH'], fixes });
      return;
    }
    const fails: Consequence[] = [];
    const risks: Consequence[] = [];
    if (u.gomodcache) fails.push('modcache');
    if (u.install) fails.push('install');
    if (u.gocache) {
      const v = ctx.goVersion;
      if (v === null || atLeast(v, '1.21')) fails.push('gocache-test');
      else risks.push('gocache');
    }
    if (u.goenv) risks.push('goenv');
    const vars: string[] = [homeVar];
    if (u.gomodcache || u.install) vars.push('GOPATH');
    if (u.gomodcache) vars.push('GOMODCACHE');
    if (u.gocache) vars.push('GOCACHE');
    if (u.goenv) vars.push('GOENV');
    const severity: Severity = fails.length > 0 ? 'error' : 'warning';
    report('relative', severity, { ...data, fails, risks }, { vars, fixes });
  },
});
