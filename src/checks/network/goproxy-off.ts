import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { parseGoproxy } from '../_lib/proxy.js';
import { origin, show } from '../_lib/text.js';

interface OffData {
  value: string;
  origin: string;
  gonoproxy: boolean;
  vendor: boolean;
}

export default defineCheck({
  id: 'goproxy-off',
  title: 'Module downloads are not disabled by GOPROXY=off',
  group: 'network',
  vars: ['GOPROXY'],
  docs: `
GOPROXY=off (or a list whose first entry is \`off\`) forbids every module download. Any command that
needs a module that is not already in the module cache fails, with

    go: example.test/dep@v1.0.0: module lookup disabled by GOPROXY=off

(\`main.go:7:2: module lookup disabled by GOPROXY=off\` from go build). A build whose dependencies are
all in the module cache, or vendored, still works, but \`go mod download\`, \`go get\`, \`go install
pkg@version\` and the first build of a fresh checkout fail, so this is an error. Modules matched by
GONOPROXY/GOPRIVATE are still fetched directly from their version control. An \`off\` after other entries
(\`https://proxy.example.com,off\`) only disables the fallback and is not reported.
Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios goproxy-off-env and
goproxy-off-envfile; goproxy-off-after-file-proxy shows a trailing off is harmless.
`,
  messages: {
    off: {
      message: (d: OffData) =>
        `GOPROXY is ${d.value} (${d.origin}): the go command may not download any module.`,
      why: (d: OffData) =>
        [
          'Every download fails with "module lookup disabled by GOPROXY=off": go mod download, go get, go install pkg@version, and any build that needs a module missing from the module cache.',
          d.vendor ? 'This module has a vendor directory, so go build and go test can still use it.' : '',
          d.gonoproxy
            ? 'Modules matched by GONOPROXY/GOPRIVATE are still fetched directly from their repositories.'
            : '',
          'To work offline on purpose, fill the module cache first (go mod download) or vendor the dependencies (go mod vendor).',
        ]
          .filter((x) => x !== '')
          .join(' '),
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOPROXY');
    const list = parseGoproxy(s.value, ctx.goVersion);
    if (list.error || list.entries[0]?.kind !== 'off') return;
    let fixes: Fix[] = ctx.fixSetting('GOPROXY', null);
    if (fixes.length === 0) {
      fixes = [{ kind: 'go-env-w', var: 'GOPROXY', value: 'https://proxy.golang.org,direct' }];
    }
    report(
      'off',
      'error',
      {
        value: show(s.value),
        origin: origin(s),
        gonoproxy: ctx.setting('GONOPROXY').value !== '',
        vendor: ctx.facts.module.vendor,
      },
      { fixes },
    );
  },
});
