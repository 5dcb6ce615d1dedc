/**
 * Static analysis of shell startup files: which files each shell reads in each startup mode (by each
 * shell's documented rules, see docs/shells.md), what they set for Go (file:line), and what every mode
 * ends up with. Pure: the collector (src/collect/startup.ts) reads the files into facts; everything here
 * works on those facts, so macOS/Windows setups are tested through fixtures.
 */
import type { OS, StartupFacts, StartupFileFacts, StartupLine } from '../core/facts.js';

export type ShellKind = 'bash' | 'zsh' | 'sh' | 'fish' | 'powershell';
export const SHELL_KINDS: readonly ShellKind[] = ['bash', 'zsh', 'sh', 'fish', 'powershell'];

export type Mode = 'login-interactive' | 'interactive' | 'login' | 'script';
export const MODES: readonly Mode[] = ['login-interactive', 'interactive', 'login', 'script'];

export function isInteractive(m: Mode): boolean {
  return m === 'login-interactive' || m === 'interactive';
}
export function isLogin(m: Mode): boolean {
  return m === 'login-interactive' || m === 'login';
}

export const MODE_LABEL: Record<Mode, string> = {
  'login-interactive': 'login+interactive',
  interactive: 'interactive',
  login: 'login',
  script: 'script',
};

export type Syntax = 'posix' | 'fish' | 'fish-variables' | 'powershell';

/** What a startup file line needs to be in effect. */
export interface Cond {
  interactive?: boolean;
  login?: boolean;
  /** Inside a function body: never run at startup. */
  never?: boolean;
  /** Only in this shell (a $BASH_VERSION / $ZSH_VERSION test). */
  shell?: ShellKind;
}

export type Stmt =
  | { kind: 'set'; var: string; value: string; line: number; cond: Cond }
  | { kind: 'unset'; var: string; line: number; cond: Cond }
  | {
      kind: 'path';
      /** PATH entries as written (without the $PATH reference). */
      entries: string[];
      position: 'prepend' | 'append' | 'reset';
      line: number;
      cond: Cond;
      raw: string;
    }
  | { kind: 'source'; target: string; line: number; cond: Cond }
  | { kind: 'activate'; manager: string; line: number; cond: Cond; raw: string };

/** Version managers that manage Go itself, and generic ones that may. */
export const GO_MANAGERS = ['goenv', 'gvm', 'g', 'gobrew', 'goup'];
export const GENERIC_MANAGERS = ['asdf', 'mise', 'rtx', 'nix', 'brew'];

/** Lines worth keeping from a startup file (the collector stores only these). */
const RELEVANT =
  /\bGO[A-Z0-9_]*|\bPATH\b|\bpath\b|fish_user_paths|fish_add_path|\bsource\b|(^|[;&|]|\bthen|\bdo)\s*\.\s+\S|\beval\b|\bactivate\b|\binit\b|shellenv|\bstatus\b|\$-|\bPS1\b|\breturn\b|^\s*(if|fi|then|else|elif|end|case|esac|function|for|while|done|begin|switch)\b|^[^#]*\{\s*$|^\s*\}|\bZDOTDIR\b|\bBASH_ENV\b|\bENV=|SETUVAR|\$env:|Env:|asdf|mise|goenv|gvm|\bunset\b|\bg-install\b|\*i\*|\binteractive\b|\blogin\b|login_shell/;

export function isRelevantLine(text: string): boolean {
  const t = text.trimStart();
  if (t === '' || t.startsWith('#')) return false;
  return RELEVANT.test(text);
}

// ---------------------------------------------------------------------------------------------------
// Words

/** Splits a command line into segments at ; && || | outside quotes, keeping the operator before each. */
function segments(line: string): { op: string; text: string }[] {
  const out: { op: string; text: string }[] = [];
  let cur = '';
  let op = '';
  let q: string | null = null;
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] ?? '';
    if (q) {
      cur += c;
      if (c === '\\' && q === '"' && i + 1 < line.length) {
        cur += line[++i];
      } else if (c === q) q = null;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) break;
    if (c === '"' || c === "'") {
      q = c;
      cur += c;
      continue;
    }
    if (c === '(' || (c === '{' && line[i - 1] === '$')) depth++;
    if ((c === ')' || c === '}') && depth > 0) depth--;
    if (depth === 0) {
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        out.push({ op, text: cur.trim() });
        cur = '';
        op = two;
        i++;
        continue;
      }
      if (c === ';' || c === '|') {
        if (c === ';' && line[i + 1] === ';') {
          cur += ';;';
          i++;
          continue;
        }
        out.push({ op, text: cur.trim() });
        cur = '';
        op = c;
        continue;
      }
    }
    cur += c;
  }
  out.push({ op, text: cur.trim() });
  return out.filter((s) => s.text !== '');
}

/**
 * Reads one shell word (quotes removed, $-references kept) from the start of s. fish also takes \' and
 * \\ as escapes inside single quotes.
 */
function word(s: string, fish = false): { word: string; rest: string } {
  let out = '';
  let i = 0;
  let q: string | null = null;
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if (q) {
      if (fish && q === "'" && c === '\\' && (s[i + 1] === "'" || s[i + 1] === '\\')) {
        out += s[++i];
        continue;
      }
      if (c === q) {
        q = null;
        continue;
      }
      if (c === '\\' && q === '"' && i + 1 < s.length && /["\\$`]/.test(s[i + 1] ?? '')) {
        out += s[++i];
        continue;
      }
      out += c;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      continue;
    }
    if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) depth++;
    else if ((c === ')' || c === '}') && depth > 0) depth--;
    if (depth === 0 && /\s/.test(c)) break;
    if (c === '\\' && i + 1 < s.length) {
      out += s[++i];
      continue;
    }
    out += c;
  }
  return { word: out, rest: s.slice(i).trim() };
}

function words(s: string, fish = false): string[] {
  const out: string[] = [];
  let rest = s.trim();
  while (rest !== '') {
    const w = word(rest, fish);
    out.push(w.word);
    if (w.rest === rest) break;
    rest = w.rest;
  }
  return out;
}

