import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { compare } from '../../core/version.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: (d: { min: string }) => `install go${d.min} or newer and put it first on PATH`,
};

export default defineCheck({
  id: 'policy-min-go',
  title: 'The go on PATH is at least the release the repository policy requires',
  group: 'policy',
  vars: ['GOVERSION'],
  docs: `
With a repository policy file, the go found first on PATH must be at least \`minGo\`; without \`minGo\` the
minimum is the go.work (else go.mod) \`toolchain\` line or its \`go\` line, whichever is newer, and
\`minGo: none\` turns the default off. This is about the installed go: with GOTOOLCHAIN=auto an older go
may still build by downloading a newer toolchain (the toolchain checks report that), but the team asked
for machines that do not depend on it.
`,
  messages: {
    old: {
      message: (d: { local: string; min: string; from: string }) =>
        `The go on PATH is go${d.local}, older than go${d.min} (${d.from}).`,
      why: () =>
        'The repository policy sets the oldest Go release allowed on machines that build it; install a newer Go (or let your version manager select one).',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const p = ctx.policy;
    if (!p || p.minGo === 'none' || !ctx.localGoVersion) return;
    let min = p.minGo;
    let from = `${p.file}:${p.minGoLine ?? 1} minGo`;
    if (!min) {
      const mod = ctx.facts.module.gowork ?? ctx.facts.module.gomod;
      const lines = [mod?.go, mod?.toolchain?.replace(/^go/, '')].filter(
        (x): x is string => typeof x === 'string' && /^1\.\d+/.test(x),
      );
      if (lines.length === 0 || !mod) return;
      min = lines.reduce((a, b) => (compare(a, b) >= 0 ? a : b));
      from = `${mod.path}, the default minimum of ${p.file}`;
    }
    if (compare(ctx.localGoVersion, min) >= 0) return;
    report(
      'old',
      'error',
      { local: ctx.localGoVersion, min, from },
      { fixes: [adviceFix(ADVICE, 'install', { min })] },
    );
  },
});
