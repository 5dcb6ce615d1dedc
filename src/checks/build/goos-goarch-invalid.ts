import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { pairStatus, suggestGoarch, suggestGoos } from '../_lib/cgo-targets.js';
import { origin, show } from '../_lib/text.js';

interface PairData {
  goos: string;
  goarch: string;
  /** "GOOS set in the environment", … for the values that are set. */
  origins: readonly string[];
  /** "GOARCH=amd64 (not x86_64)", … */
  suggestions: readonly string[];
  version: string;
}

/** A value as go prints it, when it is a plain word; quoted and escaped otherwise. */
function plain(v: string): string {
  return /^[A-Za-z0-9_.+-]{1,40}$/.test(v) ? v : show(v);
}

export default defineCheck({
  id: 'goos-goarch-invalid',
  title: 'GOOS/GOARCH is a target the go command supports',
  group: 'build',
  vars: ['GOOS', 'GOARCH'],
  docs: `
\`go env\` prints any GOOS/GOARCH as given, and \`go mod download\` ignores them, but every build, test,
install and vet with an unknown pair fails at once:

    go: unsupported GOOS/GOARCH pair plan10/amd64

(\`go env -w\` refuses such values, so they come from the environment or a hand-edited go env file). The
accepted pairs are internal/platform's list for the release (\`go tool dist list\`, plus "broken" ports
that still build); they changed over time: wasip1/wasm, freebsd/riscv64 and openbsd/ppc64 arrived by
1.21, openbsd/riscv64 in 1.23, windows/arm is gone in 1.26. linux/sparc64 is listed but has no compiler
(\`compile: unknown architecture "sparc64"\`). Common spellings such as x86_64, aarch64 or macos get a
suggested Go name. Releases whose tables were not read (1.20, 1.24, 1.25, newer than 1.26) are not
judged for pairs that changed. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the
scenarios goos-invalid-env, goarch-typo-envfile and cross-compile-windows-env (a valid pair).
`,
  messages: {
    unsupported: {
      message: (d: PairData) =>
        `GOOS/GOARCH ${d.goos}/${d.goarch} is not a target go${d.version} can build for (${d.origins.join('; ')}).`,
      why: (d: PairData) =>
        `Every go build, go test and go install fails with "go: unsupported GOOS/GOARCH pair ${d.goos}/${d.goarch}".${d.suggestions.length > 0 ? ` Did you mean ${d.suggestions.join(' and ')}?` : ''} \`go tool dist list\` prints the valid pairs.`,
    },
    'no-compiler': {
      message: (d: PairData) =>
        `GOOS/GOARCH ${d.goos}/${d.goarch} has no compiler support (${d.origins.join('; ')}).`,
      why: () =>
        'The go command accepts the pair, but the compiler does not: every build fails with \'compile: unknown architecture "sparc64"\'.',
    },
  },
  run(ctx, report) {
    const os = ctx.setting('GOOS');
    const arch = ctx.setting('GOARCH');
    const goos = os.value;
    const goarch = arch.value;
    if (goos === '' || goarch === '') return;
    const status = pairStatus(goos, goarch, ctx.goVersion);
    if (status === 'supported' || status === 'unknown') return;
    const set = [os, arch].filter((s) => s.source !== 'default');
    const vars = set.length > 0 ? set.map((s) => s.name) : ['GOOS', 'GOARCH'];
    const suggestions: string[] = [];
    const fixes: Fix[] = [];
    const so = suggestGoos(goos);
    const sa = suggestGoarch(goarch);
    if (so !== null) suggestions.push(`GOOS=${so}`);
    if (sa !== null) suggestions.push(`GOARCH=${sa}`);
    for (const s of set) {
      const better = s.name === 'GOOS' ? so : sa;
      fixes.push(...ctx.fixSetting(s.name, better));
    }
    report(
      status === 'no-compiler' ? 'no-compiler' : 'unsupported',
      'error',
      {
        goos: plain(goos),
        goarch: plain(goarch),
        origins: set.map((s) => `${s.name} ${origin(s)}`),
        suggestions,
        version: ctx.goVersion ?? '',
      },
      { vars, fixes },
    );
  },
});
