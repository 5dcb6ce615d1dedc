import { defineCheck } from '../../core/check.js';
import { origin, show } from '../_lib/text.js';

type Data = {
  gobin: string;
  target: string;
  host: string;
  targetOrigin: string;
};

export default defineCheck({
  id: 'gobin-cross-compile',
  title: 'go install can install with this GOOS/GOARCH and GOBIN',
  group: 'gopath',
  vars: ['GOBIN', 'GOOS', 'GOARCH'],
  docs: `
When GOOS/GOARCH differ from the go command's own platform (GOHOSTOS/GOHOSTARCH), \`go install\` puts
commands in a GOOS_GOARCH subdirectory of the bin directory: GOPATH[0]/bin/linux_386/hello. With GOBIN set
it refuses instead (src/cmd/go/internal/load/pkg.go GobinSubdir, work/build.go InstallPackages):

    go: cannot install cross-compiled binaries when GOBIN is set

Any difference counts, also GOARCH=386 on an amd64 host, where builds and tests still run fine. Setting
GOOS/GOARCH to the host's own values is not cross-compiling. Verified on go1.19.8, 1.21.13, 1.22.12,
1.23.5 and 1.26.8 by the scenarios gobin-cross-compile-386 (only go install fails) and
gobin-host-target-explicit (no finding). A GOOS/GOARCH that stays set in the environment or the go env
file is a problem of its own for running and testing; this check is only about GOBIN.
`,
  messages: {
    cross: {
      message: (d: Data) =>
        `GOBIN is set (${d.gobin}) and the target ${d.target} (${d.targetOrigin}) is not the host ${d.host}, so go install fails.`,
      why: () =>
        'go install refuses: "go: cannot install cross-compiled binaries when GOBIN is set". Unset GOBIN for cross-compiled installs (they go to GOPATH[0]/bin/GOOS_GOARCH), use go build -o, or unset GOOS/GOARCH when you are not cross-compiling.',
    },
  },
  run(ctx, report) {
    const gobin = ctx.setting('GOBIN').value;
    if (gobin === '') return;
    const goos = ctx.setting('GOOS');
    const goarch = ctx.setting('GOARCH');
    // GOHOSTOS/GOHOSTARCH are the go binary's runtime.GOOS/GOARCH; only go's own answer counts.
    const ho = ctx.setting('GOHOSTOS');
    const ha = ctx.setting('GOHOSTARCH');
    const hostOS = ho.confirmed && ho.value !== '' ? ho.value : ctx.facts.host.os;
    const hostArch = ha.confirmed && ha.value !== '' ? ha.value : ctx.facts.host.arch;
    if (goos.value === '' || goarch.value === '') return;
    if (goos.value === hostOS && goarch.value === hostArch) return;
    const culprit = goos.value !== hostOS ? goos : goarch;
    report(
      'cross',
      'error',
      {
        gobin: show(gobin),
        target: `${goos.value}/${goarch.value}`,
        host: `${hostOS}/${hostArch}`,
        targetOrigin: `${culprit.name} ${origin(culprit)}`,
      },
      { fixes: ctx.fixSetting('GOBIN', null) },
    );
  },
});
