import type { Severity } from '../../core/check.js';
import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { type DirProblem, goIsAbs } from '../_lib/gopath.js';
import { homeState, homeVarName, underHome } from '../_lib/home.js';
import { show } from '../_lib/text.js';

type Consequence = 'modcache' | 'install' | 'gocache' | 'goenv';

type Data = {
  homeVar: string;
  value: string;
  problem: DirProblem | 'missing';
  target: string;
  fails: readonly Consequence[];
  risks: readonly Consequence[];
};

const WHAT: Record<DirProblem | 'missing', string> = {
  dangling: 'is a symbolic link to a directory that does not exist',
  loop: 'is a symbolic link loop',
  'not-dir': 'is not a directory',
  uncreatable: 'does not exist and cannot be created',
  'read-only': 'is read-only',
  denied: 'is not writable',
  missing: 'does not exist (go creates it on first use)',
};

function consequenceText(c: Consequence): string {
  switch (c) {
    case 'modcache':
      return 'the module cache under it cannot be created: "go: could not create module cache: mkdir ...: file exists" (or "not a directory"), so downloads and builds fail';
    case 'install':
      return 'go install cannot create its bin directory under it';
    case 'gocache':
      return 'the build cache under it cannot be created: "failed to initialize build cache at .../go-build: mkdir ...", so every build fails';
    case 'goenv':
      return 'the go env file under it cannot be read or written (go env -w fails)';
  }
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  point: (d: { homeVar: string }) => `point ${d.homeVar} at an existing directory`,
};

export default defineCheck({
  id: 'home-dangling',
  title: 'The home directory exists',
  group: 'environment',
  vars: ['HOME', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV'],
  docs: `
The go command builds its defaults from $HOME literally and lets the kernel follow links, so a
symbolic-link HOME that points at a real directory works exactly like that directory (the seed claims
that a symlinked HOME breaks Go are false: scenario home-symlink-valid builds, tests, downloads and
installs with no finding). What breaks is a HOME that cannot hold directories (verified on go1.19.8,
1.21.13, 1.22.12, 1.23.5 and 1.26.8, scenario home-dangling):
- a dangling link: MkdirAll meets an existing name it cannot stat, so
  \`go: could not create module cache: mkdir /home/u: file exists\`, and without XDG_CACHE_HOME
  \`failed to initialize build cache at /home/u/.cache/go-build: mkdir /home/u: file exists\`;
- a file: \`go: could not create module cache: stat /home/u/go/pkg/mod: not a directory\`;
- a missing directory whose parent cannot be written.
A HOME that simply does not exist under a writable parent is created by go on first use (scenario
home-missing-creatable: all commands succeed) and is only a warning. The severity follows what lies under
HOME: the module cache, the install directory or the build cache make it an error; only the go env file,
a warning. A read-only or unwritable HOME is left to the cache and install-directory checks.
`,
  messages: {
    broken: {
      message: (d: Data) => `$${d.homeVar} ${d.value} ${WHAT[d.problem]}${d.target ? ` (${d.target})` : ''}.`,
      why: (d: Data) => {
        const parts = [...d.fails, ...d.risks].map(consequenceText);
        return parts.length > 0
          ? `go keeps its files under it: ${parts.join('; ')}. Create the directory (or fix the link), or set ${d.homeVar} to an existing directory.`
          : 'go keeps nothing under it here (GOPATH, GOCACHE and GOENV point elsewhere), but other tools will fail.';
      },
    },
    missing: {
      message: (d: Data) => `$${d.homeVar} ${d.value} ${WHAT.missing}.`,
      why: () =>
        'go creates the directories it needs (GOPATH, caches, the go env file) with all missing parents, so go works, but the home directory is probably not the one you think.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const h = homeState(ctx);
    if (h.kind !== 'broken' && h.kind !== 'missing') return;
    const homeVar = homeVarName(ctx);
    const info = ctx.pathInfo('HOME');
    const base: Data = {
      homeVar,
      value: show(h.value),
      problem: h.kind === 'broken' ? h.problem : 'missing',
      target: info?.symlink ? `-> ${show(info.symlink.target)}` : '',
      fails: [],
      risks: [],
    };
    const fixes: Fix[] = [];
    if (info?.symlink?.dangling && goIsAbs(ctx.os, info.symlink.target))
      fixes.push({ kind: 'mkdir', path: info.symlink.target });
    const account = ctx.facts.host.accountHome;
    if (account && account !== h.value) fixes.push({ kind: 'set-env', var: homeVar, value: account });
    if (h.kind === 'missing') {
      report('missing', 'warning', base, {
        vars: [homeVar],
        fixes: [{ kind: 'mkdir', path: h.value }, ...fixes],
      });
      return;
    }
    const u = underHome(ctx, h.value);
    const fails: Consequence[] = [];
    const risks: Consequence[] = [];
    if (u.gomodcache) fails.push('modcache');
    if (u.install) fails.push('install');
    if (u.gocache) fails.push('gocache');
    if (u.goenv) risks.push('goenv');
    const vars: string[] = [homeVar];
    if (u.gomodcache || u.install) vars.push('GOPATH');
    if (u.gomodcache) vars.push('GOMODCACHE');
    if (u.gocache) vars.push('GOCACHE');
    if (u.goenv) vars.push('GOENV');
    if (fixes.length === 0) fixes.push(adviceFix(ADVICE, 'point', { homeVar }));
    const severity: Severity = fails.length > 0 ? 'error' : risks.length > 0 ? 'warning' : 'info';
    report('broken', severity, { ...base, fails, risks }, { vars, fixes });
  },
});
