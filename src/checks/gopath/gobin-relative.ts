import { defineCheck } from '../../core/check.js';
import { goIsAbs } from '../_lib/gopath.js';
import { origin, show } from '../_lib/text.js';

type Data = { value: string; origin: string };

export default defineCheck({
  id: 'gobin-relative',
  title: 'GOBIN is an absolute path',
  group: 'gopath',
  vars: ['GOBIN'],
  docs: `
\`go install\` refuses a relative GOBIN (src/cmd/go/internal/work/build.go, InstallPackages) with a
message that, unlike most, has no "go:" prefix:

    cannot install, GOBIN must be an absolute path

Builds, tests and downloads are not affected. \`go env -w GOBIN=bin\` accepts the value without any
check, so the mistake usually lives in the go env file. Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5
and 1.26.8 by the scenarios gobin-relative-env and gobin-relative-envfile.
`,
  messages: {
    relative: {
      message: (d: Data) => `GOBIN ${d.value} is a relative path (${d.origin}), so go install fails.`,
      why: () =>
        'go install stops with "cannot install, GOBIN must be an absolute path" (go env -w does not check it). Set GOBIN to an absolute directory on PATH, or unset it to install into GOPATH[0]/bin.',
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GOBIN');
    if (s.value === '' || goIsAbs(ctx.os, s.value)) return;
    report(
      'relative',
      'error',
      { value: show(s.value), origin: origin(s) },
      { fixes: ctx.fixSetting('GOBIN', null) },
    );
  },
});
