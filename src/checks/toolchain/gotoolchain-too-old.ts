import { defineCheck } from '../../core/check.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { atLeast, compare, isValid } from '../../core/version.js';
import { origin } from '../_lib/text.js';
import { selectionFile, shortPath } from '../_lib/toolchain.js';

type TooOld = {
  file: string;
  required: string;
  running: string;
  gotoolchain: string;
  origin: string;
  /** What stops the switch: the GOTOOLCHAIN setting, or a "toolchain default" line. */
  blocker: string;
  error: string;
};

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: (d: { required: string }) => `Or install Go ${d.required} or later and put it first on PATH.`,
};

export default defineCheck({
  id: 'gotoolchain-too-old',
  title: 'The Go that runs is new enough for go.mod',
  group: 'toolchain',
  vars: ['GOTOOLCHAIN', 'GOVERSION'],
  appliesTo: { go: { since: '1.21' } },
  docs: `
Since Go 1.21 the \`go\` line of go.mod (or go.work) is a minimum: an older go command refuses the
module instead of trying. With GOTOOLCHAIN=auto it switches to a newer toolchain (see
gotoolchain-download); when switching is not allowed every command in the module fails:
- GOTOOLCHAIN=local (set by the user, or by a go.env that says local: the go1.26.8 install in
  /usr/local/go on the test machine ships one), or a pinned \`goX.Y.Z\` without +auto:
  \`go: go.mod requires go >= 1.99.0 (running go 1.23.5; GOTOOLCHAIN=local)\`;
- an empty GOTOOLCHAIN (go.env missing): the same message without the GOTOOLCHAIN part;
- GOTOOLCHAIN=path (or \`<name>+path\`) without an executable named exactly goX.Y.Z on PATH:
  \`go: cannot find "go1.99.0" in PATH\`.
Before Go 1.21 the go line is advisory (see gomod-go-newer). Verified on go1.21.13, 1.22.12, 1.23.5 and
1.26.8 by the scenarios gotoolchain-local-too-old and gotoolchain-path-missing, and on 1.26.8 (go.env
says local) by gomod-needs-newer-go-defaults; the message without GOTOOLCHAIN was seen by hand with a
GOROOT copy lacking go.env.
`,
  messages: {
    'too-old': {
      message: (d: TooOld) =>
        `${d.file} requires go >= ${d.required}, but go ${d.running} runs: ${d.blocker}.`,
      why: (d: TooOld) =>
        `Every go command in this module fails with "${d.error}". Set GOTOOLCHAIN=auto to let go fetch the toolchain, or install Go ${d.required} or later.`,
    },
    'not-in-path': {
      message: (d: TooOld) =>
        `${d.file} requires go >= ${d.required}, and GOTOOLCHAIN=${d.gotoolchain} (${d.origin}) only looks for it on PATH, where there is none.`,
      why: (d: TooOld) =>
        `Every go command in this module fails with "${d.error}". Install it (go install golang.org/dl/go${d.required}@latest && go${d.required} download), or set GOTOOLCHAIN=auto.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const local = ctx.localGoVersion;
    const sel = ctx.toolchain;
    if (!local || !atLeast(local, '1.21') || sel.mode === 'none') return;
    const f = selectionFile(ctx);
    if (!f) return;
    const s = ctx.setting('GOTOOLCHAIN');
    const file = shortPath(ctx, f.path);
    const base = {
      file,
      required: f.go ?? '',
      gotoolchain: s.value === '' ? '(empty)' : s.value,
      origin: origin(s),
      blocker: `GOTOOLCHAIN=${s.value === '' ? '(empty)' : s.value} (${origin(s)}) does not allow switching`,
    };
    const switchFix: Fix[] =
      s.value === 'auto'
        ? []
        : s.source === 'env'
          ? [{ kind: 'set-env', var: 'GOTOOLCHAIN', value: 'auto' }]
          : [{ kind: 'go-env-w', var: 'GOTOOLCHAIN', value: 'auto' }];
    if (sel.outcome === 'error' && sel.error?.startsWith('go: cannot find "')) {
      report(
        'not-in-path',
        'error',
        { ...base, required: sel.version, running: local, error: sel.error },
        { fixes: switchFix },
      );
      return;
    }
    if (sel.outcome === 'error') return; // gotoolchain-invalid
    const required = f.go ?? '';
    const running = ctx.goVersion ?? local;
    if (required === '' || !isValid(required) || compare(required, running) <= 0) return;
    let explain = s.value !== '' && s.value !== 'auto' ? `; GOTOOLCHAIN=${s.value}` : '';
    let blocker = base.blocker;
    if (f.toolchain === 'default' && (sel.mode === 'auto' || sel.mode === 'path')) {
      explain += `; ${file} sets toolchain default`;
      blocker = `${file} says "toolchain default", which turns off switching`;
    }
    report(
      'too-old',
      'error',
      {
        ...base,
        running,
        blocker,
        error: `go: ${file} requires go >= ${required} (running go ${running}${explain})`,
      },
      {
        fixes: [...switchFix, adviceFix(ADVICE, 'install', { required })],
      },
    );
  },
});
