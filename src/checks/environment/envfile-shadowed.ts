import { defineCheck } from '../../core/check.js';
import type { EnvFileEntry } from '../../core/facts.js';
import { adviceFix } from '../../core/fix.js';
import { show } from '../_lib/text.js';

/** Read by the go command with os.Getenv only: a line in the go env file never applies to them. */
const OS_ONLY = new Set(['GOENV', 'GODEBUG']);

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  choose: (d: { name: string }) =>
    `unset ${d.name} in your shell to use the go env -w value, or run "go env -u ${d.name}" to keep the environment's`,
};

export default defineCheck({
  id: 'envfile-shadowed',
  title: 'Values written with go env -w are not hidden by the environment',
  group: 'environment',
  vars: ['GOENV'],
  docs: `
The go command looks a setting up in the OS environment first and uses the go env file (written by
\`go env -w\`) only when the environment variable is unset or EMPTY (cmd/go/internal/cfg.Getenv):
- a different, non-empty environment value wins, so the go env -w value has no effect in this shell
  (\`go env -w\` itself warns "go env -w GOPROXY=... does not override conflicting OS environment
  variable" when it is run there, but not when the variable is set later, in another shell or in CI);
- an empty environment value does NOT clear the file's value: \`GOFLAGS= go build\` still uses the
  GOFLAGS written with go env -w (only \`go env -u\`, or a value such as a single space, does).
Both are warnings: builds work, but not with the settings the user believes. Nothing is reported when
the two values agree. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
envfile-shadowed-goproxy, envfile-empty-env-goflags and envfile-agrees.
`,
  messages: {
    shadowed: {
      message: (d: { name: string; fileValue: string; envValue: string; file: string; line: number }) =>
        `go env -w ${d.name}=${d.fileValue} (${d.file}:${d.line}) has no effect in this shell: the environment sets ${d.name}=${d.envValue}.`,
      why: (d: { name: string }) =>
        `A non-empty environment variable always wins over the go env file. Unset ${d.name} in your shell startup files to use the go env -w value, or run "go env -u ${d.name}" to drop the one you do not want.`,
    },
    'empty-env': {
      message: (d: { name: string; fileValue: string; file: string; line: number }) =>
        `${d.name} is set but empty in the environment, which does not clear go env -w ${d.name}=${d.fileValue} (${d.file}:${d.line}); go uses the file's value.`,
      why: (d: { name: string }) =>
        `The go command treats an empty variable as unset and falls back to the go env file. To really clear it, run "go env -u ${d.name}".`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const f = ctx.facts.envFile;
    if (!f || f.error !== undefined) return;
    const last = new Map<string, EnvFileEntry>();
    for (const e of f.entries) last.set(e.key, e);
    for (const [name, e] of last) {
      if (OS_ONLY.has(name) || e.value === '') continue;
      const env = ctx.facts.env[name];
      if (env === undefined || env === e.value) continue;
      const data = { name, fileValue: show(e.value), file: f.path, line: e.line };
      if (env === '') {
        report('empty-env', 'warning', data, { vars: [name], fixes: [{ kind: 'go-env-u', var: name }] });
      } else {
        report(
          'shadowed',
          'warning',
          { ...data, envValue: show(env) },
          {
            vars: [name],
            fixes: [adviceFix(ADVICE, 'choose', { name })],
          },
        );
      }
    }
  },
});
