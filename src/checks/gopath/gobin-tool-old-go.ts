import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { compare, fromGoVersionText, lang } from '../../core/version.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  reinstall: (d: { name: string }) => `reinstall ${d.name} with the current go`,
};

export default defineCheck({
  id: 'gobin-tool-old-go',
  title: 'Go tools in GOBIN were built by a Go release at least as new as the code they work on',
  group: 'gopath',
  vars: ['GOBIN'],
  docs: `
Tools such as gopls, staticcheck, golangci-lint, govulncheck, dlv, revive, errcheck, gosec, stringer
and other analyzers type-check code with the go/types compiled into them, so the Go release that built
the tool caps the language it understands. go-doctor reads that release from the executable's build
information (what \`go version -m\` prints) without running it.
- **Older than the go line of go.mod/go.work** (code \`older-than-module\`): go/types built by Go 1.N
  refuses the whole package: \`package requires newer Go version go1.23\` (reproduced with go/types built
  by go1.21.13 and go1.22.12 checking a package with GoVersion go1.22/go1.23; later releases add
  "(application built with go1.N)"). The editor or linter reports errors, or nothing at all, while
  \`go build\` works.
- **Older than the toolchain that runs** (code \`older-than-toolchain\`): the tool may not understand
  newer language features and standard library code of that release.
Builds are unaffected, so both are warnings. The fix reinstalls the tool with the current toolchain,
using the package path recorded in the binary. Verified by the scenario gobin-tool-built-by-old-go
(a tool built by the oldest release, checked under every newer one).
`,
  messages: {
    'older-than-module': {
      message: (d: { tool: string; built: string; want: string; file: string }) =>
        `${d.tool} was built by ${d.built}, older than the go ${d.want} that ${d.file} asks for.`,
      why: (d: { built: string; want: string }) =>
        `Its go/types refuses packages that need a newer Go ("package requires newer Go version go${d.want}"), so it reports errors or nothing on this module, while go build works. Reinstall it with the current toolchain (built by ${d.built}).`,
    },
    'older-than-toolchain': {
      message: (d: { tool: string; built: string; active: string }) =>
        `${d.tool} was built by ${d.built}, older than the go${d.active} that runs here.`,
      why: () =>
        'It type-checks with the language rules of the release that built it, so it can misreport code and standard-library packages that use newer features. Reinstall it with the current toolchain.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const tools = ctx.facts.goTools;
    if (!tools) return;
    const mod = ctx.facts.module.gowork ?? ctx.facts.module.gomod;
    const want = mod?.go ?? '';
    const active = ctx.goVersion ?? '';
    for (const t of tools) {
      if (!t.build) continue;
      const built = fromGoVersionText(t.build.goVersion);
      if (built === '') continue;
      const b = lang(built);
      const fixes = t.build.path
        ? [{ kind: 'run' as const, argv: ['go', 'install', `${t.build.path}@latest`] }]
        : [adviceFix(ADVICE, 'reinstall', { name: t.name })];
      const data = { tool: t.path, built: `go${built}` };
      if (want !== '' && compare(b, lang(want)) < 0) {
        report('older-than-module', 'warning', { ...data, want, file: mod?.path ?? 'go.mod' }, { fixes });
      } else if (active !== '' && compare(b, lang(active)) < 0) {
        report('older-than-toolchain', 'warning', { ...data, active }, { fixes });
      }
    }
  },
});
