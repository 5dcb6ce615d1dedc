import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { catchAllGlobs } from '../_lib/proxy.js';
import { show } from '../_lib/text.js';

const DEFAULT_GOSUMDB = 'sum.golang.org';

interface EmptyData {
  where: 'envfile' | 'goroot-empty' | 'goroot-no-line';
  file: string;
  line: number | null;
  version: string;
  bypassed: boolean;
}

function cause(d: EmptyData): string {
  const at = d.line !== null ? `${d.file}:${d.line}` : d.file;
  switch (d.where) {
    case 'envfile':
      return `the go env file ${at} has an empty GOSUMDB= line, which hides $GOROOT/go.env`;
    case 'goroot-empty':
      return `${at} sets GOSUMDB to an empty value`;
    default:
      return `${d.file} has no GOSUMDB line and Go ${d.version} has no built-in default`;
  }
}

export default defineCheck({
  id: 'gosumdb-empty',
  title: 'GOSUMDB is not empty',
  group: 'network',
  vars: ['GOSUMDB'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
Since Go 1.21 the default \`GOSUMDB=sum.golang.org\` comes from \`$GOROOT/go.env\`, not from the go
command. An empty \`GOSUMDB=\` line in the user's go env file hides it (an empty OS variable changes
nothing), and so does a go.env without the line. Verifying a module version that is not in go.sum then
fails with

    go: example.test/dep@v1.1.0: verifying go.mod: missing GOSUMDB

so adding or upgrading a dependency and \`go install pkg@version\` fail (error; a warning when
GONOSUMDB/GOPRIVATE matches every module). Builds whose go.sum is complete keep working. When go.env is
missing altogether goroot-go-env-missing reports it and this check stays silent. Go 1.19 and 1.20 use
their built-in default. Verified with go1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenario
gosumdb-empty-envfile (downloading a version missing from go.sum).
`,
  messages: {
    empty: {
      message: (d: EmptyData) => `GOSUMDB is empty: ${cause(d)}.`,
      why: (d: EmptyData) =>
        d.bypassed
          ? 'GONOSUMDB/GOPRIVATE matches every module, so only toolchain downloads need the checksum database; they fail with "missing GOSUMDB".'
          : `Every download of a module version that is not in go.sum yet (go get, go mod tidy, go install pkg@version) fails with "verifying go.mod: missing GOSUMDB". Remove the empty setting so the default (${DEFAULT_GOSUMDB}) applies.`,
    },
  },
  run(ctx, report) {
    if (ctx.facts.gorootEnvFile?.exists === false) return;
    const s = ctx.setting('GOSUMDB');
    if (s.value !== '') return;
    const version = ctx.goVersion ?? '1.21+';
    const bypassed = catchAllGlobs(ctx.setting('GONOSUMDB').value).length > 0;
    const gorootUsable = s.goroot !== undefined && s.goroot.value !== '';
    let data: EmptyData;
    let fixes: Fix[];
    if (s.envFile !== undefined) {
      data = {
        where: 'envfile',
        file: show(s.envFile.file ?? ''),
        line: s.envFile.line ?? null,
        version,
        bypassed,
      };
      fixes = gorootUsable
        ? [{ kind: 'go-env-u', var: 'GOSUMDB' }]
        : [{ kind: 'go-env-w', var: 'GOSUMDB', value: DEFAULT_GOSUMDB }];
    } else {
      const file = show(s.goroot?.file ?? ctx.facts.gorootEnvFile?.path ?? '$GOROOT/go.env');
      data =
        s.goroot !== undefined
          ? { where: 'goroot-empty', file, line: s.goroot.line ?? null, version, bypassed }
          : { where: 'goroot-no-line', file, line: null, version, bypassed };
      fixes = [{ kind: 'go-env-w', var: 'GOSUMDB', value: DEFAULT_GOSUMDB }];
    }
    report('empty', bypassed ? 'warning' : 'error', data, { fixes });
  },
});
