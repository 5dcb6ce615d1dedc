import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { gorootOf, isSet, listSep, samePathCtx } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

type Data = { gopath: string; goroot: string; origin: string; goAtHome: boolean };

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'move-go': (d: { dir: string }) =>
    `or move the Go installation out of ${d.dir} (for example to /usr/local/go)`,
};

export default defineCheck({
  id: 'gopath-equals-goroot',
  title: 'GOPATH is not the Go installation itself',
  group: 'gopath',
  vars: ['GOPATH', 'GOROOT'],
  docs: `
When GOPATH (or its first entry) is GOROOT, the go command still works, but it writes into the Go
installation: the module cache goes to GOROOT/pkg/mod and \`go install\` puts commands into GOROOT/bin,
next to go itself. Reinstalling or upgrading Go (rm -rf the tree) wipes them, and on a read-only
system install the downloads and installs fail (install-dir-unwritable reports that).

The usual cause is installing Go at $HOME/go, the default GOPATH: without $GOROOT set, go 1.21+ then
uses $HOME/go as both. go warns only when the whole GOPATH equals GOROOT after cleaning, and how depends
on the release (src/cmd/go/main.go):
- go1.22 and 1.23 compare with the effective GOROOT and print
  \`warning: GOPATH set to GOROOT (/home/u/go) has no effect\`;
- newer releases (1.26.8 here) print
  \`warning: both GOPATH and GOROOT are the same directory (/home/u/go); see https://go.dev/wiki/InstallTroubleshooting\`;
- go1.19 and 1.21 compare with runtime.GOROOT() ($GOROOT, else the path built into the binary, empty
  for 1.21 release builds), so they usually say nothing.
If $GOROOT is set to $HOME/go and GOPATH is unset, the default GOPATH is dropped instead (gopath-empty).
Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenario gopath-equals-goroot-home
(a Go tree at $HOME/go, all commands succeed, the warning appears from 1.22 on).
`,
  messages: {
    same: {
      message: (d: Data) => `GOPATH ${d.gopath} is GOROOT, the Go installation itself (${d.origin}).`,
      why: (d: Data) =>
        `Modules are downloaded into GOROOT/pkg/mod and go install writes into GOROOT/bin, inside the Go tree, where an upgrade deletes them (go 1.22+ warns "GOPATH set to GOROOT ... has no effect"; newer releases "both GOPATH and GOROOT are the same directory"). ${d.goAtHome ? 'Go is installed at the default GOPATH, $HOME/go: move Go elsewhere (e.g. /usr/local/go or $HOME/sdk/go) or set GOPATH to another directory.' : 'Point GOPATH at a directory of its own, or unset it to use $HOME/go.'}`,
    },
    'first-entry': {
      message: (d: Data) =>
        `The first GOPATH entry is GOROOT ${d.goroot} (${d.origin}); go does not warn about this.`,
      why: () =>
        `GOPATH[0] supplies the module cache and the install directory, so modules land in GOROOT/pkg/mod and installed commands in GOROOT/bin, inside the Go tree. Put another directory first.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const s = ctx.setting('GOPATH');
    const goroot = gorootOf(ctx);
    if (s.value === '' || goroot === '') return;
    const data = {
      gopath: show(s.value),
      goroot: show(goroot),
      // The settings model's derivation for a default GOPATH assumes go drops $HOME/go when it is GOROOT,
      // which go only does when $GOROOT says so; go's answer here shows it did not.
      origin: isSet(ctx, 'GOPATH')
        ? origin(s)
        : ctx.os === 'windows'
          ? 'the default, %USERPROFILE%\\go'
          : 'the default, $HOME/go',
      goAtHome: false,
    };
    // Go sits at $HOME/go, the default GOPATH: unsetting GOPATH would not help.
    const goAtHome = ctx.home !== '' && samePathCtx(ctx, ctx.path.join(ctx.home, 'go'), goroot);
    data.goAtHome = goAtHome;
    if (samePathCtx(ctx, s.value, goroot)) {
      const fixes = goAtHome
        ? [
            ...ctx.fixSetting('GOPATH', ctx.path.join(ctx.path.dirname(goroot), 'gopath')),
            adviceFix(ADVICE, 'move-go', { dir: goroot }),
          ]
        : ctx.fixSetting('GOPATH', null);
      report('same', 'warning', data, { fixes });
      return;
    }
    const entries = ctx.splitList(s.value);
    const first = entries[0] ?? '';
    if (entries.length > 1 && first !== '' && samePathCtx(ctx, first, goroot)) {
      const rest = entries.slice(1).filter((e) => e !== '');
      report('first-entry', 'warning', data, {
        fixes: ctx.fixSetting('GOPATH', rest.length > 0 ? rest.join(listSep(ctx.os)) : null),
      });
    }
  },
});
