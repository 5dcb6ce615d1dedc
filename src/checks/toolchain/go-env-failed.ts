import { defineCheck } from '../../core/check.js';
import { show } from '../_lib/text.js';

/**
 * Failures of `go env` that a more specific check explains (it names the setting and the fix); this
 * check stays silent for them so the same cause is not reported twice.
 */
const EXPLAINED_ELSEWHERE: readonly RegExp[] = [
  /cannot find GOROOT directory/, // goroot-missing
  /GOPATH entry is relative/, // gopath-relative
  /GOPATH entry cannot start with shell metacharacter/, // gopath-tilde
  /unknown GOEXPERIMENT|GOEXPERIMENT \S+ requires/, // goexperiment-invalid
  /unknown environment setting GO111MODULE/, // go111module-invalid
  /invalid GOWORK|path provided to GOWORK|reading go\.work/, // gowork-invalid
];

export default defineCheck({
  id: 'go-env-failed',
  title: 'The go command answers go env',
  group: 'toolchain',
  vars: ['GOVERSION'],
  docs: `
go-doctor asks the go command found first on PATH for its settings with
\`go env -json NAME…\` (GOTOOLCHAIN=local, so nothing is downloaded). When that fails, the same failure
usually hits every go command, because these errors come from go's start-up:
- it does not answer within the timeout (\`--timeout\`, default 10 s): a hung go, or a wrapper or shim
  that waits for input; go-doctor kills it and says so;
- it cannot be started (not an executable for this machine, a broken shim);
- it exits with an error, which go-doctor quotes;
- it prints something that is not JSON: a wrapper that adds output; builds may still work, but gopls,
  editors and scripts that parse \`go env -json\` break (warning).
Errors that a specific check explains (a missing GOROOT, a relative or \`~\` GOPATH, an unknown
GOEXPERIMENT) are left to that check. Verified by the bad-input tests (a go that hangs, prints garbage,
exits 3) and by the scenarios that break go's start-up.
`,
  messages: {
    timeout: {
      message: (d: { binary: string; seconds: number }) =>
        `${d.binary} did not answer "go env" within ${d.seconds} s; go-doctor stopped it.`,
      why: () =>
        'A go command that hangs at start-up hangs every build. Look for a wrapper or version-manager shim in front of the real go, or a stuck network file system under GOROOT.',
    },
    'cannot-start': {
      message: (d: { binary: string; error: string }) => `${d.binary} cannot be started (${d.error}).`,
      why: () => 'Every go command fails the same way. Reinstall Go, or remove the broken file from PATH.',
    },
    failed: {
      message: (d: { binary: string; exitCode: number | null; stderr: string }) =>
        `"go env" fails (exit ${d.exitCode ?? 'signal'}): ${d.stderr}`,
      why: () => "The error comes from go's start-up, so every go command fails with it.",
    },
    garbage: {
      message: (d: { binary: string; output: string }) =>
        `"go env -json" printed something that is not JSON: ${d.output}`,
      why: () =>
        'Something wraps the go command and adds output. Builds may still work, but gopls, editors and scripts that read go env -json break.',
    },
  },
  run(ctx, report) {
    const q = ctx.facts.goEnv;
    if (!q || q.ok) return;
    const binary = q.binary;
    if (q.timedOut) {
      report('timeout', 'error', { binary, seconds: Math.round(q.timeoutMs / 100) / 10 });
      return;
    }
    if (q.spawnError) {
      report('cannot-start', 'error', { binary, error: q.spawnError });
      return;
    }
    if (q.exitCode === 0 && q.garbage !== undefined) {
      report('garbage', 'warning', { binary, output: show(q.garbage) });
      return;
    }
    const stderr = q.stderr.trim();
    if (EXPLAINED_ELSEWHERE.some((re) => re.test(stderr))) return;
    const first = stderr.split('\n').slice(0, 3).join(' ');
    report('failed', 'error', {
      binary,
      exitCode: q.exitCode,
      stderr: first === '' ? '(no message)' : show(first),
    });
  },
});
