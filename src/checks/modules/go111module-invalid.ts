import { defineCheck } from '../../core/check.js';
import { origin, show } from '../_lib/text.js';

const VALID = new Set(['', 'on', 'off', 'auto']);

export default defineCheck({
  id: 'go111module-invalid',
  title: 'GO111MODULE is empty, on, off or auto',
  group: 'modules',
  vars: ['GO111MODULE'],
  docs: `
GO111MODULE accepts exactly "", "on", "off" and "auto" (case matters: "On" and "yes" are refused). Any
other value stops every command that loads packages or modules — build, test, install, mod download,
and even \`go env -json\` (so go-doctor gets no confirmed values from go) — with

    go: unknown environment setting GO111MODULE=yes

(src/cmd/go/internal/modload/init.go). \`go env -w GO111MODULE=yes\` is refused ("go: invalid GO111MODULE
value"), but a value in the environment, or written into the go env file by hand, is read as it is.
\`go version\` still works. Verified with go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios
go111module-invalid-env and go111module-invalid-envfile.
`,
  messages: {
    invalid: {
      message: (d: { value: string; origin: string; raw: string }) =>
        `GO111MODULE is ${d.value} (${d.origin}), which the go command does not accept.`,
      why: (d: { value: string; origin: string; raw: string }) =>
        `Every build, test, install and mod download fails with "go: unknown environment setting GO111MODULE=${d.raw}". Remove it (modules are on by default since Go 1.16), or use on, off or auto.`,
    },
  },
  run(ctx, report) {
    const s = ctx.setting('GO111MODULE');
    if (VALID.has(s.value)) return;
    report(
      'invalid',
      'error',
      { value: show(s.value), origin: origin(s), raw: s.value },
      { fixes: ctx.fixSetting('GO111MODULE', null) },
    );
  },
});
