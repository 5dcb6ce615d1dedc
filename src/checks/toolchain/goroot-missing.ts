import { defineCheck } from '../../core/check.js';
import { adviceFix } from '../../core/fix.js';
import { origin, show } from '../_lib/text.js';
import { explicitlySet, removeGorootFixes } from '../_lib/toolchain.js';

const CANNOT_FIND = /cannot find GOROOT directory: (.*)/;

type GorootData = { goroot: string; origin: string; switchedTo?: string };

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  'use-install': (d: { binary: string }) =>
    `Put the bin directory of a Go installation on PATH instead of ${d.binary}, or replace the copy with a symbolic link to <GOROOT>/bin/go.`,
  reinstall: () => 'Reinstall Go, and run go from its installation.',
};

export default defineCheck({
  id: 'goroot-missing',
  title: 'GOROOT is a Go installation',
  group: 'toolchain',
  vars: ['GOROOT'],
  docs: `
The go command needs its own installation (GOROOT): the standard library in \`$GOROOT/src\` and the
compiler in \`$GOROOT/pkg/tool\`. It takes GOROOT from the environment or the go env file when set there,
otherwise from its own location (the directory above \`bin/go\` that has \`pkg/tool\`, links resolved),
otherwise from the path built into the binary (empty in release builds since Go 1.21, which are built
with -trimpath).

- GOROOT set to a directory that does not exist: every go command, even \`go version\` and
  \`go env -u GOROOT\`, exits 2 with \`go: cannot find GOROOT directory: /x\`. A broken GOROOT line in
  the go env file must therefore be deleted by editing the file.
- A go binary copied out of its installation with GOROOT unset: Go 1.21 and later say
  \`go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set\` (exit 2). Go 1.19
  is not trimmed: the copy keeps working with the GOROOT built into it (info).
- GOROOT set to an existing directory that is not a Go tree (no \`pkg/tool\`): \`go mod download\`
  works, builds fail with \`package fmt is not in std (/x/src/fmt)\` (Go 1.21+; \`is not in GOROOT\`
  on 1.19), or \`go: no such tool "compile"\` when only the sources are there.

The go command runs toolchain selection before this check, so when GOTOOLCHAIN switches to a goX.Y.Z on
PATH (or a download) builds still work and only the local commands fail: then it is a warning (seen by
hand on go1.22.12 with GOROOT=/nonexistent GOTOOLCHAIN=go1.23.5 and go1.23.5 on PATH).
Verified on go1.19.8, 1.21.13, 1.22.12, 1.23.5 and 1.26.8 by the scenarios goroot-nonexistent-env,
goroot-nonexistent-envfile, goroot-not-a-go-tree and go-binary-copied.
`,
  messages: {
    missing: {
      message: (d: GorootData) => `GOROOT is ${d.goroot} (${d.origin}), which does not exist.`,
      why: (d: GorootData) =>
        d.switchedTo
          ? `Builds work only because GOTOOLCHAIN switches to ${d.switchedTo}, which runs with its own GOROOT; go env and every command with GOTOOLCHAIN=local exit with "go: cannot find GOROOT directory: ${d.goroot}". Unset GOROOT.`
          : `Every go command exits with "go: cannot find GOROOT directory: ${d.goroot}". Unset GOROOT: the go command finds its own installation.`,
    },
    'not-go-tree': {
      message: (d: GorootData) =>
        `GOROOT is ${d.goroot} (${d.origin}), which is not a Go installation (it has no pkg/tool).`,
      why: (d: GorootData) =>
        d.switchedTo
          ? `Builds work only because GOTOOLCHAIN switches to ${d.switchedTo}, which runs with its own GOROOT; with GOTOOLCHAIN=local every build fails. Unset GOROOT.`
          : 'go mod download still works, but every build fails with "package fmt is not in std (…/src/fmt)", or with go: no such tool "compile".',
    },
    trimmed: {
      message: (d: { binary: string }) =>
        `${d.binary} is a copy of the go command outside its installation, and GOROOT is not set.`,
      why: () =>
        "Since Go 1.21 release binaries carry no built-in GOROOT, so every go command exits with \"go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set\". Put the installation's bin directory on PATH, or replace the copy with a symbolic link to <GOROOT>/bin/go.",
    },
    'built-in-missing': {
      message: (d: { binary: string; goroot: string }) =>
        `${d.binary} looks for its installation at ${d.goroot} (built into the binary), which does not exist.`,
      why: (d: { goroot: string }) =>
        `Every go command exits with "go: cannot find GOROOT directory: ${d.goroot}". Reinstall Go, or run the go binary from its installation.`,
    },
    'built-in': {
      message: (d: { binary: string; goroot: string }) =>
        `${d.binary} lives outside its installation; it uses the GOROOT built into it, ${d.goroot}.`,
      why: () =>
        'This works for binaries built before Go 1.21, but a Go 1.21+ binary in the same place fails with "\'go\' binary is trimmed and GOROOT is not set". A symbolic link to <GOROOT>/bin/go is more robust than a copy.',
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const go = ctx.go;
    if (!go || !go.executable) return;
    const s = ctx.setting('GOROOT');
    const info = ctx.pathInfo('GOROOT');
    const stderr = ctx.facts.goEnv && !ctx.facts.goEnv.ok ? ctx.facts.goEnv.stderr : '';
    const explicit = explicitlySet(s);
    // Toolchain selection runs before the GOROOT check: a switch to another toolchain (which runs with
    // its own GOROOT) still works, and only commands the local go answers itself fail.
    const sel = ctx.toolchain;
    const switched = sel.outcome === 'path' || sel.outcome === 'download';
    const severity = switched ? 'warning' : 'error';
    const switchData = { switchedTo: switched ? sel.toolchain : '' };

    if (explicit) {
      const goroot = s.value;
      const missing =
        (info !== undefined && info.kind !== 'dir') || (info === undefined && CANNOT_FIND.test(stderr));
      if (missing) {
        report(
          'missing',
          severity,
          { goroot: show(goroot), origin: origin(s), ...switchData },
          { fixes: removeGorootFixes(ctx, true) },
        );
        return;
      }
      if (ctx.facts.goroot && !ctx.facts.goroot.pkgTool && info?.kind === 'dir') {
        report(
          'not-go-tree',
          severity,
          { goroot: show(goroot), origin: origin(s), ...switchData },
          { fixes: removeGorootFixes(ctx, false) },
        );
      }
      return;
    }

    // GOROOT not set: the go binary finds its own installation, or uses the one built into it.
    if (/binary is trimmed and GOROOT is not set/.test(stderr)) {
      report(
        'trimmed',
        'error',
        { binary: go.path },
        {
          fixes: [adviceFix(ADVICE, 'use-install', { binary: go.path })],
        },
      );
      return;
    }
    const m = CANNOT_FIND.exec(stderr);
    if (m) {
      report(
        'built-in-missing',
        'error',
        { binary: go.path, goroot: show((m[1] ?? '').trim()) },
        { fixes: [adviceFix(ADVICE, 'reinstall')] },
      );
      return;
    }
    if (go.goroot === null && ctx.facts.goEnv?.ok) {
      const goroot = ctx.facts.goEnv.values?.GOROOT ?? s.value;
      if (goroot === '') return;
      if (ctx.facts.goroot && !ctx.facts.goroot.pkgTool && info?.kind === 'dir') {
        report('not-go-tree', severity, {
          goroot: show(goroot),
          origin: 'built into the go binary',
          ...switchData,
        });
        return;
      }
      report('built-in', 'info', { binary: go.path, goroot: show(goroot) });
    }
  },
});
