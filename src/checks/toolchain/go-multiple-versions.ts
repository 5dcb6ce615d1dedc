import { defineCheck } from '../../core/check.js';
import type { GoBinary } from '../../core/facts.js';
import { adviceFix } from '../../core/fix.js';
import { compare } from '../../core/version.js';
import { joinWords } from '../_lib/text.js';

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'keep-one': (d: { first: string }) =>
    `Keep one Go on PATH, or put the bin directory of the one you want first (now ${d.first}).`,
};

export default defineCheck({
  id: 'go-multiple-versions',
  title: 'Only one Go release is on PATH',
  group: 'toolchain',
  vars: ['PATH'],
  docs: `
The shell runs the first executable \`go\` on PATH; a \`go\` of another release further down PATH is
shadowed. Nothing fails, but it is a common source of confusion: a freshly installed Go that "still
reports the old version" (golang/go#80104: a Debian /usr/lib/go-1.24 ahead of a new /usr/local/go), tools
and editors that find a different go than the terminal, and a GOROOT that goes stale.
Reported as a warning naming the go that wins and the ones it shadows; the same release found twice (for
example /usr/bin/go linking to /usr/lib/go-1.23/bin/go) is not reported. Versions come from each
installation's VERSION file. Verified on every release by the scenario go-two-releases-on-path (builds
work; \`go version\` reports the first one).
`,
  messages: {
    shadowed: {
      message: (d: { winner: string; winnerVersion: string; others: readonly string[] }) =>
        `PATH has more than one Go release: ${d.winner} (go${d.winnerVersion}) runs, and it shadows ${joinWords(d.others)}.`,
      why: () =>
        'Every go command, and every tool that runs "go", uses the first one. If you installed the other one to use it, put its bin directory first on PATH, or remove the one you do not use.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const gos = ctx.facts.goBinaries.filter((b) => b.name === 'go' && b.executable);
    const winner = gos[0];
    if (!winner) return;
    const winnerVersion = ctx.localGoVersion ?? winner.version;
    if (!winnerVersion) return;
    const seen = new Set<string>([winnerVersion]);
    const others: GoBinary[] = [];
    for (const b of gos.slice(1)) {
      if (!b.version || seen.has(b.version)) continue;
      if (compare(b.version, winnerVersion) === 0) continue;
      seen.add(b.version);
      others.push(b);
    }
    if (others.length === 0) return;
    report(
      'shadowed',
      'warning',
      {
        winner: winner.path,
        winnerVersion,
        others: others.map((b) => `${b.path} (go${b.version})`),
      },
      {
        fixes: [adviceFix(ADVICE, 'keep-one', { first: ctx.path.dirname(winner.path) })],
      },
    );
  },
});
