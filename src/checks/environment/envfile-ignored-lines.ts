import { defineCheck, type Severity } from '../../core/check.js';
import { redactText, redactValue } from '../../core/redact.js';
import { show } from '../_lib/text.js';

/** The line as it may be shown: credentials in URLs, tokens and GOAUTH commands hidden. */
function safe(text: string): string {
  const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*)$/.exec(text);
  if (!m) return redactText(text);
  const [, pre = '', key = '', eq = '', value = ''] = m;
  return `${pre}${key}${eq}${redactValue(key.toUpperCase(), value)}`;
}

interface Line {
  line: number;
  text: string;
}

/** What the line was probably meant to be, as advice. */
function hintFor(lines: readonly Line[]): string {
  const texts = lines.map((l) => l.text);
  if (texts.some((t) => /^\s*[{["]/.test(t)))
    return 'The go env file is plain KEY=VALUE lines, not JSON; write settings with go env -w.';
  if (texts.some((t) => /^\s*export\s+[A-Z]/.test(t)))
    return 'It is not a shell script: drop "export", and write settings with go env -w.';
  if (texts.some((t) => /^\s+[A-Z]/.test(t)))
    return 'Lines must start with the name: remove the leading white space.';
  if (texts.some((t) => /^[a-z_][A-Za-z0-9_]*\s*=/.test(t)))
    return 'Names are upper case (GOPROXY, not goproxy); write settings with go env -w.';
  return 'Write settings with go env -w KEY=VALUE.';
}

export default defineCheck({
  id: 'envfile-ignored-lines',
  title: 'The go env file is read as written',
  group: 'environment',
  vars: ['GOENV'],
  docs: `
The go env file ($GOENV, by default os.UserConfigDir()/go/env, written by \`go env -w\`) is plain KEY=VALUE
lines. cmd/go/internal/cfg.readEnvFile silently skips every line that has no "=" or does not start with
an upper-case letter A–Z: lower-case names (goproxy=…), leading spaces, "export GOFLAGS=…", or a JSON
file written by some tool. Those settings simply do not apply, with no message (warning; info for lines
that do not even look like settings; blank lines and # comments are not reported). A GOENV line in the
file is also ignored: GOENV is read from the OS environment only. When the file cannot be read at all
(for example it is a directory) go ignores the whole file silently, while \`go env -w\` fails with "go:
reading go env config: read …: is a directory" (warning). Verified with go1.19.8, 1.21.13, 1.22.12,
1.23.5 and 1.26.8 by the scenarios envfile-ignored-lines and envfile-unreadable.
`,
  messages: {
    ignored: {
      message: (d: { file: string; count: number; lines: readonly string[]; hint: string }) =>
        `The go command ignores ${d.count === 1 ? 'a line' : `${d.count} lines`} of ${d.file}: ${d.lines.join('; ')}.`,
      why: (d: { file: string; count: number; lines: readonly string[]; hint: string }) =>
        `go reads only lines that start with an upper-case letter and contain "=", and skips the others without a word, so these settings do not apply. ${d.hint}`,
    },
    'os-only': {
      message: (d: { file: string; name: string; line: number }) =>
        `${d.file}:${d.line} sets ${d.name}, which the go command only takes from the OS environment.`,
      why: (d: { file: string; name: string; line: number }) =>
        `The line has no effect. Set ${d.name} in the environment instead, and delete the line.`,
    },
    unreadable: {
      message: (d: { file: string; error: string }) =>
        `The go env file ${d.file} cannot be read (${d.error}).`,
      why: () =>
        'The go command silently ignores a go env file it cannot read, so nothing written with go env -w applies, and go env -w itself fails.',
    },
  },
  run(ctx, report) {
    const f = ctx.facts.envFile;
    if (!f) return;
    if (f.error !== undefined) {
      report('unreadable', 'warning', { file: f.path, error: f.error });
      return;
    }
    if (f.ignored.length > 0) {
      const looksLikeSetting = f.ignored.some((l) => /[=:]/.test(l.text));
      const severity: Severity = looksLikeSetting ? 'warning' : 'info';
      report('ignored', severity, {
        file: f.path,
        count: f.ignored.length,
        lines: f.ignored.slice(0, 5).map((l) => `line ${l.line} ${show(safe(l.text))}`),
        hint: hintFor(f.ignored),
      });
    }
    for (const e of f.entries) {
      if (e.key !== 'GOENV') continue;
      report('os-only', 'warning', { file: f.path, name: e.key, line: e.line });
    }
  },
});
