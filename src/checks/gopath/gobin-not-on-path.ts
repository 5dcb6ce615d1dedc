import { defineCheck } from '../../core/check.js';
import { goIsAbs, installDir, samePathCtx } from '../_lib/gopath.js';
import { gopathBrokenByHome } from '../_lib/home.js';
import { show } from '../_lib/text.js';

type Data = { dir: string; via: 'GOBIN' | 'GOPATH'; exists: boolean };

export default defineCheck({
  id: 'gobin-not-on-path',
  title: 'Commands installed with go install are found on PATH',
  group: 'gopath',
  vars: ['GOBIN', 'GOPATH', 'PATH'],
  docs: `
\`go install\` puts commands in GOBIN, or GOPATH[0]/bin when GOBIN is unset. Nothing in the go command
checks that this directory is on PATH, and go never warns about it (the seed claim that go warns is
false): \`go install golang.org/x/tools/gopls@latest\` succeeds and then "gopls: command not found".
This check compares the install directory with every PATH entry, both cleaned and with links resolved
("~/..." entries count as expanded; path-tilde reports those). It is a warning when GOBIN is set or the
directory exists (so something was, or is meant to be, installed there), and info when the default
directory has not been created yet. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the
scenarios gobin-not-on-path and gobin-on-path-via-link (go itself succeeds in both).
`,
  messages: {
    missing: {
      message: (d: Data) =>
        `The go install directory ${d.dir} (${d.via === 'GOBIN' ? 'GOBIN' : 'GOPATH[0]/bin'}) is not on PATH${d.exists ? '' : ' (it does not exist yet)'}.`,
      why: () =>
        'Commands installed with go install (gopls, dlv, staticcheck, ...) land there, and the shell, editors and go generate will not find them. go itself never warns about this.',
    },
  },
  run(ctx, report) {
    const target = installDir(ctx);
    if (!target || !goIsAbs(ctx.os, target.dir)) return;
    if (target.via === 'GOPATH' && gopathBrokenByHome(ctx)) return;
    const home = ctx.home;
    const entries =
      ctx.facts.pathEntries.length > 0
        ? ctx.facts.pathEntries
        : ctx.splitList(ctx.facts.env.PATH ?? '').map((entry, index) => ({ entry, index, info: null }));
    if (entries.length === 0) return;
    const real = target.info?.realPath;
    for (const e of entries) {
      let entry = e.entry;
      if (entry === '') continue;
      if (/^~(?=$|[\\/])/.test(entry) && goIsAbs(ctx.os, home)) entry = ctx.path.join(home, entry.slice(1));
      if (samePathCtx(ctx, entry, target.dir)) return;
      const entryReal = e.info?.realPath;
      if (real && entryReal && samePathCtx(ctx, entryReal, real)) return;
    }
    const exists = target.info?.kind === 'dir';
    report(
      'missing',
      target.via === 'GOBIN' || exists ? 'warning' : 'info',
      { dir: show(target.dir), via: target.via, exists },
      { vars: [target.via, 'PATH'], fixes: [{ kind: 'path-add', dir: target.dir, position: 'append' }] },
    );
  },
});
