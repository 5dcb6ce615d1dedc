import { defineCheck } from '../../core/check.js';
import type { ModFileFacts } from '../../core/facts.js';
import { adviceFix, type Fix } from '../../core/fix.js';
import { moduleModeEnabled } from '../../core/toolchain.js';
import { atLeast, compare, lang } from '../../core/version.js';
import { OLD_GO_LINE_RE } from '../_lib/toolchain.js';

type FileData = { file: string; line: number; value: string; local: string; error: string };

/** Advice fixes (English); translations are keyed by check id and key (src/i18n). */
const ADVICE = {
  install: () => 'Install Go 1.21 or later from https://go.dev/dl/.',
};

export default defineCheck({
  id: 'gomod-go-newer',
  title: 'go.mod and go.work are readable by this Go release',
  group: 'toolchain',
  vars: ['GOVERSION'],
  appliesTo: { go: { before: '1.21' } },
  docs: `
Before Go 1.21 the go command only understands \`go 1.N\` lines and has no \`toolchain\` directive. A
go.mod or go.work written by Go 1.21 or later often says \`go 1.22.0\` and \`toolchain go1.22.3\`; an older
go command cannot parse it, and every command in the module fails (verified on go1.19.8):

    go: errors parsing go.mod:
    /home/me/proj/go.mod:3: invalid go version '1.22.0': must match format 1.23
    /home/me/proj/go.mod:5: unknown directive: toolchain

(for go.work: \`reading go.work: …/go.work:1: invalid go version '1.22.0': must match format 1.23\`).
A two-part \`go 1.22\` line that is newer than the local Go is accepted: builds work until the code
uses a newer language feature, and then compile errors end with \`note: module requires Go 1.22\`
(warning). Go 1.21 and later handle both forms (see gotoolchain-too-old and gotoolchain-download).
In GOPATH mode (GO111MODULE=off) go.mod is not read. Verified on go1.19.8 by the scenarios
gomod-go-three-part-old-go, gomod-go-two-part-newer, gotoolchain-local-too-old (\`go 1.99.0\`),
go-line-lang-version-switches (\`go 1.99\` builds), toolchain-line-bogus and toolchain-line-lang-version
(\`unknown directive: toolchain\`).
`,
  messages: {
    format: {
      message: (d: FileData) =>
        `${d.file}:${d.line} says "go ${d.value}", a form go${d.local} cannot read (it wants "go 1.N").`,
      why: (d: FileData) =>
        `Every go command in this module fails with "${d.error}". Install Go 1.21 or later, or write the line as "go ${lang(d.value) || d.value}" if the module does not need more.`,
    },
    toolchain: {
      message: (d: FileData) =>
        `${d.file}:${d.line} has a "toolchain ${d.value}" line, which go${d.local} does not know.`,
      why: (d: FileData) =>
        `Every go command in this module fails with "${d.error}". Install Go 1.21 or later, or delete the toolchain line.`,
    },
    newer: {
      message: (d: FileData) =>
        `${d.file}:${d.line} says "go ${d.value}", newer than the go${d.local} that runs.`,
      why: (d: FileData) =>
        `go${d.local} builds it anyway, but code that uses newer language features fails to compile ("note: module requires Go ${d.value}"). Install Go ${d.value} or later.`,
    },
  },
  advice: ADVICE,
  run(ctx, report) {
    const local = ctx.localGoVersion;
    if (!local || atLeast(local, '1.21')) return;
    if (!moduleModeEnabled(ctx.facts, ctx.settings)) return;
    const files: { f: ModFileFacts; prefix: string }[] = [];
    const { gomod, gowork } = ctx.facts.module;
    if (gowork && atLeast(local, '1.18')) files.push({ f: gowork, prefix: 'reading go.work: ' });
    if (gomod) files.push({ f: gomod, prefix: '' });
    const install: Fix = adviceFix(ADVICE, 'install');
    for (const { f, prefix } of files) {
      const go = f.go;
      if (go !== undefined && go !== '' && f.goLine !== undefined) {
        if (!OLD_GO_LINE_RE.test(go)) {
          const fixes: Fix[] = [install];
          const l = lang(go);
          if (l && OLD_GO_LINE_RE.test(l))
            fixes.push({ kind: 'edit-line', file: f.path, line: f.goLine, from: `go ${go}`, to: `go ${l}` });
          report(
            'format',
            'error',
            {
              file: f.path,
              line: f.goLine,
              value: go,
              local,
              error: `${prefix}${f.path}:${f.goLine}: invalid go version '${go}': must match format 1.23`,
            },
            { fixes },
          );
        } else if (compare(go, lang(local)) > 0) {
          report(
            'newer',
            'warning',
            { file: f.path, line: f.goLine, value: go, local, error: '' },
            { fixes: [install] },
          );
        }
      }
      if (f.toolchain !== undefined && f.toolchainLine !== undefined) {
        report(
          'toolchain',
          'error',
          {
            file: f.path,
            line: f.toolchainLine,
            value: f.toolchain,
            local,
            error: `${prefix}${f.path}:${f.toolchainLine}: unknown directive: toolchain`,
          },
          {
            fixes: [
              install,
              {
                kind: 'edit-line',
                file: f.path,
                line: f.toolchainLine,
                from: `toolchain ${f.toolchain}`,
                to: '',
              },
            ],
          },
        );
      }
    }
  },
});
