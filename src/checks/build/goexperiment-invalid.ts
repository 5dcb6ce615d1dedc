import { defineCheck } from '../../core/check.js';
import { origin, show } from '../_lib/text.js';

interface ExperimentData {
  value: string;
  origin: string;
  /** go's message without the "go: " prefix. */
  error: string;
  version: string;
}

const PATTERNS: readonly RegExp[] = [/unknown GOEXPERIMENT ([^\s]+)/, /GOEXPERIMENT [^\s]+ requires [^\s]+/];

export default defineCheck({
  id: 'goexperiment-invalid',
  title: 'GOEXPERIMENT names experiments this go knows',
  group: 'build',
  vars: ['GOEXPERIMENT'],
  docs: `
GOEXPERIMENT is a comma-separated list of experiment names, each optionally prefixed with "no". The
set of experiments changes with every release (they are added, and removed when they graduate), so
go-doctor keeps no list: it reads the answer of the go command itself. With an unknown name every go
command fails at start-up, \`go env\` included:

    go: unknown GOEXPERIMENT bogus

(for "nobogus" go names "bogus"; "nounified" is valid on 1.19 but unknown on 1.23, as the
experiment was removed). An inconsistent set fails the same way
(\`GOEXPERIMENT regabiargs requires regabiwrappers\`). Error. \`go env -w\` refuses unknown names, so
the value usually comes from the environment or from a go env file written by another release. Verified
with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios goexperiment-unknown-env and
goexperiment-unknown-envfile.
`,
  messages: {
    invalid: {
      message: (d: ExperimentData) =>
        `GOEXPERIMENT=${d.value} (${d.origin}) is rejected by go${d.version}: ${d.error}.`,
      why: (d: ExperimentData) =>
        `Every go command fails at start-up with "go: ${d.error}". Experiments come and go between releases; remove the setting, or check the names this release knows.`,
    },
  },
  run(ctx, report) {
    const q = ctx.facts.goEnv;
    if (!q || q.ok || !q.stderr) return;
    let error: string | null = null;
    let unknown: string | null = null;
    for (const re of PATTERNS) {
      const m = re.exec(q.stderr);
      if (m) {
        error = m[0];
        unknown = m[1] ?? null;
        break;
      }
    }
    if (error === null) return;
    const s = ctx.setting('GOEXPERIMENT');
    let fixValue: string | null = null;
    if (unknown !== null) {
      const kept = s.value
        .split(',')
        .map((e) => e.trim())
        .filter((e) => e !== '' && e !== unknown && e !== `no${unknown}`);
      if (kept.length > 0) fixValue = kept.join(',');
    }
    report(
      'invalid',
      'error',
      { value: show(s.value), origin: origin(s), error, version: ctx.localGoVersion ?? '' },
      { fixes: ctx.fixSetting('GOEXPERIMENT', fixValue) },
    );
  },
});
