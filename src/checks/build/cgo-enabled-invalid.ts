import { defineCheck } from '../../core/check.js';
import { rawValue } from '../_lib/cgo.js';
import { origin, show } from '../_lib/text.js';

interface InvalidData {
  value: string;
  origin: string;
  effective: string;
  meant: string | null;
}

/** What a person probably meant by a value go ignores. */
function meant(v: string): '0' | '1' | null {
  const t = v.trim().toLowerCase();
  if (t === '1' || t === 'true' || t === 'yes' || t === 'on' || t === 'y') return '1';
  if (t === '0' || t === 'false' || t === 'no' || t === 'off' || t === 'n') return '0';
  return null;
}

export default defineCheck({
  id: 'cgo-enabled-invalid',
  title: 'CGO_ENABLED is 0 or 1',
  group: 'build',
  vars: ['CGO_ENABLED'],
  docs: `
The go command (cmd/go/internal/cfg) and go/build honour CGO_ENABLED only when it is exactly "0" or "1".
Any other value ("yes", "true", "off", " 0" with a space) is silently ignored: cgo is decided as if the
variable were unset (on for a native build when a C compiler is found, off when cross-compiling, and
since Go 1.20 off when the default C compiler is missing). \`go env CGO_ENABLED\` prints that effective
value, and \`go env -w CGO_ENABLED=yes\` is accepted without complaint. Nothing fails, but the setting does
not do what it says: a warning. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the
scenarios cgo-enabled-yes-env and cgo-enabled-false-envfile (go env prints 1).
`,
  messages: {
    ignored: {
      message: (d: InvalidData) =>
        `CGO_ENABLED=${d.value} (${d.origin}) is neither 0 nor 1, so the go command ignores it (cgo is ${d.effective === '1' ? 'on' : d.effective === '0' ? 'off' : 'decided by default'}).`,
      why: (d: InvalidData) =>
        `Only the exact values 0 and 1 count; anything else is treated as unset.${d.meant !== null ? ` You probably meant CGO_ENABLED=${d.meant}.` : ''}`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('CGO_ENABLED');
    const raw = rawValue(s);
    if (raw === null || raw.value === '' || raw.value === '0' || raw.value === '1') return;
    const m = meant(raw.value);
    report(
      'ignored',
      'warning',
      {
        value: show(raw.value),
        origin: origin(s),
        effective: ctx.facts.goEnv?.values?.CGO_ENABLED ?? '',
        meant: m,
      },
      { fixes: ctx.fixSetting('CGO_ENABLED', m) },
    );
  },
});
