import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { isSet, listSep, samePathCtx } from '../_lib/gopath.js';
import { homeState } from '../_lib/home.js';
import { origin, show } from '../_lib/text.js';

/** What breaks without a GOPATH[0]. */
type Consequence = 'modcache' | 'install' | 'sumdb';

type Data = {
  gopath: string;
  origin: string;
  homeGo: string;
  goroot: string;
  fails: readonly Consequence[];
};

const FAILS: Record<Consequence, string> = {
  modcache:
    'every command that needs a module fails with "go: module cache not found: neither GOMODCACHE nor GOPATH is set"',
  install:
    'go install fails with "go: no install location for directory ... outside GOPATH" (GOBIN is not set either)',
  sumdb:
    'adding or upgrading a module that go.sum does not list fails with "initializing sumdb.Client: could not locate sumdb file: missing $GOPATH"',
};

function consequences(d: Data): string {
  if (d.fails.length === 0)
    return 'GOMODCACHE and GOBIN are set and the checksum database is off, so the common commands still work.';
  return `Without it, ${d.fails.map((c) => FAILS[c]).join('; ')}.`;
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'move-go': (d: { dir: string }) => `or move the Go installation out of ${d.dir} and unset GOROOT`,
};

export default defineCheck({
  id: 'gopath-empty',
  title: 'There is a GOPATH (module cache and install directory)',
  group: 'gopath',
  vars: ['GOPATH'],
  docs: `
GOPATH[0] supplies the default module cache (GOPATH[0]/pkg/mod), the checksum-database cache
(GOPATH[0]/pkg/sumdb) and the module-mode install directory (GOPATH[0]/bin). The go command takes the
first list element as written, so it has none when:
- GOPATH starts with an empty element (":/home/u/go"): \`go env GOMODCACHE\` is empty although GOPATH
  is set;
- GOPATH is unset and $HOME/go is runtime.GOROOT(): go/build.defaultGOPATH drops the default. For go
  1.21+ release builds runtime.GOROOT() is $GOROOT from the OS environment, so this is the classic
  \`export GOROOT=$HOME/go\` with Go installed at $HOME/go. (Without $GOROOT, 1.21+ keeps GOPATH =
  $HOME/go = GOROOT instead, see gopath-equals-goroot; GOROOT written with go env -w does not count.)

Then (verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8, scenarios gopath-leading-empty,
gopath-empty-goroot-at-home and gopath-empty-modcache-gobin-set):
- without GOMODCACHE, downloads and builds of modules with dependencies fail with
  \`go: module cache not found: neither GOMODCACHE nor GOPATH is set\`;
- without GOBIN, \`go install\` fails with \`go: no install location for directory ... outside GOPATH\`;
- even with both set, a checksum-database lookup (a module version not in go.sum) fails with
  \`initializing sumdb.Client: could not locate sumdb file: missing $GOPATH: cannot set GOROOT as GOPATH\`.
A missing, unset or relative HOME also leaves GOPATH empty; home-unset and home-relative report that.
go1.21 additionally prints a bogus \`warning: GOPATH set to GOROOT () has no effect\` when GOPATH is
empty and $GOROOT is unset.
`,
  messages: {
    'leading-empty': {
      message: (d: Data) =>
        `GOPATH ${d.gopath} starts with an empty element (${d.origin}), so go sees no GOPATH[0].`,
      why: (d: Data) =>
        `GOPATH[0] is taken as written, so the module cache, the checksum-database cache and the install directory have no location. ${consequences(d)}`,
    },
    'goroot-at-home': {
      message: (d: Data) => `GOPATH is empty: its default, ${d.homeGo}, is GOROOT, so go drops it.`,
      why: (d: Data) =>
        `go/build never uses the Go installation as the default GOPATH ("cannot set GOROOT as GOPATH"). ${consequences(d)} Set GOPATH to a directory of its own, or install Go elsewhere (e.g. /usr/local/go).`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOPATH');
    const entries = ctx.splitList(s.value);
    if ((entries[0] ?? '') !== '') return;
    const fails: Consequence[] = [];
    if (!isSet(ctx, 'GOMODCACHE')) fails.push('modcache');
    if (!isSet(ctx, 'GOBIN')) fails.push('install');
    if (ctx.setting('GOSUMDB').value !== 'off') fails.push('sumdb');
    const severity = fails.length > 0 ? 'error' : 'info';
    const home = ctx.home;
    const homeGo = home === '' ? '' : ctx.path.join(home, 'go');
    const goroot = ctx.facts.env.GOROOT ?? '';
    const data: Data = {
      gopath: show(s.value),
      origin: origin(s),
      homeGo: show(homeGo),
      goroot: show(goroot),
      fails,
    };
    if (s.value !== '') {
      const rest = entries.filter((e) => e !== '');
      report('leading-empty', severity, data, {
        fixes: ctx.fixSetting('GOPATH', rest.length > 0 ? rest.join(listSep(ctx.os)) : null),
      });
      return;
    }
    // An empty GOPATH because of HOME (unset, relative, unusable) is reported by the home-* checks.
    const h = homeState(ctx);
    if (h.kind !== 'ok' && h.kind !== 'missing') return;
    // The default is dropped only when $HOME/go is runtime.GOROOT(), which for the releases this tool
    // knows is $GOROOT from the OS environment. Trust go's own answer when it gave one.
    const envGorootIsHomeGo = goroot !== '' && samePathCtx(ctx, goroot, homeGo);
    if (!s.confirmed && !envGorootIsHomeGo) return;
    data.goroot = show(goroot || homeGo);
    report('goroot-at-home', severity, data, {
      vars: ['GOPATH', 'GOROOT'],
      fixes: [
        ...ctx.fixSetting('GOPATH', ctx.path.join(home, 'gopath')),
        adviceFix(ADVICE, 'move-go', { dir: homeGo }),
      ],
    });
  },
});
