import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { joinWords } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: () => 'Install Go from https://go.dev/dl/',
};

export default defineCheck({
  id: 'go-missing',
  title: 'A go command is on PATH',
  group: 'toolchain',
  vars: ['PATH'],
  docs: `
Every go command starts with the shell finding \`go\` on PATH. When no directory on PATH holds an
executable named \`go\` (\`go.exe\` on Windows), nothing works: the shell says "go: command not found".
When Go is installed but its bin directory is not on PATH (a fresh official install in /usr/local/go,
a Debian go-1.NN package without golang-go, Homebrew's go@1.NN, ~/sdk/goX.Y.Z), go-doctor names the
installation and the PATH entry that fixes it. A \`go\` file without execute permission is reported too
(the shell says "permission denied").
Verified by the scenario go-not-on-path on every release (PATH without the Go bin directory).
`,
  messages: {
    missing: {
      message: (d: { found: readonly string[] }) =>
        d.found.length === 0
          ? 'No go command on PATH, and no Go installation was found in the usual places.'
          : `No go command on PATH, but Go is installed at ${joinWords(d.found)}.`,
      why: (d: { found: readonly string[] }) =>
        d.found.length === 0
          ? 'Every go command fails with "go: command not found". Install Go from https://go.dev/dl/ or your package manager, then put its bin directory on PATH.'
          : 'Every go command fails with "go: command not found" until that bin directory is on PATH.',
    },
    'not-executable': {
      message: (d: { path: string }) => `${d.path} is on PATH but is not executable.`,
      why: () => 'The shell finds it and fails with "permission denied".',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const gos = ctx.facts.goBinaries.filter((b) => b.name === 'go');
    if (gos.some((b) => b.executable)) return;
    const broken = gos[0];
    if (broken) {
      report(
        'not-executable',
        'error',
        { path: broken.path },
        { fixes: [{ kind: 'run', argv: ['chmod', 'a+x', broken.path] }] },
      );
      return;
    }
    const found = ctx.facts.offPathInstalls;
    const first = found[0];
    const fixes = first
      ? [{ kind: 'path-add' as const, dir: ctx.path.dirname(first), position: 'prepend' as const }]
      : [];
    report(
      'missing',
      'error',
      { found },
      { fixes: fixes.length > 0 ? fixes : [adviceFix(ADVICE, 'install')] },
    );
  },
});
