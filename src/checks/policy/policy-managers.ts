import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { classifyManager } from '../../core/installs.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: (d: { manager: string }) => `install Go with ${d.manager} and put it first on PATH`,
};

export default defineCheck({
  id: 'policy-managers',
  title: 'The go on PATH is installed the way the repository policy allows',
  group: 'policy',
  vars: ['PATH'],
  docs: `
The policy's \`managers\` lists how the go on PATH may be installed: official, debian, distro, fedora,
homebrew, snap, scoop, chocolatey, golang.org/dl, goenv, gvm, asdf, mise, g, goup, toolchain (or unknown).
The installer is recognised from the executable's resolved path and GOROOT, as \`go-doctor installs\`
shows it.
`,
  messages: {
    disallowed: {
      message: (d: { path: string; manager: string; allowed: string; policy: string; line: number }) =>
        `The go on PATH (${d.path}) is installed by ${d.manager}, which ${d.policy}:${d.line} does not allow (allowed: ${d.allowed}).`,
      why: () =>
        'The team installs Go one way so that every machine resolves the same toolchain the same way.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const p = ctx.policy;
    const go = ctx.go;
    if (!p?.managers || !go) return;
    const manager = classifyManager([go.realPath, go.goroot, go.path], ctx.os);
    if (p.managers.includes(manager)) return;
    report(
      'disallowed',
      'error',
      { path: go.path, manager, allowed: p.managers.join(', '), policy: p.file, line: p.managersLine ?? 1 },
      { fixes: [adviceFix(ADVICE, 'install', { manager: p.managers[0] ?? '' })] },
    );
  },
});
