import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { atLeast, compare } from '../../core/version.js';
import { joinWords, show } from '../_lib/text.js';

/** What $GOROOT/go.env normally provides (the official distribution's file). */
const GO_ENV_DEFAULTS: Record<string, string> = {
  GOPROXY: 'https://proxy.golang.org,direct',
  GOSUMDB: 'sum.golang.org',
  GOTOOLCHAIN: 'auto',
};

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  reinstall: (d: { file: string }) => `Reinstall Go from https://go.dev/dl/ so that ${d.file} exists again.`,
};

export default defineCheck({
  id: 'goroot-go-env-missing',
  title: '$GOROOT/go.env exists',
  group: 'toolchain',
  vars: ['GOROOT', 'GOPROXY', 'GOSUMDB', 'GOTOOLCHAIN'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
Since Go 1.21 the defaults of GOPROXY, GOSUMDB and GOTOOLCHAIN are not built into the go command: they
come from \`$GOROOT/go.env\`. A GOROOT without that file (a repackaged or hand-copied installation) leaves
all three empty unless they are set in the environment or the go env file:
- an empty GOPROXY makes every module download fail, even \`go mod download\` with a warm module
  cache: \`go: GOPROXY list is not the empty string, but contains no entries\` (error);
- an empty GOSUMDB makes fetching any module that is not in go.sum fail (go get, go mod download of a
  new version): \`verifying go.mod: missing GOSUMDB\` (error, like gosumdb-empty: builds of a module whose
  go.sum is complete still work, but adding or upgrading a dependency does not);
- an empty GOTOOLCHAIN acts like \`local\`: a go.mod that needs a newer Go fails with
  \`go: go.mod requires go >= 1.N (running go 1.M)\` instead of switching (warning).
Go 1.19 and 1.20 have no go.env (Debian's /usr/lib/go-1.19 has none) and are not affected. Verified on
go1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios goroot-no-go-env (GOPROXY from the file: error)
and goroot-no-go-env-proxy-set (GOPROXY set in the environment: builds work, fetching a new module fails
with "missing GOSUMDB": error).
`,
  messages: {
    'no-proxy': {
      message: (d: { file: string; affected: readonly string[] }) =>
        `${d.file} is missing, so ${joinWords(d.affected)} ${d.affected.length === 1 ? 'is' : 'are'} empty.`,
      why: (d: { affected: readonly string[] }) =>
        `${d.affected.includes('GOPROXY') ? 'With an empty GOPROXY every module download fails with "GOPROXY list is not the empty string, but contains no entries". ' : 'With an empty GOSUMDB every module that is not yet in go.sum fails to download with "missing GOSUMDB". '}Reinstall Go (the official archive has go.env), or set GOPROXY and GOSUMDB yourself.`,
    },
    missing: {
      message: (d: { file: string; affected: readonly string[] }) =>
        `${d.file} is missing, so ${joinWords(d.affected)} ${d.affected.length === 1 ? 'is' : 'are'} empty.`,
      why: (d: { affected: readonly string[] }) =>
        [
          d.affected.includes('GOSUMDB')
            ? 'Adding a dependency that is not in go.sum fails with "missing GOSUMDB".'
            : '',
          d.affected.includes('GOTOOLCHAIN')
            ? 'GOTOOLCHAIN acts like local: a go.mod that needs a newer Go fails instead of switching toolchains.'
            : '',
          'Reinstall Go (the official archive has go.env), or set these yourself.',
        ]
          .filter((x) => x !== '')
          .join(' '),
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const local = ctx.localGoVersion;
    if (!local || !atLeast(local, '1.21')) return;
    const envFile = ctx.facts.gorootEnvFile;
    const g = ctx.facts.goroot;
    const info = ctx.pathInfo('GOROOT');
    if (!envFile || envFile.exists || !g || !g.pkgTool || info?.kind !== 'dir') return;
    // Another release's tree is goroot-mismatch's business.
    if (g.version && compare(g.version, local) !== 0) return;
    const affected = ['GOPROXY', 'GOSUMDB', 'GOTOOLCHAIN'].filter((name) => {
      const s = ctx.setting(name);
      return s.source === 'default' && s.envFile === undefined && s.value === '';
    });
    if (affected.length === 0) return;
    const fixes: Fix[] = [];
    for (const name of affected) {
      if (name === 'GOTOOLCHAIN') continue; // auto would change behaviour; leave that choice to the user
      fixes.push({ kind: 'go-env-w', var: name, value: GO_ENV_DEFAULTS[name] ?? '' });
    }
    fixes.push(adviceFix(ADVICE, 'reinstall', { file: envFile.path }));
    const data = { file: show(envFile.path), affected };
    const vars = ['GOROOT', ...affected];
    // An empty GOPROXY or GOSUMDB makes fetching any module that is not in go.sum fail (go get, go mod
    // download of a new version), so it is an error even where the current go.sum is complete. A goX.Y.Z
    // found on PATH runs with its own GOROOT, and so its own go.env.
    const breaksDownloads = affected.includes('GOPROXY') || affected.includes('GOSUMDB');
    const switched = ctx.toolchain.outcome === 'path';
    if (breaksDownloads) report('no-proxy', switched ? 'warning' : 'error', data, { fixes, vars });
    else report('missing', 'warning', data, { fixes, vars });
  },
});
