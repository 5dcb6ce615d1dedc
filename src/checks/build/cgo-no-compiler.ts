import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { atLeast } from '../../core/version.js';
import { buildTarget, cgoState } from '../_lib/cgo.js';
import { origin, show } from '../_lib/text.js';

interface NoCompilerData {
  /** Why cgo is on: CGO_ENABLED=1 set, CC set to this compiler, or the (pre-1.20) default. */
  reason: 'forced' | 'cc' | 'default';
  cc: string;
  origin: string;
  /** Go before 1.20: the standard library ships precompiled, so go build may still work. */
  precompiled: boolean;
  /** The standard library itself (net, os/user) needs the compiler for this target. */
  std: boolean;
  target: string;
}

/**
 * Whether net or os/user use cgo when it is on (go list -deps, CgoFiles): on Linux and the BSDs yes; on
 * Windows never; on macOS up to Go 1.22 (1.19, 1.21 and 1.22 checked), not from 1.23 (1.23 and 1.26
 * checked).
 */
function stdUsesCgo(goos: string, version: string | null): boolean {
  if (goos === 'windows') return false;
  if (goos === 'darwin' || goos === 'ios') return version === null || !atLeast(version, '1.23');
  return true;
}

function installHint(os: string): string {
  switch (os) {
    case 'darwin':
      return 'install the Xcode command line tools (xcode-select --install)';
    case 'windows':
      return 'install a MinGW-w64 gcc (for example from MSYS2 or TDM-GCC) and put its bin directory on PATH';
    default:
      return 'install gcc (apt install gcc, dnf install gcc, apk add gcc musl-dev)';
  }
}

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: (d: { os: string }) => `To use cgo, ${installHint(d.os)}.`,
};

export default defineCheck({
  id: 'cgo-no-compiler',
  title: 'cgo has a C compiler when it is enabled',
  group: 'build',
  vars: ['CGO_ENABLED', 'CC', 'PATH'],
  docs: `
When cgo is on, building any package that uses it, including \`net\` and \`os/user\` from the standard
library (through runtime/cgo), runs the C compiler: CC, or gcc (clang on macOS and the BSDs). If that is
not in PATH, the build fails:

    # runtime/cgo
    cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH

cgo is on here because CGO_ENABLED=1 is set, because CC is set in the environment (which disables Go
1.20's automatic fallback), or because the release is older than 1.20, which never turns cgo off by
itself. Go 1.19 ships the standard library precompiled, so \`go build\` of a program importing net still
links, but \`go vet\` and \`go test\` rebuild runtime/cgo and fail unless the build cache already has it.
Error where the standard library needs cgo (Linux and the BSDs; macOS up to Go 1.22, by \`go list -deps\`
CgoFiles of net and os/user); on Windows, and on macOS since Go 1.23, only packages with \`import "C"\`
fail, so it is a warning there. The scenarios cgo-forced-no-gcc (CGO_ENABLED=1, PATH without gcc; go1.19.8 with a cold cache:
go test fails; 1.21.13, 1.22.12, 1.23.5, 1.26.8: go build fails), cgo-no-gcc-default (Go 1.19,
nothing set) and cgo-cc-missing (CC=mycc) verified this.
`,
  messages: {
    missing: {
      message: (d: NoCompilerData) =>
        d.reason === 'forced'
          ? `CGO_ENABLED=1 (${d.origin}) but the C compiler ${d.cc} is not in PATH.`
          : d.reason === 'cc'
            ? `CC=${d.cc} (${d.origin}) is not in PATH, and cgo is on.`
            : `cgo is on by default in this Go release, but the C compiler ${d.cc} is not in PATH.`,
      why: (d: NoCompilerData) =>
        d.std
          ? `Packages that use cgo, including net and os/user, fail to build with "cgo: C compiler ${d.cc} not found: exec: ${d.cc}: executable file not found in $PATH".${d.precompiled ? ' Go releases before 1.20 ship the standard library precompiled, so go build may still work, but go vet and go test rebuild runtime/cgo and fail.' : ''}`
          : `On ${d.target} the standard library does not need cgo, so only packages with import "C" fail: "cgo: C compiler ${d.cc} not found: exec: ${d.cc}: executable file not found in $PATH".`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const st = cgoState(ctx);
    if (!st.enabled || st.ccPath !== null || st.cc === '') return;
    const v = ctx.goVersion;
    const modern = v !== null && atLeast(v, '1.20');
    const reason: NoCompilerData['reason'] =
      st.explicit === '1' ? 'forced' : st.ccFromEnv || st.ccFromEnvFileOnly ? 'cc' : 'default';
    const src = reason === 'forced' ? ctx.setting('CGO_ENABLED') : ctx.setting('CC');
    const fixes: Fix[] = [adviceFix(ADVICE, 'install', { os: ctx.os })];
    if (reason === 'forced') {
      // Since 1.20, without CGO_ENABLED=1 the go command turns cgo off by itself when there is no compiler.
      fixes.push(...ctx.fixSetting('CGO_ENABLED', modern ? null : '0'));
    } else if (reason === 'cc') {
      fixes.push(...ctx.fixSetting('CC', null));
    } else {
      fixes.push(...ctx.fixSetting('CGO_ENABLED', '0'));
    }
    const target = buildTarget(ctx);
    const std = stdUsesCgo(target.goos, v);
    report(
      'missing',
      std ? 'error' : 'warning',
      {
        reason,
        cc: show(st.cc),
        origin: origin(src),
        precompiled: !modern,
        std,
        target: `${target.goos}/${target.goarch}`,
      },
      {
        fixes,
        vars:
          reason === 'forced'
            ? ['CGO_ENABLED', 'PATH']
            : reason === 'cc'
              ? ['CC', 'PATH']
              : ['CGO_ENABLED', 'PATH'],
      },
    );
  },
});
