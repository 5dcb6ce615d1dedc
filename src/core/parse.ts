/**
 * Text formats the go command reads, parsed the way it reads them. Pure.
 */
import type { EnvFileEntry, ModFileFacts } from './facts.js';
import { redactText, redactValue } from './redact.js';

/**
 * The go env file and $GOROOT/go.env (cmd/go/internal/cfg.readEnvFile): a line counts only if it has
 * "=" and starts with A-Z; everything else (comments, blank lines, lowercase) is silently ignored.
 * Values are taken verbatim, including a trailing "\r".
 */
export function parseEnvFile(text: string): {
  entries: EnvFileEntry[];
  ignored: { line: number; text: string }[];
} {
  const entries: EnvFileEntry[] = [];
  const ignored: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((raw, i) => {
    const eq = raw.indexOf('=');
    const first = raw.charCodeAt(0);
    if (eq < 0 || !(first >= 65 && first <= 90)) {
      if (raw.trim() !== '' && !raw.trimStart().startsWith('#'))
        ignored.push({ line: i + 1, text: redactText(raw.slice(0, 200)) });
      return;
    }
    const key = raw.slice(0, eq);
    entries.push({ key, value: redactValue(key, raw.slice(eq + 1)), line: i + 1 });
  });
  return { entries, ignored };
}

function stripComment(line: string): string {
  const i = line.indexOf('//');
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === '`' && s.endsWith('`'))))
    return s.slice(1, -1);
  return s;
}

/**
 * The directives of a go.mod or go.work file that matter for the environment: module, go, toolchain,
 * godebug (single or block), use, and how many modules are required. The go and toolchain values are
 * found the way toolchain selection finds them (gover.GoModLookup: the first line that starts with the
 * keyword and a space).
 */
export function parseModFile(path: string, text: string): ModFileFacts {
  const out: ModFileFacts = { path, godebug: [] };
  const lines = text.split('\n');
  let block: string | null = null;
  const use: string[] = [];
  let requires = 0;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = stripComment(raw);
    if (line === '') return;
    if (block !== null) {
      if (line === ')') {
        block = null;
        return;
      }
      if (block === 'godebug') {
        const eq = line.indexOf('=');
        if (eq > 0)
          out.godebug.push({ key: line.slice(0, eq).trim(), value: line.slice(eq + 1).trim(), line: lineNo });
      } else if (block === 'use') {
        use.push(unquote(line));
      } else if (block === 'require') {
        requires++;
      }
      return;
    }
    const m = /^([a-z]+)(?:[ \t]+(.*))?$/.exec(line);
    if (!m) return;
    const [, verb = '', rest = ''] = m;
    const arg = rest.trim();
    if (arg === '(') {
      block = verb;
      return;
    }
    switch (verb) {
      case 'module':
        if (out.module === undefined) out.module = unquote(arg);
        break;
      case 'go':
        if (out.go === undefined) {
          out.go = arg;
          out.goLine = lineNo;
        }
        break;
      case 'toolchain':
        if (out.toolchain === undefined) {
          out.toolchain = arg;
          out.toolchainLine = lineNo;
        }
        break;
      case 'godebug': {
        const eq = arg.indexOf('=');
        if (eq > 0)
          out.godebug.push({ key: arg.slice(0, eq).trim(), value: arg.slice(eq + 1).trim(), line: lineNo });
        break;
      }
      case 'use':
        use.push(unquote(arg));
        break;
      case 'require':
        requires++;
        break;
    }
  });
  if (path.endsWith('.work') || use.length > 0) out.use = use;
  if (!path.endsWith('.work')) out.requires = requires;
  return out;
}
