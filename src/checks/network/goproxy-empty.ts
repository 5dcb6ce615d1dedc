import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { NO_ENTRIES_MESSAGE } from '../_lib/proxy.js';
import { show } from '../_lib/text.js';

const DEFAULT_GOPROXY = 'https://proxy.golang.org,direct';

interface EmptyData {
  /** Where the empty value comes from. */
  where: 'envfile' | 'goroot-empty' | 'goroot-no-line';
  /** The file (quoted) and line. */
  file: string;
  line: number | null;
  version: string;
}

function cause(d: EmptyData): string {
  const at = d.line !== null ? `${d.file}:${d.line}` : d.file;
  switch (d.where) {
    case 'envfile':
      return `the go env file ${at} has an empty GOPROXY= line, which hides $GOROOT/go.env`;
    case 'goroot-empty':
      return `${at} sets GOPROXY to an empty value`;
    default:
      return `${d.file} has no GOPROXY line and Go ${d.version} has no built-in default`;
  }
}

export default defineCheck({
  id: 'goproxy-empty',
  title: 'GOPROXY is not empty',
  group: 'network',
  vars: ['GOPROXY'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
Since Go 1.21 the go command has no built-in GOPROXY: the default \`https://proxy.golang.org,direct\`
comes from \`$GOROOT/go.env\`. A line \`GOPROXY=\` in the user's go env file (written by hand or by
\`go env -w GOPROXY=\`) hides go.env, and an empty OS variable does not override anything, so the effective
value is empty and every module download fails with

    go: example.test/dep@v1.0.0: GOPROXY list is not the empty string, but contains no entries

The same happens when go.env exists but has no GOPROXY line. When go.env is missing altogether,
goroot-go-env-missing reports it and this check stays silent. Go 1.19 and 1.20 fall back to their
built-in default (an empty line there means proxy.golang.org). Verified with go1.21.13, 1.22.12, 1.23.5
and 1.26.8 by the scenario goproxy-empty-envfile; on go1.19.8 \`go env GOPROXY\` prints the built-in
default for the same file.
`,
  messages: {
    empty: {
      message: (d: EmptyData) => `GOPROXY is empty: ${cause(d)}.`,
      why: () =>
        `Every module download fails with "${NO_ENTRIES_MESSAGE}". Remove the empty setting so $GOROOT/go.env's default (${DEFAULT_GOPROXY}) applies, or set a proxy.`,
    },
  },
  run(ctx, report) {
    if (ctx.facts.gorootEnvFile?.exists === false) return;
    const s = ctx.setting('GOPROXY');
    if (s.value !== '') return;
    const version = ctx.goVersion ?? '1.21+';
    const gorootUsable = s.goroot !== undefined && s.goroot.value !== '';
    let data: EmptyData;
    let fixes: Fix[];
    if (s.envFile !== undefined) {
      data = { where: 'envfile', file: show(s.envFile.file ?? ''), line: s.envFile.line ?? null, version };
      // Removing the line brings back go.env's value, when go.env has one.
      fixes = gorootUsable
        ? [{ kind: 'go-env-u', var: 'GOPROXY' }]
        : [{ kind: 'go-env-w', var: 'GOPROXY', value: DEFAULT_GOPROXY }];
    } else {
      const file = show(s.goroot?.file ?? ctx.facts.gorootEnvFile?.path ?? '$GOROOT/go.env');
      data =
        s.goroot !== undefined
          ? { where: 'goroot-empty', file, line: s.goroot.line ?? null, version }
          : { where: 'goroot-no-line', file, line: null, version };
      fixes = [{ kind: 'go-env-w', var: 'GOPROXY', value: DEFAULT_GOPROXY }];
    }
    report('empty', 'error', data, { fixes });
  },
});
