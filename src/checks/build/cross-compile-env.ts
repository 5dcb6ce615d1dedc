import { defineCheck } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { buildTarget } from '../_lib/cgo.js';
import { pairStatus } from '../_lib/cgo-targets.js';
import { origin } from '../_lib/text.js';

type Runs = 'native-32' | 'rosetta' | 'windows-arm-emulation' | 'wasm' | 'no';

/** Whether this host can run binaries built for the target. */
function canRun(hostOs: string, hostArch: string, goos: string, goarch: string): Runs {
  if (goos === 'js' || goos === 'wasip1') return 'wasm';
  if (hostOs !== goos) return 'no';
  if (hostArch === 'amd64' && goarch === '386' && ['linux', 'windows', 'freebsd', 'netbsd'].includes(goos))
    return 'native-32';
  if (hostOs === 'darwin' && hostArch === 'arm64' && goarch === 'amd64') return 'rosetta';
  if (hostOs === 'windows' && hostArch === 'arm64' && (goarch === 'amd64' || goarch === '386'))
    return 'windows-arm-emulation';
  return 'no';
}

interface CrossData {
  target: string;
  host: string;
  /** "GOOS=windows set in the environment", … */
  settings: readonly string[];
  runs: Runs;
  /** How to cross-compile one command, for the user's OS. */
  example: string;
}

export default defineCheck({
  id: 'cross-compile-env',
  title: 'GOOS/GOARCH are not set for every command',
  group: 'build',
  vars: ['GOOS', 'GOARCH'],
  docs: `
GOOS/GOARCH set in the environment (a shell profile) or with \`go env -w\` make every go command
cross-compile. \`go build\` and \`go install\` work (installs land in $GOPATH/bin/GOOS_GOARCH), but
\`go test\` and \`go run\` build a binary for the target and try to run it here:

    fork/exec /tmp/go-build…/b001/hello.test.exe: exec format error

so when this machine cannot run the target (windows on linux, arm64 on amd64 without an emulator) it is
an error, whose fix is to scope the target to one command (\`GOOS=windows go build\`). A target the host
runs natively (linux/386 on linux/amd64, amd64 on Apple silicon with Rosetta 2) is an info. js/wasm and
wasip1/wasm need an exec wrapper (go_js_wasm_exec, go_wasip1_wasm_exec) on PATH to test or run: a
warning. An exec wrapper named go_GOOS_GOARCH_exec or a binfmt emulator can make other targets runnable;
go-doctor cannot see those. Invalid pairs are goos-goarch-invalid's business; GOBIN with cross-compiling
is gobin-cross-compile's. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
cross-compile-windows-env, cross-compile-arm64-envfile (go test and go run fail with exec format
error) and cross-compile-386-env (everything works).
`,
  messages: {
    'cannot-run': {
      message: (d: CrossData) =>
        `Every go command builds for ${d.target} (${d.settings.join('; ')}), which this ${d.host} machine cannot run.`,
      why: (d: CrossData) =>
        `go build works, but go test and go run fail with "exec format error" because they run the binary here. Set the target only for the command that needs it: ${d.example}.`,
    },
    wasm: {
      message: (d: CrossData) => `Every go command builds for ${d.target} (${d.settings.join('; ')}).`,
      why: (d: CrossData) =>
        `go test and go run need the ${d.target === 'js/wasm' ? 'go_js_wasm_exec' : 'go_wasip1_wasm_exec'} wrapper on PATH to run WebAssembly. Unless every command is meant for WebAssembly, set the target per command: ${d.example}.`,
    },
    runs: {
      message: (d: CrossData) =>
        `Every go command builds for ${d.target} (${d.settings.join('; ')}) instead of this ${d.host} machine's native target.`,
      why: (d: CrossData) =>
        `${d.runs === 'rosetta' ? 'This Mac runs amd64 binaries through Rosetta 2, so tests still run (slower).' : d.runs === 'windows-arm-emulation' ? 'Windows on Arm emulates x86, so tests still run (slower).' : 'This machine runs 32-bit binaries, so tests still run.'} If that is not intended, set the target per command: ${d.example}.`,
    },
  },
  run(ctx, report) {
    const t = buildTarget(ctx);
    if (!t.cross) return;
    if (pairStatus(t.goos, t.goarch, ctx.goVersion) !== 'supported') return;
    const set = [ctx.setting('GOOS'), ctx.setting('GOARCH')].filter((s) => s.source !== 'default');
    if (set.length === 0) return;
    const runs = canRun(t.hostOs, t.hostArch, t.goos, t.goarch);
    const assignments = set.map((s) => `${s.name}=${s.value}`);
    const example =
      ctx.os === 'windows'
        ? `$env:${assignments.join('; $env:')}; go build; then remove them`
        : `${assignments.join(' ')} go build`;
    const fixes: Fix[] = set.flatMap((s) => ctx.fixSetting(s.name, null));
    const data: CrossData = {
      target: `${t.goos}/${t.goarch}`,
      host: `${t.hostOs}/${t.hostArch}`,
      settings: set.map((s) => `${s.name}=${s.value} ${origin(s)}`),
      runs,
      example,
    };
    const vars = set.map((s) => s.name);
    if (runs === 'no') report('cannot-run', 'error', data, { fixes, vars });
    else if (runs === 'wasm') report('wasm', 'warning', data, { fixes, vars });
    else report('runs', 'info', data, { fixes, vars });
  },
});
