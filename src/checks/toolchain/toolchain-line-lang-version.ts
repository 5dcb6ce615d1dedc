import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { atLeast, parse } from '../../core/version.js';
import { origin } from '../_lib/text.js';
import { shortPath } from '../_lib/toolchain.js';

type Data = { toolchain: string; where: string; error: string };

export default defineCheck({
  id: 'toolchain-line-lang-version',
  title: 'The selected toolchain names a release, not a language version',
  group: 'toolchain',
  vars: ['GOTOOLCHAIN'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
Since Go 1.21, \`1.22\` is a language version and \`1.22.0\` its first release; only releases exist as
toolchains. When a \`toolchain go1.22\` line in go.mod/go.work (or GOTOOLCHAIN=go1.22) asks for a newer
Go than the local one and no executable named \`go1.22\` is on PATH, go tries to download
\`golang.org/toolchain@v0.0.1-go1.22.GOOS-GOARCH\`, which does not exist, and every command fails:

    go: downloading go1.22 (linux/amd64)
    go: invalid toolchain: go1.22 is a language version but not a toolchain version (go1.22.x)

(early 1.21.x releases said only "toolchain not available", golang/go#65580). A \`go 1.22\` line without
the patch is fine: toolchain selection turns it into go1.22.0 (select.go, since 1.21.x), so it is not
reported. Verified on go1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios toolchain-line-lang-version
(\`toolchain go1.99\` with GOTOOLCHAIN=auto and a file:// GOPROXY) and go-line-lang-version-switches
(\`go 1.99\`: go asks for go1.99.0 instead).
`,
  messages: {
    line: {
      message: (d: Data) =>
        `${d.where} says "toolchain ${d.toolchain}", a language version: go would need to download it, and no such toolchain exists.`,
      why: (d: Data) =>
        `Every go command in this module fails with "${d.error}". Name a release, such as ${d.toolchain}.0.`,
    },
    env: {
      message: (d: Data) =>
        `GOTOOLCHAIN is ${d.toolchain} (${d.where}), a language version: go would need to download it, and no such toolchain exists.`,
      why: (d: Data) =>
        `Every go command in module mode fails with "${d.error}". Name a release, such as ${d.toolchain}.0.`,
    },
  },
  run(ctx, report) {
    const sel = ctx.toolchain;
    if (sel.outcome !== 'download') return;
    const v = parse(sel.version);
    if (v.major === '' || v.patch !== '' || v.kind !== '' || !atLeast(sel.version, '1.21')) return;
    const tc = sel.toolchain;
    const error = `go: invalid toolchain: ${tc} is a language version but not a toolchain version (${tc}.x)`;
    const f = sel.file
      ? [ctx.facts.module.gowork, ctx.facts.module.gomod].find((m) => m?.path === sel.file)
      : null;
    if (f && f.toolchain === tc) {
      const fixes: Fix[] =
        f.toolchainLine !== undefined
          ? [
              {
                kind: 'edit-line',
                file: f.path,
                line: f.toolchainLine,
                from: `toolchain ${tc}`,
                to: `toolchain ${tc}.0`,
              },
            ]
          : [];
      const where = `${shortPath(ctx, f.path)}${f.toolchainLine !== undefined ? `:${f.toolchainLine}` : ''}`;
      report('line', 'error', { toolchain: tc, where, error }, { fixes });
      return;
    }
    const s = ctx.setting('GOTOOLCHAIN');
    const suffix = s.value.includes('+') ? s.value.slice(s.value.indexOf('+')) : '';
    report(
      'env',
      'error',
      { toolchain: tc, where: origin(s), error },
      { fixes: ctx.fixSetting('GOTOOLCHAIN', `${tc}.0${suffix}`) },
    );
  },
});
