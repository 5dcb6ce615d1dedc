import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { origin } from '../_lib/text.js';

interface OffData {
  origin: string;
  toolchainDownload: boolean;
}

export default defineCheck({
  id: 'gosumdb-off',
  title: 'Downloads are verified against the checksum database',
  group: 'network',
  vars: ['GOSUMDB'],
  docs: `
GOSUMDB=off turns off the checksum database (sum.golang.org). Downloads still work, and modules already in
go.sum are still checked against it, but a module version that is new to go.sum is trusted on first use:
whatever the proxy or the repository serves is accepted and written to go.sum. That is what most people
do not intend, so this is a warning. To skip the database only for private modules use GOPRIVATE or
GONOSUMDB; if sum.golang.org is unreachable (for example from mainland China) use the built-in alias
\`GOSUMDB=sum.golang.google.cn\` or a proxy that serves the database. Toolchain downloads
(GOTOOLCHAIN switching to golang.org/toolchain) always need the database, even with GOSUMDB=off
(modfetch/sumdb.go useSumDB), and fail with "checksum database disabled by GOSUMDB=off" unless GOPROXY
is a single file:// URL. The scenario gosumdb-off-env verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and
1.26.8 that builds and a download of a version missing from go.sum both succeed.
`,
  messages: {
    off: {
      message: (d: OffData) =>
        `GOSUMDB is "off" (${d.origin}): new module versions are not verified against the checksum database.`,
      why: (d: OffData) =>
        [
          'Any version that is not yet in go.sum is accepted as served, so a tampered or changed module would go unnoticed.',
          'Use GOPRIVATE or GONOSUMDB to skip verification only for private modules; if sum.golang.org is unreachable, GOSUMDB=sum.golang.google.cn is a built-in alias.',
          d.toolchainDownload
            ? 'This module also needs a toolchain download, which requires the checksum database and fails with GOSUMDB=off.'
            : 'Toolchain downloads (GOTOOLCHAIN) require the checksum database and fail with GOSUMDB=off.',
        ].join(' '),
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOSUMDB');
    if (s.value !== 'off') return;
    let fixes: Fix[] = ctx.fixSetting('GOSUMDB', null);
    if (fixes.length === 0) fixes = [{ kind: 'go-env-w', var: 'GOSUMDB', value: 'sum.golang.org' }];
    report(
      'off',
      'warning',
      { origin: origin(s), toolchainDownload: ctx.toolchain.outcome === 'download' },
      { fixes },
    );
  },
});
