import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { cgoState, defaultCC } from '../_lib/cgo.js';
import { show } from '../_lib/text.js';

interface AutoOffData {
  /** The default compiler that is missing. */
  compiler: string;
  /** CC as written with go env -w, when that is where CC is set. */
  ccEnvFile: string | null;
  /** The target OS (what cgo-free builds change depends on it). */
  goos: string;
}

function consequences(goos: string): string {
  if (goos === 'windows') return 'packages with import "C" are left out';
  if (goos === 'darwin' || goos === 'ios')
    return 'packages with import "C" are left out (net and os/user call the system libraries directly)';
  return 'packages with import "C" are left out, net uses the pure-Go DNS resolver (no nsswitch.conf modules) and os/user reads /etc/passwd and /etc/group only (no NSS/LDAP users)';
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: (d: { compiler: string }) => `Install ${d.compiler} to build with cgo.`,
};

export default defineCheck({
  id: 'cgo-auto-off',
  title: 'cgo is not silently disabled',
  group: 'build',
  vars: ['CGO_ENABLED', 'CC', 'PATH'],
  appliesTo: { go: { since: '1.20' } },
  docs: `
Since Go 1.20, when CGO_ENABLED is not set, the go command turns cgo off by itself if the CC
environment variable is empty and the default C compiler (gcc; clang on macOS and the BSDs) is not in
PATH (cmd/go/internal/cfg). \`go env CGO_ENABLED\` then prints 0 and builds succeed, but differently:
files with \`import "C"\` are excluded ("build constraints exclude all Go files" for a cgo-only package);
on Linux and the BSDs net uses the pure-Go DNS resolver and os/user parses /etc/passwd (no NSS/LDAP
users), while on macOS and Windows the standard library calls the system directly either way. Go 1.19 keeps cgo on
and fails instead (cgo-no-compiler).
The check for CC reads only the OS environment: a CC written with \`go env -w CC=/usr/bin/gcc\` does not
prevent the fallback, so a configured compiler is silently not used (go-facts 1.12).
A warning; on Windows, where most setups have no gcc and cgo-free builds are the norm, an info.
Verified with go1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios cgo-no-gcc-default (PATH without
gcc: all probes pass, go env prints 0) and cgo-auto-off-cc-envfile (CC set only with go env -w).
`,
  messages: {
    'no-compiler': {
      message: (d: AutoOffData) =>
        `cgo is off because the C compiler ${d.compiler} is not in PATH (CGO_ENABLED is not set).`,
      why: (d: AutoOffData) =>
        `The go command quietly builds without cgo: ${consequences(d.goos)}. Install a C compiler to use cgo, or set CGO_ENABLED=0 to make the choice explicit.`,
    },
    'cc-envfile': {
      message: (d: AutoOffData) =>
        `cgo is off although CC=${d.ccEnvFile ?? ''} is set with go env -w: the default compiler ${d.compiler} is not in PATH.`,
      why: (d: AutoOffData) =>
        `The automatic fallback looks only at the CC environment variable, not at the go env file, so the configured compiler is never used: ${consequences(d.goos)}. Set CC in the environment, put the compiler directory on PATH, or set CGO_ENABLED=1.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const st = cgoState(ctx);
    if (st.enabled || st.reason !== 'auto-off') return;
    const goos = ctx.setting('GOOS').value || ctx.os;
    const compiler = defaultCC(goos);
    if (st.ccFromEnvFileOnly) {
      const cc = ctx.setting('CC').envFile?.value ?? '';
      const fixes: Fix[] = [{ kind: 'set-env', var: 'CC', value: cc }];
      report('cc-envfile', 'warning', { compiler: show(compiler), ccEnvFile: show(cc), goos }, { fixes });
      return;
    }
    report(
      'no-compiler',
      ctx.os === 'windows' ? 'info' : 'warning',
      { compiler: show(compiler), ccEnvFile: null, goos },
      {
        fixes: [adviceFix(ADVICE, 'install', { compiler }), ...ctx.fixSetting('CGO_ENABLED', '0')],
      },
    );
  },
});
