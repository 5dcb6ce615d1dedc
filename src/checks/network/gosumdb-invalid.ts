import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { catchAllGlobs } from '../_lib/proxy.js';
import { parseGosumdb } from '../_lib/sumdb.js';
import { origin, show } from '../_lib/text.js';

interface InvalidData {
  value: string;
  origin: string;
  error: string;
  /** GONOSUMDB (or GOPRIVATE) matches every module, so only toolchain downloads consult it. */
  bypassed: boolean;
}

export default defineCheck({
  id: 'gosumdb-invalid',
  title: 'GOSUMDB is a valid checksum database setting',
  group: 'network',
  vars: ['GOSUMDB'],
  docs: `
The go command reads GOSUMDB like modfetch/sumdb.go \`dbDial\` (unchanged from Go 1.19 to 1.26): exactly
\`sum.golang.google.cn\` is a built-in alias of sum.golang.org; otherwise the value is split into fields:
a verifier key and an optional URL. The key is \`sum.golang.org\` (known built in) or a full
\`name+hash+base64key\`; a bare host name of your own database is not enough. The value is only read when
a module version must be verified (one that is not in go.sum yet, or any \`go install pkg@version\`), and
then the command fails:

    go: example.test/dep@v1.1.0: verifying go.mod: invalid GOSUMDB: too many fields
    ... verifying go.mod: invalid GOSUMDB: malformed verifier id      (bogus, " sum.golang.google.cn", sumdb.example.com)
    ... verifying go.mod: invalid GOSUMDB: invalid verifier hash
    ... verifying go.mod: invalid GOSUMDB URL: parse "%zz": invalid URL escape "%zz"
    ... verifying go.mod: invalid sumdb name (must be host[/path]): sum.example.com/

Builds of a module whose go.sum is complete still work, but adding or upgrading a dependency and
\`go install pkg@version\` do not, so this is an error (a warning when GONOSUMDB or GOPRIVATE matches every
module path, so only toolchain downloads consult it). Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and
1.26.8 by the scenarios gosumdb-too-many-fields, gosumdb-alias-leading-space and gosumdb-bare-host
(downloading a version missing from go.sum), and gosumdb-alias-cn (the alias is accepted).
`,
  messages: {
    invalid: {
      message: (d: InvalidData) =>
        `GOSUMDB is ${d.value} (${d.origin}), which the go command rejects: ${d.error}.`,
      why: (d: InvalidData) =>
        d.bypassed
          ? `GONOSUMDB/GOPRIVATE matches every module, so only toolchain downloads consult the checksum database; they fail with "verifying module: ${d.error}".`
          : `Every download of a module version that is not in go.sum yet (go get, go mod tidy, go install pkg@version) fails with "verifying go.mod: ${d.error}". Use sum.golang.org (the default), its alias sum.golang.google.cn, or a full name+hash+key for your own database.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOSUMDB');
    if (s.value === '') return; // gosumdb-empty
    const parsed = parseGosumdb(s.value);
    if (parsed.kind !== 'invalid') return;
    const bypassed = catchAllGlobs(ctx.setting('GONOSUMDB').value).length > 0;
    const trimmed = s.value.trim();
    let fixes: Fix[];
    if (trimmed !== s.value && trimmed !== '' && parseGosumdb(trimmed).kind === 'ok') {
      fixes = ctx.fixSetting('GOSUMDB', trimmed);
    } else {
      fixes = ctx.fixSetting('GOSUMDB', null);
      if (fixes.length === 0) fixes = [{ kind: 'go-env-w', var: 'GOSUMDB', value: 'sum.golang.org' }];
    }
    report(
      'invalid',
      bypassed ? 'warning' : 'error',
      { value: show(s.value), origin: origin(s), error: parsed.message, bypassed },
      { fixes },
    );
  },
});