const PATH_REF = /^\$\{?PATH\}?$|^\$\{?path\}?$|^\$fish_user_paths$|^\$env:PATH$/i;

function pathStmt(value: string, sep: string, line: number, cond: Cond, raw: string): Stmt {
  const parts = value.split(sep);
  const ref = parts.findIndex((p) => PATH_REF.test(p.trim()));
  if (ref < 0)
    return { kind: 'path', entries: parts.filter((p) => p !== ''), position: 'reset', line, cond, raw };
  const before = parts.slice(0, ref).filter((p) => p !== '');
  const after = parts.slice(ref + 1).filter((p) => p !== '');
  if (before.length > 0) return { kind: 'path', entries: before, position: 'prepend', line, cond, raw };
  return { kind: 'path', entries: after, position: 'append', line, cond, raw };
}

function managerOf(text: string): string | null {
  const m =
    /\b(goenv|mise|rtx|asdf|gvm|nodenv|brew|gobrew|goup)\b[^|)]*\b(init|activate|shellenv|env)\b/.exec(
      text,
    ) ?? null;
  if (m?.[1]) return m[1];
  return null;
}

function sourcedManager(target: string): string | null {
  if (/asdf\.(sh|fish|ps1)$|\/asdf\/|\.asdf\//.test(target)) return 'asdf';
  if (/\.gvm\/scripts\/gvm$|\/gvm$/.test(target)) return 'gvm';
  if (/goenv/.test(target)) return 'goenv';
  if (/mise/.test(target)) return 'mise';
  return null;
}

// ---------------------------------------------------------------------------------------------------
// POSIX shells (sh, bash, zsh)

function testCond(test: string): Cond | null {
  const t = test.replace(/\s+/g, ' ');
  if (/-n "?\$\{?BASH_VERSION|"\$\{?BASH_VERSION[-}]*"? ?\]|-n "?\$\{?BASH\b/.test(t))
    return { shell: 'bash' };
  if (/-n "?\$\{?ZSH_VERSION/.test(t)) return { shell: 'zsh' };
  if (
    /-o interactive|\$- == \*i\*|\$- = \*i\*|"\$-" == \*i\*|\[\[ \$- == \*i\* \]\]|-n "?\$PS1"?|"\$\{PS1-\}"|"\$PS1"|\$\{PS1\+/.test(
      t,
    )
  )
    return /!|-z /.test(t.replace(/!=/, '')) ? { interactive: false } : { interactive: true };
  if (/\$- != \*i\*|-z "?\$PS1"?/.test(t)) return { interactive: false };
  if (/-o login|login_shell/.test(t)) return /!/.test(t) ? { login: false } : { login: true };
  return null;
}

function invert(c: Cond | null): Cond | null {
  if (!c) return null;
  const out: Cond = {};
  if (c.interactive !== undefined) out.interactive = !c.interactive;
  if (c.login !== undefined) out.login = !c.login;
  return out;
}

function merge(...cs: (Cond | null | undefined)[]): Cond {
  const out: Cond = {};
  for (const c of cs) {
    if (!c) continue;
    if (c.never) out.never = true;
    if (c.shell !== undefined) out.shell = c.shell;
    if (c.interactive !== undefined) out.interactive = c.interactive;
    if (c.login !== undefined) out.login = c.login;
  }
  return out;
}

function parsePosixSegment(text: string, line: number, cond: Cond, out: Stmt[]): void {
  let t = text.replace(/^(then|do|else)\s+/, '').trim();
  if (t === '') return;
  // zsh: path+=(dir) / path=(dir $path)
  const zp = /^path(\+?)=\((.*)\)$/.exec(t);
  if (zp) {
    const ws = words(zp[2] ?? '');
    const value = zp[1] === '+' ? ['$path', ...ws].join(':') : ws.join(':');
    out.push(pathStmt(value, ':', line, cond, text));
    return;
  }
  const src = /^(?:source|\.)\s+(.+)$/.exec(t);
  if (src) {
    const w = word(src[1] ?? '').word;
    if (w.startsWith('<(')) {
      const m = managerOf(w);
      if (m) out.push({ kind: 'activate', manager: m, line, cond, raw: text });
      return;
    }
    out.push({ kind: 'source', target: w, line, cond });
    const vm = sourcedManager(w);
    if (vm) out.push({ kind: 'activate', manager: vm, line, cond, raw: text });
    return;
  }
  if (/^eval\b/.test(t)) {
    const m = managerOf(t);
    if (m) out.push({ kind: 'activate', manager: m, line, cond, raw: text });
    return;
  }
  const un = /^unset\s+(?:-[vx]\s+)?(.+)$/.exec(t);
  if (un) {
    for (const v of words(un[1] ?? ''))
      if (/^[A-Za-z_]\w*$/.test(v)) out.push({ kind: 'unset', var: v, line, cond });
    return;
  }
  const decl = /^(export|declare|typeset|readonly|local)\b\s*((?:-[a-zA-Z]+\s+)*)(.*)$/.exec(t);
  let exported = false;
  if (decl) {
    if (decl[1] === 'local') return;
    t = decl[3] ?? '';
    exported = true;
  }
  while (t !== '') {
    const a = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(t);
    if (!a) return;
    const name = a[1] ?? '';
    const w = word(t.slice(a[0].length));
    // VAR=x command: an assignment for one command only.
    if (!exported && w.rest !== '' && !/^[A-Za-z_]\w*\+?=/.test(w.rest)) return;
    let value = w.word;
    if (a[2] === '+') value = `$${name}${value}`;
    if (name === 'PATH') out.push(pathStmt(value, ':', line, cond, text));
    else out.push({ kind: 'set', var: name, value, line, cond });
    t = w.rest;
  }
}

export function parsePosix(lines: readonly StartupLine[]): Stmt[] {
  const out: Stmt[] = [];
  const stack: ({ kind: 'if'; cond: Cond | null } | { kind: 'fn' })[] = [];
  let rest: Cond | null = null;
  let caseDash = false;
  const current = (): Cond => {
    const cs: (Cond | null)[] = [rest];
    for (const s of stack) cs.push(s.kind === 'fn' ? { never: true } : s.cond);
    return merge(...cs);
  };
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '' || t.startsWith('#')) continue;
    if (/^case\s+"?\$-"?\s+in/.test(t)) {
      // case $- in *i*) ;; *) return;; esac may also be written on one line
      if (/\*\)\s*return/.test(t)) rest = merge(rest, { interactive: true });
      caseDash = !/\besac\b/.test(t);
      continue;
    }
    if (caseDash) {
      if (/^\*\)\s*return/.test(t) || /^\*\)\s*$/.test(t)) rest = merge(rest, { interactive: true });
      if (/\besac\b/.test(t)) caseDash = false;
      continue;
    }
    // [ -z "$PS1" ] && return, [[ $- != *i* ]] && return
    if (/\breturn\b/.test(t) && /\$-|PS1|interactive/.test(t) && !/^if\b/.test(t)) {
      const c = testCond(t.split(/&&|\|\|/)[0] ?? '');
      if (c?.interactive === false || /\|\|/.test(t)) rest = merge(rest, { interactive: true });
      continue;
    }
    if (
      /^(function\s+[\w:.-]+|[\w:.-]+\s*\(\s*\))\s*\{?\s*$/.test(t) ||
      /^function\s+[\w:.-]+\s*\(\)\s*\{?\s*$/.test(t)
    ) {
      stack.push({ kind: 'fn' });
      continue;
    }
    if (t === '}' || t === '};') {
      for (let i = stack.length - 1; i >= 0; i--) {
        if (stack[i]?.kind === 'fn') {
          stack.splice(i);
          break;
        }
      }
      continue;
    }
    let pendingTest: Cond | null = null;
    for (const seg of segments(t)) {
      let s = seg.text;
      if (seg.op === '|') continue;
      if (/^if\s/.test(s)) {
        stack.push({ kind: 'if', cond: testCond(s.slice(3)) });
        continue;
      }
      if (/^elif\s/.test(s)) {
        const top = stack[stack.length - 1];
        if (top?.kind === 'if') top.cond = null;
        continue;
      }
      if (/^else\b/.test(s)) {
        const top = stack[stack.length - 1];
        if (top?.kind === 'if') top.cond = invert(top.cond);
        s = s.replace(/^else\s*/, '');
        if (s === '') continue;
      }
      if (s === 'fi' || /^fi\b/.test(s)) {
        const top = stack[stack.length - 1];
        if (top?.kind === 'if') stack.pop();
        continue;
      }
      if (s === 'then' || s === 'do' || s === 'done' || /^(for|while|until|case|esac)\b/.test(s)) continue;
      if (/^(\[\[?|test)\s/.test(s)) {
        const c = testCond(s);
        pendingTest = c;
        continue;
      }
      const c = seg.op === '&&' ? pendingTest : seg.op === '||' ? invert(pendingTest) : null;
      parsePosixSegment(s, n, merge(current(), c), out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// fish

function fishStatusCond(s: string): Cond | null {
  const neg = /^not\s/.test(s);
  const t = s.replace(/^not\s+/, '');
  let c: Cond | null = null;
  if (/^status\s+(--)?is-interactive/.test(t)) c = { interactive: true };
  else if (/^status\s+(--)?is-login/.test(t)) c = { login: true };
  return neg ? invert(c) : c;
}

export function parseFish(lines: readonly StartupLine[]): Stmt[] {
  const out: Stmt[] = [];
  const stack: { kind: 'if' | 'fn' | 'block'; cond: Cond | null }[] = [];
  const current = (): Cond => merge(...stack.map((s) => (s.kind === 'fn' ? { never: true } : s.cond)));
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '' || t.startsWith('#')) continue;
    let pending: Cond | null = null;
    const segs = segments(t);
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i];
      if (!seg) continue;
      let s = seg.text;
      let c: Cond | null = null;
      if (seg.op === '&&') c = pending;
      else if (seg.op === '||') c = invert(pending);
      if (/^and\s/.test(s)) {
        s = s.slice(4).trim();
        c = pending;
      } else if (/^or\s/.test(s)) {
        s = s.slice(3).trim();
        c = invert(pending);
      }
      if (/^if\s/.test(s)) {
        stack.push({ kind: 'if', cond: fishStatusCond(s.slice(3).trim()) });
        continue;
      }
      if (/^else\s+if\s/.test(s)) {
        const top = stack[stack.length - 1];
        if (top) top.cond = null;
        continue;
      }
      if (s === 'else') {
        const top = stack[stack.length - 1];
        if (top) top.cond = invert(top.cond);
        continue;
      }
      if (s === 'end') {
        stack.pop();
        continue;
      }
      if (/^function\s/.test(s)) {
        stack.push({ kind: 'fn', cond: null });
        continue;
      }
      if (/^(for|while|begin|switch)\b/.test(s)) {
        stack.push({ kind: 'block', cond: null });
        continue;
      }
      if (/^(not\s+)?status\s/.test(s) || /^test\s/.test(s)) {
        pending = fishStatusCond(s);
        continue;
      }
      const next = segs[i + 1];
      // X init - | source, mise activate fish | source
      if (next && next.op === '|' && /^source\b|^\.\s*$/.test(next.text)) {
        const m = managerOf(s);
        if (m) out.push({ kind: 'activate', manager: m, line: n, cond: merge(current(), c), raw: t });
        i++;
        continue;
      }
      if (seg.op === '|') continue;
      parseFishCommand(s, n, merge(current(), c), t, out);
    }
  }
  return out;
}

function parseFishCommand(s: string, n: number, cond: Cond, raw: string, out: Stmt[]): void {
  const ws = words(s, true);
  const cmd = ws[0];
  if (cmd === 'source' || cmd === '.') {
    const target = ws[1] ?? '';
    if (target.startsWith('(')) {
      const m = managerOf(target);
      if (m) out.push({ kind: 'activate', manager: m, line: n, cond, raw });
      return;
    }
    out.push({ kind: 'source', target, line: n, cond });
    const vm = sourcedManager(target);
    if (vm) out.push({ kind: 'activate', manager: vm, line: n, cond, raw });
    return;
  }
  if (cmd === 'fish_add_path') {
    const flags = ws.slice(1).filter((w) => w.startsWith('-'));
    const dirs = ws.slice(1).filter((w) => !w.startsWith('-'));
    const append = flags.some((f) => f === '-a' || f === '--append' || /^-[a-zA-Z]*a/.test(f));
    out.push({ kind: 'path', entries: dirs, position: append ? 'append' : 'prepend', line: n, cond, raw });
    return;
  }
  if (cmd === 'set') {
    let erase = false;
    let i = 1;
    for (; i < ws.length; i++) {
      const w = ws[i] ?? '';
      if (!w.startsWith('-')) break;
      if (w === '-e' || w === '--erase' || (/^-[a-zA-Z]+$/.test(w) && w.includes('e'))) erase = true;
    }
    const name = ws[i];
    if (!name || !/^[A-Za-z_]\w*$/.test(name)) return;
    const vals = ws.slice(i + 1);
    if (erase) {
      out.push({ kind: 'unset', var: name, line: n, cond });
      return;
    }
    if (name === 'PATH' || name === 'fish_user_paths') {
      // fish_user_paths entries are put in front of PATH.
      const joined =
        name === 'fish_user_paths' && !vals.some((v) => PATH_REF.test(v)) ? [...vals, '$PATH'] : vals;
      out.push(
        pathStmt(
          joined.map((v) => (v === '$fish_user_paths' ? '$PATH' : v)).join('\u0000'),
          '\u0000',
          n,
          cond,
          raw,
        ),
      );
      return;
    }
    out.push({ kind: 'set', var: name, value: vals.join(' '), line: n, cond });
  }
}

/** ~/.config/fish/fish_variables: SETUVAR [--export] NAME:VALUE, lists joined with \x1e. */
export function parseFishVariables(lines: readonly StartupLine[]): Stmt[] {
  const out: Stmt[] = [];
  for (const { n, text } of lines) {
    const m = /^SETUVAR\s+(?:--export\s+)?([A-Za-z_]\w*):(.*)$/.exec(text.trim());
    if (!m) continue;
    const name = m[1] ?? '';
    const value = (m[2] ?? '').replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) =>
      String.fromCharCode(Number.parseInt(h, 16)),
    );
    if (name === 'fish_user_paths') {
      out.push({
        kind: 'path',
        entries: value.split('\x1e').filter((v) => v !== ''),
        position: 'prepend',
        line: n,
        cond: {},
        raw: text.trim(),
      });
    } else if (/^GO|^PATH$/.test(name) && /--export/.test(text)) {
      out.push({ kind: 'set', var: name, value: value.split('\x1e').join(' '), line: n, cond: {} });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// PowerShell

function psString(expr: string): string {
  // "a" + $env:PATH, 'b' -> a:$PATH...
  return expr
    .split('+')
    .map((p) => p.trim())
    .map((p) => {
      if (/^\$env:path$/i.test(p)) return '$PATH';
      const m = /^"(.*)"$|^'(.*)'$/.exec(p);
      if (m) return (m[1] ?? m[2] ?? '').replace(/\$env:path/gi, '$PATH').replace(/\$env:(\w+)/gi, '$$$1');
      return p.replace(/\$env:(\w+)/gi, '$$$1');
    })
    .join('');
}

export function parsePowerShell(lines: readonly StartupLine[], sep: string): Stmt[] {
  const out: Stmt[] = [];
  for (const { n, text } of lines) {
    const t = text.trim();
    if (t === '' || t.startsWith('#')) continue;
    const m = /^\$env:(\w+)\s*(\+?)=\s*(.+?);?$/i.exec(t);
    if (m) {
      const name = (m[1] ?? '').toUpperCase() === 'PATH' ? 'PATH' : (m[1] ?? '');
      let value = psString(m[3] ?? '');
      if (m[2] === '+') value = `$${name}${value}`;
      if (name === 'PATH') {
        out.push(pathStmt(value.replace(/\$PATH/g, `${sep}$PATH${sep}`), sep, n, {}, t));
      } else out.push({ kind: 'set', var: name, value, line: n, cond: {} });
      continue;
    }
    const rm = /^Remove-Item\s+(?:-Path\s+)?Env:\\?(\w+)/i.exec(t);
    if (rm) {
      out.push({ kind: 'unset', var: rm[1] ?? '', line: n, cond: {} });
      continue;
    }
    const src = /^\.\s+(.+)$/.exec(t);
    if (src) {
      const target = psString(word(src[1] ?? '').word);
      out.push({ kind: 'source', target, line: n, cond: {} });
      continue;
    }
    if (/Invoke-Expression|\biex\b/i.test(t)) {
      const mm = managerOf(t);
      if (mm) out.push({ kind: 'activate', manager: mm, line: n, cond: {}, raw: t });
    }
  }
  return out;
}

/**
 * Parses are remembered per lines array: the collector parses each file once to follow its `source` lines,
 * and the checks' analysis of the same facts then reuses that parse instead of parsing again (start-up
 * cost of the default check). Callers never mutate the statements.
 */
const parseMemo = new WeakMap<readonly StartupLine[], Map<string, readonly Stmt[]>>();

export function parseFile(lines: readonly StartupLine[], syntax: Syntax, os: OS): readonly Stmt[] {
  const key = `${syntax}\u0000${os}`;
  let bySyntax = parseMemo.get(lines);
  const got = bySyntax?.get(key);
  if (got) return got;
  const parsed = parseUncached(lines, syntax, os);
  if (!bySyntax) {
    bySyntax = new Map();
    parseMemo.set(lines, bySyntax);
  }
  bySyntax.set(key, parsed);
  return parsed;
}

function parseUncached(lines: readonly StartupLine[], syntax: Syntax, os: OS): Stmt[] {
  switch (syntax) {
    case 'fish':
      return parseFish(lines);
    case 'fish-variables':
      return parseFishVariables(lines);
    case 'powershell':
      return parsePowerShell(lines, os === 'windows' ? ';' : ':');
    default:
      return parsePosix(lines);
  }
}

// ---------------------------------------------------------------------------------------------------
// Which files each shell reads

export interface PlanEntry {
  path: string;
  syntax: Syntax;
}

export interface Locations {
  os: OS;
  home: string;
  zdotdir: string;
  /** fish's config directory (XDG_CONFIG_HOME/fish). */
  fishDir: string;
  bashEnv?: string;
  envFile?: string;
  /** PowerShell profile paths (current user), all hosts first. */
  psProfiles: string[];
}

function join(os: OS, ...parts: string[]): string {
  const sep = os === 'windows' ? '\\' : '/';
  return parts
    .filter((p) => p !== '')
    .join(sep)
    .replace(os === 'windows' ? /\\{2,}/g : /\/{2,}/g, sep);
}

export function locations(s: StartupFacts, os: OS): Locations {
  const home = s.home;
  const config = s.configHome && s.configHome !== '' ? s.configHome : join(os, home, '.config');
  const loc: Locations = {
    os,
    home,
    zdotdir: s.zdotdir && s.zdotdir !== '' ? s.zdotdir : home,
    fishDir: join(os, config, 'fish'),
    psProfiles:
      os === 'windows'
        ? [
            join(os, home, 'Documents', 'PowerShell', 'profile.ps1'),
            join(os, home, 'Documents', 'PowerShell', 'Microsoft.PowerShell_profile.ps1'),
            join(os, home, 'Documents', 'WindowsPowerShell', 'profile.ps1'),
            join(os, home, 'Documents', 'WindowsPowerShell', 'Microsoft.PowerShell_profile.ps1'),
          ]
        : [
            join(os, config, 'powershell', 'profile.ps1'),
            join(os, config, 'powershell', 'Microsoft.PowerShell_profile.ps1'),
          ],
  };
  if (s.bashEnv) loc.bashEnv = s.bashEnv;
  if (s.envFile) loc.envFile = s.envFile;
  return loc;
}

/** Every file and directory the rules may read, for the collector. */
export function candidateFiles(loc: Locations): { files: string[]; dirs: string[] } {
  if (loc.os === 'windows') return { files: [...loc.psProfiles], dirs: [] };
  const h = loc.home;
  const z = loc.zdotdir;
  const etcZ = loc.os === 'darwin' ? '/etc' : '/etc/zsh';
  const files = [
    '/etc/profile',
    '/etc/bash.bashrc',
    `${h}/.bash_profile`,
    `${h}/.bash_login`,
    `${h}/.profile`,
    `${h}/.bashrc`,
    `${etcZ}/zshenv`,
    `${etcZ}/zprofile`,
    `${etcZ}/zshrc`,
    `${etcZ}/zlogin`,
    `${z}/.zshenv`,
    `${z}/.zprofile`,
    `${z}/.zshrc`,
    `${z}/.zlogin`,
    '/etc/fish/config.fish',
    `${loc.fishDir}/config.fish`,
    `${loc.fishDir}/fish_variables`,
    ...loc.psProfiles,
  ];
  if (loc.bashEnv) files.push(loc.bashEnv);
  if (loc.envFile) files.push(loc.envFile);
  return { files, dirs: ['/etc/profile.d', `${loc.fishDir}/conf.d`, '/etc/fish/conf.d'] };
}

export interface StartupView {
  loc: Locations;
  file(path: string): StartupFileFacts | undefined;
  exists(path: string): boolean;
  dir(path: string): string[];
}

export function view(s: StartupFacts, os: OS): StartupView {
  const byPath = new Map(s.files.map((f) => [f.path, f]));
  return {
    loc: locations(s, os),
    file: (p) => byPath.get(p),
    exists: (p) => byPath.get(p)?.exists === true,
    dir: (p) => s.dirs[p] ?? [],
  };
}

/** The files a shell reads at start in a mode, in order (before following source lines). */
export function plan(shell: ShellKind, mode: Mode, v: StartupView, zdotdir?: string): PlanEntry[] {
  const loc = v.loc;
  const h = loc.home;
  const posix = (p: string): PlanEntry => ({ path: p, syntax: 'posix' });
  const login = isLogin(mode);
  const inter = isInteractive(mode);
  const out: PlanEntry[] = [];
  if (loc.os === 'windows' && shell !== 'powershell') return [];
  const profileD = () =>
    v
      .dir('/etc/profile.d')
      .filter((n) => n.endsWith('.sh'))
      .sort()
      .map((n) => posix(`/etc/profile.d/${n}`));
  switch (shell) {
    case 'bash':
      if (login) {
        out.push(posix('/etc/profile'), ...profileD());
        const first = [`${h}/.bash_profile`, `${h}/.bash_login`, `${h}/.profile`].find((p) => v.exists(p));
        if (first) out.push(posix(first));
      } else if (inter) {
        if (loc.os !== 'darwin') out.push(posix('/etc/bash.bashrc'));
        out.push(posix(`${h}/.bashrc`));
      } else if (loc.bashEnv) out.push(posix(loc.bashEnv));
      break;
    case 'sh':
      if (login) out.push(posix('/etc/profile'), ...profileD(), posix(`${h}/.profile`));
      if (inter && loc.envFile) out.push(posix(loc.envFile));
      break;
    case 'zsh': {
      const etc = loc.os === 'darwin' ? '/etc' : '/etc/zsh';
      const z = zdotdir ?? loc.zdotdir;
      out.push(posix(`${etc}/zshenv`), posix(`${z}/.zshenv`));
      if (login) out.push(posix(`${etc}/zprofile`), posix(`${z}/.zprofile`));
      if (inter) out.push(posix(`${etc}/zshrc`), posix(`${z}/.zshrc`));
      if (login) out.push(posix(`${etc}/zlogin`), posix(`${z}/.zlogin`));
      break;
    }
    case 'fish': {
      // Universal variables apply everywhere; conf.d snippets (the user's win over same-named system
      // ones) run before config.fish, in name order.
      out.push({ path: `${loc.fishDir}/fish_variables`, syntax: 'fish-variables' });
      const user = v.dir(`${loc.fishDir}/conf.d`).filter((n) => n.endsWith('.fish'));
      const sys = v.dir('/etc/fish/conf.d').filter((n) => n.endsWith('.fish') && !user.includes(n));
      const all = [
        ...user.map((n) => `${loc.fishDir}/conf.d/${n}`),
        ...sys.map((n) => `/etc/fish/conf.d/${n}`),
      ].sort((a, b) => (basename(a) < basename(b) ? -1 : basename(a) > basename(b) ? 1 : 0));
      for (const p of all) out.push({ path: p, syntax: 'fish' });
      out.push({ path: '/etc/fish/config.fish', syntax: 'fish' });
      out.push({ path: `${loc.fishDir}/config.fish`, syntax: 'fish' });
      break;
    }
    case 'powershell':
      for (const p of loc.psProfiles) out.push({ path: p, syntax: 'powershell' });
      break;
  }
  return out.filter((e) => v.exists(e.path));
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return p.slice(i + 1);
}

// ---------------------------------------------------------------------------------------------------
// Expansion

/** Expands ~, $HOME, ${VAR} and $VAR from vars; null when something stays unknown. */
export function expand(value: string, vars: ReadonlyMap<string, string>, os: OS): string | null {
  let unknown = false;
  let v = value;
  if (v === '~' || v.startsWith('~/')) v = (vars.get('HOME') ?? '') + v.slice(1);
  v = v.replace(
    /\$\{([A-Za-z_]\w*)(?::?-([^}]*))?\}|\$([A-Za-z_]\w*)|%([A-Za-z_]\w*)%/g,
    (_m, a, def, b, c) => {
      const name = (a ?? b ?? c) as string;
      const got = vars.get(name) ?? (os === 'windows' ? vars.get(name.toUpperCase()) : undefined);
      if (got !== undefined && got !== '') return got;
      if (def !== undefined) {
        const d = expand(def as string, vars, os);
        if (d !== null) return d;
      }
      unknown = true;
      return '';
    },
  );
  if (unknown || /\$\(|`/.test(v)) return null;
  return v;
}

export function isAbsolutePath(p: string, os: OS): boolean {
  return os === 'windows' ? /^[A-Za-z]:[\\/]|^\\\\/.test(p) : p.startsWith('/');
}

// ---------------------------------------------------------------------------------------------------
// Walking a context

export interface Assignment {
  file: string;
  line: number;
  /** GOROOT, GOPATH… or PATH for a PATH entry, or a version manager's name for an activation. */
  var: string;
  /** As written. */
  value: string;
  /** With $HOME, ~ and earlier assignments expanded; null when unknown. */
  expanded: string | null;
  op: 'set' | 'unset' | 'prepend' | 'append' | 'reset' | 'activate';
  /** The line's block condition (interactive-only, login-only). */
  cond: Cond;
  manager?: string;
}

export interface ContextPlan {
  shell: ShellKind;
  mode: Mode;
  /** Files read, in order, including sourced ones. */
  files: string[];
  /** Go-relevant assignments in effect, in order. */
  assignments: Assignment[];
  /** Final values of the Go variables set by these files (expanded when possible). */
  env: Record<string, string>;
  /** PATH entries these files add or set, in effect order (front first), expanded when possible. */
  pathFront: string[];
  pathBack: string[];
  /** True when a file replaces PATH without keeping the inherited one. */
  pathReset: boolean;
}

const MAX_DEPTH = 6;

export function isGoVar(name: string): boolean {
  return /^GO[A-Z0-9_]*$/.test(name) && name !== 'GOENV_ROOT' && !/^GOENV_/.test(name);
}

/** PATH entries that matter to Go: Go installs, GOPATH/GOBIN dirs, version-manager shims. */
export function isGoPathEntry(entry: string): boolean {
  return (
    /go|GOROOT|GOPATH|GOBIN|shims|\.asdf|mise|gvm/i.test(entry) &&
    !/google-cloud|cargo|mongo|django|algo|cargo/i.test(entry)
  );
}

function active(cond: Cond, mode: Mode, shell: ShellKind): boolean {
  if (cond.never) return false;
  if (cond.shell !== undefined && cond.shell !== shell) return false;
  if (cond.interactive !== undefined && cond.interactive !== isInteractive(mode)) return false;
  if (cond.login !== undefined && cond.login !== isLogin(mode)) return false;
  return true;
}

export function analyzeContext(
  shell: ShellKind,
  mode: Mode,
  v: StartupView,
  parsed: (path: string, syntax: Syntax) => readonly Stmt[],
  track: (name: string) => boolean = isGoVar,
): ContextPlan {
  const os = v.loc.os;
  const vars = new Map<string, string>([['HOME', v.loc.home]]);
  if (os === 'windows') vars.set('USERPROFILE', v.loc.home);
  const files: string[] = [];
  const assignments: Assignment[] = [];
  const env: Record<string, string> = {};
  let front: string[] = [];
  let back: string[] = [];
  let reset = false;
  const visit = (p: PlanEntry, depth: number, stack: string[], outer: Cond) => {
    if (depth > MAX_DEPTH || stack.includes(p.path)) return;
    const f = v.file(p.path);
    if (!f?.exists) return;
    files.push(p.path);
    for (const st of parsed(p.path, p.syntax)) {
      const cond = merge(outer, st.cond);
      if (!active(cond, mode, shell)) continue;
      switch (st.kind) {
        case 'source': {
          const target = expand(st.target, vars, os);
          if (target === null) break;
          const abs = isAbsolutePath(target, os) ? target : null;
          if (!abs) break;
          const syntax: Syntax = p.syntax === 'fish-variables' ? 'fish' : p.syntax;
          visit({ path: abs, syntax }, depth + 1, [...stack, p.path], cond);
          break;
        }
        case 'set': {
          const ex = expand(st.value, vars, os);
          if (ex !== null) vars.set(st.var, ex);
          else vars.delete(st.var);
          if (track(st.var)) {
            env[st.var] = ex ?? st.value;
            assignments.push({
              file: p.path,
              line: st.line,
              var: st.var,
              value: st.value,
              expanded: ex,
              op: 'set',
              cond,
            });
          }
          if (st.var === 'ZDOTDIR' && ex) vars.set('ZDOTDIR', ex);
          break;
        }
        case 'unset':
          vars.delete(st.var);
          if (track(st.var)) {
            delete env[st.var];
            assignments.push({
              file: p.path,
              line: st.line,
              var: st.var,
              value: '',
              expanded: '',
              op: 'unset',
              cond,
            });
          }
          break;
        case 'path': {
          const ex = st.entries.map((e) => expand(e, vars, os) ?? e);
          if (st.position === 'reset') {
            reset = true;
            front = ex;
            back = [];
          } else if (st.position === 'prepend') front = [...ex, ...front.filter((x) => !ex.includes(x))];
          else back = [...back.filter((x) => !ex.includes(x)), ...ex];
          st.entries.forEach((e, i) => {
            if (!isGoPathEntry(e) && !isGoPathEntry(ex[i] ?? '')) return;
            assignments.push({
              file: p.path,
              line: st.line,
              var: 'PATH',
              value: e,
              expanded: expand(e, vars, os),
              op: st.position,
              cond,
            });
          });
          break;
        }
        case 'activate':
          assignments.push({
            file: p.path,
            line: st.line,
            var: st.manager,
            value: st.raw,
            expanded: null,
            op: 'activate',
            cond,
            manager: st.manager,
          });
          break;
      }
    }
  };
  // zsh: ZDOTDIR set in ~/.zshenv moves the files read after it.
  let entries = plan(shell, mode, v);
  if (shell === 'zsh') {
    const first = entries.filter((e) => e.path.endsWith('zshenv'));
    for (const e of first) visit(e, 0, [], {});
    const z = vars.get('ZDOTDIR');
    entries = plan(shell, mode, v, z && z !== v.loc.zdotdir ? z : undefined).filter(
      (e) => !e.path.endsWith('zshenv'),
    );
  }
  for (const e of entries) visit(e, 0, [], {});
  return { shell, mode, files, assignments, env, pathFront: front, pathBack: back, pathReset: reset };
}

export interface StartupAnalysis {
  contexts: ContextPlan[];
  /** Every Go-relevant assignment in any file read in any mode, once, in file order. */
  assignments: (Assignment & { seenIn: { shell: ShellKind; mode: Mode }[] })[];
}

/** Which shells to analyse: the POSIX ones and fish everywhere but Windows; PowerShell where present. */
export function shellsFor(os: OS, s: StartupFacts): ShellKind[] {
  const ps = s.powershell === true || os === 'windows';
  if (os === 'windows') return ['powershell'];
  return ps ? ['bash', 'zsh', 'sh', 'fish', 'powershell'] : ['bash', 'zsh', 'sh', 'fish'];
}

/**
 * @param track which variables' assignments to record (default: the Go variables); go-doctor fix also
 *   tracks the non-Go variables its fixes set (CC, CGO_ENABLED, TMPDIR…).
 */
export function analyzeStartup(
  s: StartupFacts,
  os: OS,
  shells?: readonly ShellKind[],
  track: (name: string) => boolean = isGoVar,
): StartupAnalysis {
  const v = view(s, os);
  const cache = new Map<string, readonly Stmt[]>();
  const parsed = (p: string, syntax: Syntax): readonly Stmt[] => {
    const key = `${syntax}\u0000${p}`;
    let got = cache.get(key);
    if (!got) {
      got = parseFile(v.file(p)?.lines ?? [], syntax, os);
      cache.set(key, got);
    }
    return got;
  };
  const contexts: ContextPlan[] = [];
  for (const shell of shells ?? shellsFor(os, s)) {
    for (const mode of MODES) contexts.push(analyzeContext(shell, mode, v, parsed, track));
  }
  const byKey = new Map<string, Assignment & { seenIn: { shell: ShellKind; mode: Mode }[] }>();
  for (const c of contexts) {
    for (const a of c.assignments) {
      const key = `${a.file}\u0000${a.line}\u0000${a.var}\u0000${a.value}`;
      let got = byKey.get(key);
      if (!got) {
        got = { ...a, seenIn: [] };
        byKey.set(key, got);
      }
      if (!got.seenIn.some((x) => x.shell === c.shell && x.mode === c.mode))
        got.seenIn.push({ shell: c.shell, mode: c.mode });
    }
  }
  const order = new Map(s.files.map((f, i) => [f.path, i]));
  const assignments = [...byKey.values()].sort(
    (a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line,
  );
  return { contexts, assignments };
}

/**
 * For the collector, in one parse of a file: the files it sources and the absolute paths its Go settings
 * and PATH entries name, expanded with HOME and the assignments seen so far (vars, shared across files).
 */
export function scanFile(
  f: StartupFileFacts,
  syntax: Syntax,
  os: OS,
  vars: Map<string, string>,
): { sources: string[]; paths: string[] } {
  const sources: string[] = [];
  const paths: string[] = [];
  const sep = os === 'windows' ? ';' : ':';
  // Only the lines that can source a file or name a path matter here; block structure does not, and
  // parsing just these keeps the default check's start-up cost low (the analysis parses every line).
  const lines = f.lines.filter((l) => SCAN_LINE.test(l.text));
  if (lines.length === 0) return { sources, paths };
  for (const st of parseFile(lines, syntax, os)) {
    if (st.kind === 'set') {
      const ex = expand(st.value, vars, os);
      if (ex === null) continue;
      vars.set(st.var, ex);
      if (PATH_VARS.has(st.var)) for (const p of ex.split(sep)) if (isAbsolutePath(p, os)) paths.push(p);
    } else if (st.kind === 'path') {
      for (const e of st.entries) {
        const ex = expand(e, vars, os);
        if (ex && isAbsolutePath(ex, os)) paths.push(ex);
      }
    } else if (st.kind === 'source') {
      const t = expand(st.target, vars, os);
      if (t && isAbsolutePath(t, os)) sources.push(t);
    }
  }
  return { sources, paths };
}

const PATH_VARS = new Set(['GOROOT', 'GOPATH', 'GOBIN', 'GOMODCACHE', 'GOCACHE']);

/** A line that may source a file, set a Go path setting or PATH, in any of the parsed syntaxes. */
const SCAN_LINE = /\bGO[A-Z0-9_]*|path|\bsource\b|(?:^|[;&|({]|\bthen|\bdo|\belse)\s*\.\s|SETUVAR|env:/i;

/** Which kind of recommended file, so that each language can say why it is the one (ui.shells.recommendation). */
export type RecommendationKey =
  | 'windows-powershell'
  | 'profile'
  | 'bash-login'
  | 'zshenv'
  | 'fish-confd'
  | 'powershell';

export interface Recommendation {
  shell: ShellKind;
  file: string;
  key: RecommendationKey;
}

/**
 * The file where a new Go setting should go so that every mode of a shell sees it (given the files that
 * exist), in that shell's syntax family.
 */
export function recommendedFiles(s: StartupFacts, os: OS): Recommendation[] {
  const v = view(s, os);
  const h = v.loc.home;
  if (os === 'windows')
    return [
      {
        shell: 'powershell',
        file: v.loc.psProfiles[0] ?? '',
        key: 'windows-powershell',
      },
    ];
  const bashLogin = [`${h}/.bash_profile`, `${h}/.bash_login`].find((p) => v.exists(p));
  const out: Recommendation[] = [
    {
      shell: 'sh',
      file: `${h}/.profile`,
      key: 'profile',
    },
  ];
  if (bashLogin)
    out.push({
      shell: 'bash',
      file: bashLogin,
      key: 'bash-login',
    });
  out.push({
    shell: 'zsh',
    file: `${v.loc.zdotdir}/.zshenv`,
    key: 'zshenv',
  });
  out.push({
    shell: 'fish',
    file: `${v.loc.fishDir}/conf.d/go.fish`,
    key: 'fish-confd',
  });
  if (s.powershell)
    out.push({
      shell: 'powershell',
      file: v.loc.psProfiles[0] ?? '',
      key: 'powershell',
    });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Where go-doctor fix writes (one place for the file choice: recommendedFiles plus per-mode fallbacks)

/**
 * The shells a user uses: their login shell ($SHELL) plus every shell whose own startup files exist in
 * the home directory (a ~/.zshrc means zsh is used). sh is included when ~/.profile exists (display
 * managers and bash without ~/.bash_profile read it). Windows: PowerShell only.
 */
export function userShells(s: StartupFacts, os: OS, loginShell?: string | null): ShellKind[] {
  if (os === 'windows') return ['powershell'];
  const v = view(s, os);
  const h = v.loc.home;
  const z = v.loc.zdotdir;
  const out = new Set<ShellKind>();
  const login = loginShell ? basename(loginShell).replace(/^-/, '') : '';
  if (login === 'bash' || login === 'zsh' || login === 'fish') out.add(login);
  else if (login === 'sh' || login === 'dash') out.add('sh');
  else if (login === 'pwsh' || login === 'powershell') out.add('powershell');
  if ([`${h}/.bashrc`, `${h}/.bash_profile`, `${h}/.bash_login`].some((p) => v.exists(p))) out.add('bash');
  if ([`${h}/.profile`].some((p) => v.exists(p))) out.add('sh');
  if ([`${z}/.zshenv`, `${z}/.zshrc`, `${z}/.zprofile`, `${z}/.zlogin`].some((p) => v.exists(p)))
    out.add('zsh');
  if (v.exists(`${v.loc.fishDir}/config.fish`) || v.dir(`${v.loc.fishDir}/conf.d`).length > 0)
    out.add('fish');
  if (s.powershell && v.loc.psProfiles.some((p) => v.exists(p))) out.add('powershell');
  if (out.size === 0) out.add('sh');
  return SHELL_KINDS.filter((k) => out.has(k));
}

/**
 * The modes in which a shell reads the user's startup files, so a setting written there must be seen:
 * bash scripts read nothing (only $BASH_ENV) and inherit the environment; sh reads ~/.profile only as a
 * login shell.
 */
export function modesReadingStartup(shell: ShellKind, s: StartupFacts): Mode[] {
  switch (shell) {
    case 'bash':
      return s.bashEnv ? [...MODES] : ['login-interactive', 'interactive', 'login'];
    case 'sh':
      return s.envFile ? ['login-interactive', 'interactive', 'login'] : ['login-interactive', 'login'];
    default:
      return [...MODES];
  }
}

/** The file a new setting goes to first for a shell (recommendedFiles; bash without its own login file: ~/.profile). */
export function primaryFile(shell: ShellKind, s: StartupFacts, os: OS): string {
  const rec = recommendedFiles(s, os);
  const own = rec.find((r) => r.shell === shell)?.file;
  if (own) return own;
  if (shell === 'bash') return rec.find((r) => r.shell === 'sh')?.file ?? `${s.home}/.profile`;
  return rec[0]?.file ?? `${s.home}/.profile`;
}

/**
 * Where a setting goes when the primary file does not win in a mode: the last of the user's own files
 * that the shell reads in that mode (so the setting comes after everything else), or the file the shell
 * would read in that mode if it existed.
 */
export function fallbackFile(
  shell: ShellKind,
  mode: Mode,
  s: StartupFacts,
  os: OS,
  read: readonly string[],
): string {
  const v = view(s, os);
  const h = v.loc.home;
  const own = read.filter((f) => isUserFile(f, s.home, os) && !f.endsWith('fish_variables'));
  const last = own[own.length - 1];
  if (last) return last;
  switch (shell) {
    case 'bash':
      return isLogin(mode) ? primaryFile('bash', s, os) : `${h}/.bashrc`;
    case 'zsh':
      return `${v.loc.zdotdir}/.zshenv`;
    case 'fish':
      return `${v.loc.fishDir}/config.fish`;
    default:
      return primaryFile(shell, s, os);
  }
}

/** A file under the home directory (go-doctor fix edits only those; /etc and others become advice). */
export function isUserFile(file: string, home: string, os: OS): boolean {
  if (home === '') return false;
  const sep = os === 'windows' ? '\\' : '/';
  const h = home.endsWith(sep) ? home : home + sep;
  return os === 'windows' ? file.toLowerCase().startsWith(h.toLowerCase()) : file.startsWith(h);
}

/** The syntax a startup file is written in, from its name. */
export function syntaxOfFile(p: string): Syntax {
  if (p.endsWith('fish_variables')) return 'fish-variables';
  if (p.endsWith('.fish')) return 'fish';
  if (p.toLowerCase().endsWith('.ps1')) return 'powershell';
  return 'posix';
}
