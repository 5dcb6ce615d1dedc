import { defineCheck } from '../../core/check.js';
import { moduleModeEnabled } from '../../core/toolchain.js';
import { atLeast } from '../../core/version.js';
import { origin, show } from '../_lib/text.js';
import {
  gotoolchainError,
  resetGotoolchainFixes,
  selectionFile,
  shortPath,
  TOOLCHAIN_LINE_RE,
} from '../_lib/toolchain.js';

type ValueData = { value: string; origin: string; error: string };
type LineData = { file: string; line: number; toolchain: string; error: string };

export default defineCheck({
  id: 'gotoolchain-invalid',
  title: 'GOTOOLCHAIN and the toolchain line are valid',
  group: 'toolchain',
  vars: ['GOTOOLCHAIN'],
  docs: `
Since Go 1.21 every go command in module mode (including \`go version\`) starts by reading GOTOOLCHAIN
(environment, go env file, then \`$GOROOT/go.env\`). Valid forms: \`local\`, \`auto\`, \`path\`, a toolchain
name \`goX.Y[.Z]\`, and \`<name>+auto\` / \`<name>+path\`. Anything else makes every command exit 1:
- \`go: invalid GOTOOLCHAIN "bogus"\`
- \`go: invalid GOTOOLCHAIN "go1.21.13+foo": only version suffixes are +auto and +path\`
- \`go: invalid GOTOOLCHAIN "bogus+auto": invalid minimum toolchain "bogus"\`
Only \`go env GOTOOLCHAIN\` and \`go env -w GOTOOLCHAIN=…\` still work, so the setting can be repaired.
In GOPATH mode (GO111MODULE=off) selection does not run and the value is ignored, and Go 1.19/1.20 do
not know the variable at all: reported as info there, since upgrading Go or enabling modules breaks.

A \`toolchain\` line in go.mod/go.work must be \`default\` or start with \`go1\`: with GOTOOLCHAIN=auto go
says \`go: invalid toolchain "bogus" in go.mod\`, with local it fails to parse the file:
\`go.mod:5: invalid toolchain version 'bogus': must match format go1.23.0 or default\`.
Verified on go1.19.8 (ignored), 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
gotoolchain-bogus, gotoolchain-bad-suffix-envfile, gotoolchain-bogus-gopath-mode and
toolchain-line-bogus.
`,
  messages: {
    invalid: {
      message: (d: ValueData) => `GOTOOLCHAIN is ${d.value} (${d.origin}), which go rejects.`,
      why: (d: ValueData) =>
        `Every go command in module mode fails with "${d.error}". Only go env GOTOOLCHAIN and go env -w GOTOOLCHAIN=… still work.`,
    },
    ignored: {
      message: (d: ValueData & { reason: string }) =>
        `GOTOOLCHAIN is ${d.value} (${d.origin}), which is not valid; it is ignored here because ${d.reason}.`,
      why: (d: ValueData & { reason: string }) => `Go 1.21 and later in module mode fail with "${d.error}".`,
    },
    line: {
      message: (d: LineData) =>
        `${d.file}:${d.line} says "toolchain ${d.toolchain}", which is not a toolchain name.`,
      why: (d: LineData) =>
        `Every go command in this module fails with "${d.error}". A toolchain line is "toolchain default" or names a release such as go1.23.5.`,
    },
  },
  run(ctx, report) {
    const local = ctx.localGoVersion;
    if (!local) return;
    const s = ctx.setting('GOTOOLCHAIN');
    const error = gotoolchainError(s.value);
    const modern = atLeast(local, '1.21');
    const modules = moduleModeEnabled(ctx.facts, ctx.settings);
    if (error !== null) {
      const data = { value: show(s.value), origin: origin(s), error };
      const fixes = resetGotoolchainFixes(ctx);
      if (!modern) {
        report('ignored', 'info', { ...data, reason: `go${local} does not know GOTOOLCHAIN` }, { fixes });
      } else if (!modules) {
        report('ignored', 'info', { ...data, reason: 'go runs in GOPATH mode (GO111MODULE)' }, { fixes });
      } else {
        report('invalid', 'error', data, { fixes });
      }
      return;
    }
    if (!modern) return;
    const f = selectionFile(ctx);
    const tc = f?.toolchain;
    if (!f || tc === undefined || tc === '') return;
    const selErr = ctx.toolchain.outcome === 'error' ? (ctx.toolchain.error ?? '') : '';
    const file = shortPath(ctx, f.path);
    let goError: string | null = null;
    if (selErr.startsWith('go: invalid toolchain ')) goError = `go: invalid toolchain "${tc}" in ${file}`;
    else if (!TOOLCHAIN_LINE_RE.test(tc))
      goError = `${file}:${f.toolchainLine ?? 0}: invalid toolchain version '${tc}': must match format go1.23.0 or default`;
    if (goError === null) return;
    const fixes =
      f.toolchainLine !== undefined
        ? [
            {
              kind: 'edit-line' as const,
              file: f.path,
              line: f.toolchainLine,
              from: `toolchain ${tc}`,
              to: '',
            },
          ]
        : [];
    report(
      'line',
      'error',
      { file: f.path, line: f.toolchainLine ?? 0, toolchain: tc, error: goError },
      { fixes },
    );
  },
});
