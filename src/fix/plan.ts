/**
 * go-doctor fix, planning (pure): fixes as data + facts + the text of the files involved → the exact file
 * contents to write, commands to run, directories to create and advice, each with a unified diff.
 *
 * Shell startup files: which shells the user uses, which file each shell reads in each mode and where a
 * new setting belongs come from the one startup analysis (src/shells/startup.ts). Every edit is checked
 * by running that analysis again over the edited text: a set-env must be the last assignment of its
 * variable in every mode of every shell the user uses, an unset-env must leave the variable unset in
 * every mode. Where the first choice of file does not win in some mode (a later file assigns the variable
 * and cannot be edited), the setting is also written to the last user file that mode reads. Existing
 * assignments in the user's files are taken out (the line is kept as a comment), so the value does not
 * depend on order; lines in /etc or other files outside HOME are never edited and become advice.
 */
import type { Facts, OS, StartupFacts, StartupFileFacts } from '../core/facts.js';
import type { Fix, FixKind } from '../core/fix.js';
import { fixReport as en } from '../i18n/en/ui-fixReport.js';
import { quoteFish, quotePosix, quotePowerShell } from '../report/shell.js';
import {
  type Assignment,
  analyzeStartup,
  type ContextPlan,
  fallbackFile,
  isRelevantLine,
  isUserFile,
  MODE_LABEL,
  modesReadingStartup,
  parseFile,
  primaryFile,
  type ShellKind,
  type StartupAnalysis,
  type Syntax,
  syntaxOfFile,
  userShells,
} from '../shells/startup.js';
import {
  blockLines,
  findBlock,
  joinText,
  neutralised,
  REMOVED_MARK,
  splitText,
  type TextFile,
  unifiedDiff,
  withBlock,
} from './blocks.js';
import type { Blocked, FixSay } from './say.js';

/** What the planner may know about a file: its text and, for a symbolic link, the file it points to. */
export interface FileSource {
  /** Text of the file, or null when it does not exist (or cannot be read: then error is set). */
  read(path: string): { text: string | null; realPath: string; error?: string };
  /** Whether a directory exists there. */
  isDir(path: string): boolean;
}

export interface FixItem {
  finding: string;
  fixes: readonly Fix[];
  /** For advice fixes: the text in the chosen language, by index in `fixes` (from the catalogs). */
  translated?: readonly (string | undefined)[];
}

/** The English note of a plan entry, and the same as data. */
function noted(says: FixSay[]): { note?: string; says?: FixSay[] } {
  return says.length > 0 ? { note: en.join(says.map(en.say)), says } : {};
}

export interface PlanOptions {
  facts: Facts;
  env: NodeJS.ProcessEnv;
  files: FileSource;
  /** The user's login shell ($SHELL); default env.SHELL. */
  loginShell?: string | null;
}

export interface FileChange {
  /** The path as the shell reads it. */
  path: string;
  /** Where the bytes live (a symbolic link's target; else path). */
  realPath: string;
  before: string | null;
  after: string;
  diff: string;
}

export interface CommandOp {
  finding: string;
  kind: FixKind;
  argv: string[];
  /** Extra environment for the command (GOTOOLCHAIN=local for go). */
  env?: Record<string, string>;
  /** The command as shown to the user. */
  display: string;
  /** A file the command changes: backed up first and restored by undo. */
  file?: string;
  /** The file's expected text afterwards (for the plan's diff). */
  predicted?: { before: string | null; after: string; diff: string };
  /** Undo cannot take it back. */
  irreversible: boolean;
  /** Only run with --apply (never after a mere prompt). */
  applyOnly: boolean;
  /** Plan only: this machine cannot run it (Windows user environment from a snapshot). */
  foreign?: boolean;
}

export type EntryStatus = 'change' | 'done' | 'refused' | 'advice';

export interface PlanEntry {
  finding: string;
  kind: FixKind;
  status: EntryStatus;
  file?: string;
  command?: string;
  diff?: string;
  /** What go-doctor says of it, in English (`says` holds it as data for other languages). */
  note?: string;
  says?: FixSay[];
}

export interface FixPlan {
  os: OS;
  shells: ShellKind[];
  entries: PlanEntry[];
  files: FileChange[];
  commands: CommandOp[];
  mkdirs: { finding: string; path: string }[];
  /** `text` in English; `say` as data for other languages. */
  advice: { finding: string; text: string; say: FixSay }[];
  /** Variables (and PATH) whose values the plan changes: what verification re-reads from fresh shells. */
  touched: string[];
}

// ---------------------------------------------------------------------------------------------------
// Lines in each syntax

function dq(s: string): string {
  return s.replace(/(["\\$`])/g, '\\$1');
}

export function setLine(syntax: Syntax, name: string, value: string): string {
  switch (syntax) {
    case 'fish':
      return `set -gx ${name} ${quoteFish(value)}`;
    case 'powershell':
      return `$env:${name} = '${value.replace(/'/g, "''")}'`;
    default:
      return `export ${name}=${quotePosix(value)}`;
  }
}

export function unsetLine(syntax: Syntax, name: string): string {
  switch (syntax) {
    case 'fish':
      // -g: an inherited variable is global; a plain `set -e` would erase a universal one (fish_variables).
      return `set -e -g ${name}`;
    case 'powershell':
      return `Remove-Item Env:${name} -ErrorAction SilentlyContinue`;
    default:
      return `unset ${name}`;
  }
}

export function pathLine(syntax: Syntax, dir: string, position: 'prepend' | 'append', os: OS): string {
  switch (syntax) {
    case 'fish':
      // set, not fish_add_path: fish_add_path skips directories that do not exist yet.
      return position === 'prepend'
        ? `set -gx PATH ${quoteFish(dir)} $PATH`
        : `set -gx PATH $PATH ${quoteFish(dir)}`;
    case 'powershell': {
      const sep = os === 'windows' ? ';' : ':';
      const d = dir.replace(/'/g, "''");
      return position === 'prepend' ? `$env:PATH = '${d}${sep}' + $env:PATH` : `$env:PATH += '${sep}${d}'`;
    }
    default:
      return position === 'prepend' ? `export PATH="${dq(dir)}:$PATH"` : `export PATH="$PATH:${dq(dir)}"`;
  }
}

/** The key of a block line: the variable it sets/unsets, or PATH:<entry>. */
function keyOf(line: string, syntax: Syntax, os: OS): string | null {
  for (const st of parseFile([{ n: 1, text: line }], syntax, os)) {
    if (st.kind === 'set' || st.kind === 'unset') return `var:${st.var}`;
    if (st.kind === 'path') return `path:${st.entries.join('\u0000')}`;
  }
  return null;
}

const WORD = `(?:'[^']*'|"(?:[^"\\\\]|\\\\.)*"|[^\\s;&|'"#])`;
const POSIX_SIMPLE = new RegExp(
  `^\\s*(?:(?:\\[\\[?[^;&|]*\\]\\]?|test\\s[^;&|]*)\\s*&&\\s*)?(?:export\\s+|declare\\s+-x\\s+|typeset\\s+-x\\s+)?[A-Za-z_]\\w*\\+?=${WORD}*\\s*(?:#.*)?$`,
);
const FISH_SIMPLE = new RegExp(
  `^\\s*(?:set(?:\\s+-{1,2}[a-zA-Z-]+)*\\s+[A-Za-z_]\\w*(?:\\s+${WORD}+)*|fish_add_path(?:\\s+(?:-{1,2}[a-zA-Z-]+|${WORD}+))+)\\s*(?:#.*)?$`,
);
const PS_SIMPLE =
  /^\s*(?:\$env:\w+\s*\+?=\s*(?:'[^']*'|"[^"]*"|[^;'"])*|Remove-Item\s+(?:-Path\s+)?Env:\\?\w+[^;]*)$/i;

/** The line is one command that only does what pred accepts (so it can be taken out whole). */
function wholeLine(
  text: string,
  syntax: Syntax,
  os: OS,
  pred: (st: ReturnType<typeof parseFile>[number]) => boolean,
): boolean {
  const sts = parseFile([{ n: 1, text }], syntax === 'fish-variables' ? 'fish-variables' : syntax, os);
  if (sts.length === 0 || !sts.every(pred)) return false;
  if (/\\$/.test(text)) return false;
  switch (syntax) {
    case 'fish-variables':
      return true;
    case 'fish':
      return FISH_SIMPLE.test(text);
    case 'powershell':
      return PS_SIMPLE.test(text);
    default:
      return POSIX_SIMPLE.test(text);
  }
}

// ---------------------------------------------------------------------------------------------------
// Planning state

interface Loaded {
  path: string;
  realPath: string;
  before: string | null;
  text: TextFile;
  error?: string;
}

const SECRETISH = /(TOKEN|SECRET|PASSW|API_?KEY|CREDENTIAL|AUTH)/i;

/** A diff line that could show a secret (an unrelated assignment near an edit) is redacted. */
export function redactLine(line: string): string {
  const m = /^([ +-]\s*(?:export\s+|set\s+-\S+\s+|\$env:)?)([A-Za-z_]\w*)(\s*=\s*|\s+)(.+)$/.exec(line);
  if (m && SECRETISH.test(m[2] ?? '') && !/^GO/.test(m[2] ?? '')) return `${m[1]}${m[2]}${m[3]}<redacted>`;
  return line.replace(/(\w+:\/\/)[^/\s:@]+(:[^/\s@]*)?@/g, '$1<redacted>@');
}

export function planFixes(items: readonly FixItem[], o: PlanOptions): FixPlan {
  const facts = o.facts;
  const os = facts.host.os;
  const startup: StartupFacts | null = facts.startup ?? null;
  const home = startup?.home ?? '';
  const loginShell = o.loginShell !== undefined ? o.loginShell : (o.env.SHELL ?? null);
  const shells = startup ? userShells(startup, os, loginShell) : [];
  const loaded = new Map<string, Loaded>();
  /** The go env file as the go env -w/-u commands planned so far leave it. */
  const goEnvText = new Map<string, TextFile>();
  const entries: PlanEntry[] = [];
  const commands: CommandOp[] = [];
  const mkdirs: { finding: string; path: string }[] = [];
  const advice: FixPlan['advice'] = [];
  const touched = new Set<string>();
  const tracked = new Set<string>();
  for (const it of items)
    for (const f of it.fixes) if (f.kind === 'set-env' || f.kind === 'unset-env') tracked.add(f.var);
  const track = (name: string) => /^GO[A-Z0-9_]*$/.test(name) || tracked.has(name);
  const trackedRe = tracked.size > 0 ? new RegExp(`\\b(${[...tracked].join('|')})\\b`) : null;

  const load = (path: string): Loaded => {
    let got = loaded.get(path);
    if (!got) {
      const r = o.files.read(path);
      got = { path, realPath: r.realPath, before: r.text, text: splitText(r.text) };
      if (r.error) got.error = r.error;
      loaded.set(path, got);
    }
    return got;
  };

  /** The startup facts with the edited files' current text in place of what was collected. */
  const virtual = (): StartupFacts => {
    if (!startup) throw new Error('no startup facts');
    const files: StartupFileFacts[] = startup.files.map((f) => {
      const l = loaded.get(f.path);
      if (!l || l.error) return f;
      return toFacts(l);
    });
    const dirs = { ...startup.dirs };
    for (const l of loaded.values()) {
      if (startup.files.some((f) => f.path === l.path) || l.error) continue;
      files.push(toFacts(l));
      const slash = l.path.lastIndexOf(os === 'windows' ? '\\' : '/');
      const dir = l.path.slice(0, slash);
      const name = l.path.slice(slash + 1);
      if (dir.endsWith('conf.d') && !(dirs[dir] ?? []).includes(name))
        dirs[dir] = [...(dirs[dir] ?? []), name].sort();
    }
    return { ...startup, files, dirs };
  };
  const toFacts = (l: Loaded): StartupFileFacts => ({
    path: l.path,
    exists: l.before !== null || l.text.lines.length > 0,
    lines: l.text.lines
      .map((text, i) => ({ n: i + 1, text }))
      .filter((x) => isRelevantLine(x.text) || (trackedRe !== null && trackedRe.test(x.text))),
  });
  const analyze = (): StartupAnalysis => analyzeStartup(virtual(), os, shells, track);
  // The user's own startup files are read whole (the collector keeps only Go-relevant lines, and a fix
  // may be about CC or CGO_ENABLED).
  if (tracked.size > 0)
    for (const f of startup?.files ?? []) if (f.exists && isUserFile(f.path, home, os)) load(f.path);

  /** Lines (1-based) of the go-doctor block in a loaded file. */
  const inBlock = (file: string, line: number): boolean => {
    const l = loaded.get(file) ?? (isUserFile(file, home, os) ? load(file) : undefined);
    if (!l) return false;
    const b = findBlock(l.text.lines);
    return b !== null && line > b.begin + 1 && line <= b.end;
  };

  /** Sets (in place when the key is there already, else at the block's end) or removes a key's line. */
  const setBlockKey = (file: string, key: string, line: string | null) => {
    const l = load(file);
    const syntax = syntaxOfFile(file);
    const content = blockLines(l.text.lines);
    const at = content.findIndex((x) => keyOf(x, syntax, os) === key);
    if (at >= 0) {
      if (line === null) content.splice(at, 1);
      else content[at] = line;
    } else if (line !== null) content.push(line);
    const fresh = findBlock(l.text.lines) === null;
    l.text = {
      ...l.text,
      lines: withBlock(l.text.lines, content),
      ...(fresh && line !== null ? { finalNewline: true } : {}),
    };
  };
  /**
   * Rewrites a key's line in every go-doctor block (this run's and earlier runs'): lineFor gets the file's
   * syntax and the line there now, and returns the new line or null to remove it.
   */
  const rewriteKeyEverywhere = (
    key: string,
    lineFor: (syntax: Syntax, existing: string) => string | null,
  ) => {
    for (const f of startup?.files ?? []) {
      if (loaded.has(f.path) || !isUserFile(f.path, home, os) || !f.exists || f.lines.length === 0) continue;
      load(f.path);
    }
    for (const l of loaded.values()) {
      if (l.error || !findBlock(l.text.lines)) continue;
      const syntax = syntaxOfFile(l.path);
      const existing = blockLines(l.text.lines).find((x) => keyOf(x, syntax, os) === key);
      if (existing !== undefined) setBlockKey(l.path, key, lineFor(syntax, existing));
    }
  };
  const dropKeyEverywhere = (key: string) => rewriteKeyEverywhere(key, () => null);
  const isUnset = (line: string, syntax: Syntax) =>
    parseFile([{ n: 1, text: line }], syntax, os).some((st) => st.kind === 'unset');

  const editable = (file: string): boolean => {
    if (!isUserFile(file, home, os)) return false;
    const l = load(file);
    return !l.error;
  };

  /** Takes out the user's assignments of name (outside go-doctor's block). Returns what it could not. */
  const removeAssignments = (name: string, a: StartupAnalysis): Assignment[] => {
    const kept: Assignment[] = [];
    const done = new Set<string>();
    const sorted = [...a.assignments]
      .filter((x) => x.var === name && (x.op === 'set' || x.op === 'unset'))
      .sort((x, y) => y.line - x.line);
    for (const x of sorted) {
      const key = `${x.file}:${x.line}`;
      if (done.has(key)) continue;
      done.add(key);
      if (inBlock(x.file, x.line)) continue;
      if (!editable(x.file)) {
        kept.push(x);
        continue;
      }
      const l = load(x.file);
      const syntax = syntaxOfFile(x.file);
      const text = l.text.lines[x.line - 1] ?? '';
      const ok = wholeLine(
        text,
        syntax,
        os,
        (st) => (st.kind === 'set' || st.kind === 'unset') && st.var === name,
      );
      if (!ok) {
        kept.push(x);
        continue;
      }
      const lines = [...l.text.lines];
      if (syntax === 'fish-variables') lines.splice(x.line - 1, 1);
      else lines[x.line - 1] = neutralised(text, syntax);
      l.text = { ...l.text, lines };
    }
    return kept;
  };

  const ctxLabel = (c: ContextPlan) => `${c.shell} ${MODE_LABEL[c.mode]}`;
  const required = (c: ContextPlan) =>
    startup !== null && modesReadingStartup(c.shell, startup).includes(c.mode);

  /** Files a fix needed but could not read or write, with the error. */
  const uneditable: string[] = [];
  const why = (kept: readonly Assignment[]): Blocked => ({
    later: kept.length > 0 ? where(kept) : '',
    uneditable: [...uneditable],
  });
  /** Advice for a finding, in English and as data. */
  const said = (finding: string, say: FixSay) => advice.push({ finding, text: en.say(say), say });

  /** Re-analyses until ok holds in every required context, adding line to fallback files; returns failures. */
  const cover = (
    key: string,
    lineFor: (syntax: Syntax) => string,
    ok: (c: ContextPlan) => boolean,
  ): ContextPlan[] => {
    for (let round = 0; round < 4; round++) {
      const a = analyze();
      const bad = a.contexts.filter((c) => required(c) && !ok(c));
      if (bad.length === 0 || round === 3) return bad;
      const st = virtual();
      for (const c of bad) {
        const file = fallbackFile(c.shell, c.mode, st, os, c.files);
        if (!isUserFile(file, home, os)) continue;
        const err = load(file).error;
        if (err) {
          if (!uneditable.includes(`${file} (${err})`)) uneditable.push(`${file} (${err})`);
          continue;
        }
        setBlockKey(file, key, lineFor(syntaxOfFile(file)));
      }
    }
    return [];
  };

  const lastOf = (c: ContextPlan, name: string): Assignment | undefined =>
    c.assignments.filter((x) => x.var === name && (x.op === 'set' || x.op === 'unset')).at(-1);

  const where = (xs: readonly Assignment[]) => [...new Set(xs.map((x) => `${x.file}:${x.line}`))].join(', ');

  // Dedupe identical fixes across findings (the first finding carries the work).
  const seen = new Map<string, string>();

  for (const item of items) {
    for (const fix of item.fixes) {
      const key = JSON.stringify(fix);
      const first = seen.get(key);
      if (first !== undefined) {
        entries.push({
          finding: item.finding,
          kind: fix.kind,
          status: 'done',
          ...noted([{ code: 'same-change', finding: first }]),
        });
        continue;
      }
      seen.set(key, item.finding);
      uneditable.length = 0;
      const before = snapshot();
      const notes: FixSay[] = [];
      const cmdStart = commands.length;
      const fileEntry = (status: EntryStatus, says: FixSay[]) => {
        const note = noted(says);
        const changed = changedSince(before);
        if (changed.length === 0 && commands.length === cmdStart) {
          entries.push({ finding: item.finding, kind: fix.kind, status, ...note });
          return;
        }
        for (const p of changed)
          entries.push({
            finding: item.finding,
            kind: fix.kind,
            status: 'change',
            file: p,
            ...note,
          });
        for (const c of commands.slice(cmdStart))
          entries.push({
            finding: item.finding,
            kind: fix.kind,
            status: 'change',
            command: c.display,
            ...(c.file ? { file: c.file } : {}),
            ...(c.predicted ? { diff: c.predicted.diff } : {}),
            ...note,
          });
      };
      const adv = (say: FixSay) => {
        advice.push({ finding: item.finding, text: en.say(say), say });
        notes.push(say);
      };
      switch (fix.kind) {
        case 'advice':
          {
            const say: FixSay = { code: 'advice', text: fix.text };
            if (item.translated?.[item.fixes.indexOf(fix)] !== undefined)
              say.translated = item.translated[item.fixes.indexOf(fix)] as string;
            advice.push({ finding: item.finding, text: fix.text, say });
            entries.push({ finding: item.finding, kind: 'advice', status: 'advice', ...noted([say]) });
          }
          continue;
        case 'set-env':
        case 'unset-env': {
          touched.add(fix.var);
          if (os === 'windows') {
            windowsVar(fix);
            break;
          }
          if (!startup) {
            adv({ code: 'no-startup-facts-var', var: fix.var, set: fix.kind === 'set-env' });
            break;
          }
          const orig = analyze();
          const req = orig.contexts.filter(required);
          if (fix.kind === 'set-env' && req.length > 0 && req.every((c) => c.env[fix.var] === fix.value)) {
            notes.push({ code: 'already-set', var: fix.var, value: fix.value });
            break;
          }
          const kept = removeAssignments(fix.var, orig);
          if (fix.kind === 'set-env') {
            rewriteKeyEverywhere(`var:${fix.var}`, (sx) => setLine(sx, fix.var, fix.value));
            for (const sh of shells) {
              const f = primaryFile(sh, startup, os);
              setBlockKey(f, `var:${fix.var}`, setLine(syntaxOfFile(f), fix.var, fix.value));
            }
            const bad = cover(
              `var:${fix.var}`,
              (sx) => setLine(sx, fix.var, fix.value),
              (c) => {
                const last = lastOf(c, fix.var);
                return last !== undefined && last.op === 'set' && inBlock(last.file, last.line);
              },
            );
            if (kept.length > 0) notes.push({ code: 'left-in-place', where: where(kept) });
            if (bad.length > 0)
              adv({ code: 'cannot-win', var: fix.var, contexts: bad.map(ctxLabel), blocked: why(kept) });
          } else {
            const fromFiles = orig.assignments.some((x) => x.var === fix.var && x.op === 'set');
            rewriteKeyEverywhere(`var:${fix.var}`, (sx, line) => (isUnset(line, sx) ? line : null));
            const inherited = o.env[fix.var] !== undefined && o.env[fix.var] !== '' && !fromFiles;
            // A line an earlier go-doctor fix took out explains the value this terminal still has.
            const mention = new RegExp(`\\b${fix.var}\\b`);
            const removedEarlier = [...loaded.values()].some((l) =>
              l.text.lines.some((x) => x.includes(REMOVED_MARK) && mention.test(x)),
            );
            if (inherited && removedEarlier) {
              notes.push({ code: 'already-removed', var: fix.var });
            } else if (inherited) {
              for (const sh of shells) {
                const f = primaryFile(sh, startup, os);
                setBlockKey(f, `var:${fix.var}`, unsetLine(syntaxOfFile(f), fix.var));
              }
              notes.push({ code: 'var-from-environment', var: fix.var });
            }
            const bad = cover(
              `var:${fix.var}`,
              (sx) => unsetLine(sx, fix.var),
              (c) => {
                const last = lastOf(c, fix.var);
                return last === undefined || last.op === 'unset';
              },
            );
            if (kept.length > 0 && bad.length === 0)
              notes.push({ code: 'still-assigned', where: where(kept) });
            if (bad.length > 0)
              adv({ code: 'still-set', var: fix.var, contexts: bad.map(ctxLabel), blocked: why(kept) });
          }
          break;
        }
        case 'path-add': {
          touched.add('PATH');
          if (os === 'windows') {
            windowsPath(fix);
            break;
          }
          if (!startup) {
            adv({ code: 'no-startup-facts-path-add', dir: fix.dir });
            break;
          }
          const pkey = `path:${fix.dir}`;
          const has = (c: ContextPlan) =>
            fix.position === 'prepend'
              ? c.pathFront.includes(fix.dir)
              : c.pathFront.includes(fix.dir) || c.pathBack.includes(fix.dir);
          rewriteKeyEverywhere(pkey, (sx) => pathLine(sx, fix.dir, fix.position, os));
          const already = analyze().contexts.filter(required).every(has);
          if (already) break;
          for (const sh of shells) {
            const f = primaryFile(sh, startup, os);
            setBlockKey(f, pkey, pathLine(syntaxOfFile(f), fix.dir, fix.position, os));
          }
          const bad = cover(pkey, (sx) => pathLine(sx, fix.dir, fix.position, os), has);
          if (bad.length > 0)
            adv({
              code: 'cannot-add-path',
              dir: fix.dir,
              contexts: bad.map(ctxLabel),
              blocked: uneditable.length > 0 ? why([]) : null,
            });
          break;
        }
        case 'path-remove': {
          touched.add('PATH');
          if (os === 'windows') {
            windowsPath(fix);
            break;
          }
          if (!startup) {
            adv({ code: 'no-startup-facts-path-remove', entry: fix.entry });
            break;
          }
          const res = removePathEntry(fix.entry);
          if (res.none) {
            adv({ code: 'path-from-environment', entry: fix.entry });
          } else if (res.kept.length > 0) {
            adv({ code: 'path-also-added-uneditable', entry: fix.entry, where: where(res.kept) });
          }
          break;
        }
        case 'go-env-w':
        case 'go-env-u': {
          const file = facts.envFile?.path ?? '';
          const goenv = o.env.GOENV;
          if (file === '' || goenv === 'off') {
            adv({ code: 'no-goenv-file', flag: fix.kind === 'go-env-w' ? '-w' : '-u' });
            break;
          }
          const l = load(file);
          const base = goEnvText.get(file) ?? l.text;
          const beforeText = l.before === null && base.lines.length === 0 ? null : joinText(base);
          const cur = splitText(beforeText);
          const lines = cur.lines.filter((x) => !x.startsWith(`${fix.var}=`));
          const idx = cur.lines.findIndex((x) => x.startsWith(`${fix.var}=`));
          if (fix.kind === 'go-env-w') {
            const line = `${fix.var}=${fix.value}`;
            if (idx >= 0) lines.splice(idx, 0, line);
            else lines.push(line);
          }
          const after = joinText({ ...cur, lines, finalNewline: true });
          if (after === (beforeText ?? '')) break;
          const go = facts.goBinaries.find((b) => b.name === 'go')?.path ?? 'go';
          const arg = fix.kind === 'go-env-w' ? ['-w', `${fix.var}=${fix.value}`] : ['-u', fix.var];
          commands.push({
            finding: item.finding,
            kind: fix.kind,
            argv: [go, 'env', ...arg],
            env: { GOTOOLCHAIN: 'local' },
            display:
              os === 'windows'
                ? `go env ${arg.map(quotePowerShell).join(' ')}   # run with GOTOOLCHAIN=local`
                : `GOTOOLCHAIN=local go env ${arg.map(quotePosix).join(' ')}`,
            file,
            predicted: { before: beforeText, after, diff: unifiedDiff(file, beforeText, after) },
            irreversible: false,
            applyOnly: false,
          });
          // later fixes of the same file see this result
          goEnvText.set(file, splitText(after));
          break;
        }
        case 'mkdir':
          if (o.files.isDir(fix.path) || mkdirs.some((m) => m.path === fix.path)) break;
          mkdirs.push({ finding: item.finding, path: fix.path });
          entries.push({
            finding: item.finding,
            kind: 'mkdir',
            status: 'change',
            command: `mkdir -p ${quotePosix(fix.path)}`,
            ...noted([{ code: 'mkdir-undo' }]),
          });
          continue;
        case 'run':
          commands.push({
            finding: item.finding,
            kind: 'run',
            argv: [...fix.argv],
            display: fix.argv.map(quotePosix).join(' '),
            irreversible: true,
            applyOnly: true,
          });
          notes.push({ code: 'run-apply-only' });
          break;
        case 'edit-line': {
          const l = load(fix.file);
          if (l.error || (l.before === null && l.text.lines.length === 0)) {
            entries.push({
              finding: item.finding,
              kind: 'edit-line',
              status: 'refused',
              file: fix.file,
              ...noted([{ code: 'cannot-read', file: fix.file, error: l.error ?? null }]),
            });
            continue;
          }
          const cur = l.text.lines[fix.line - 1];
          if (cur === fix.from) {
            const lines = [...l.text.lines];
            if (fix.to === '') lines.splice(fix.line - 1, 1);
            else lines[fix.line - 1] = fix.to;
            l.text = { ...l.text, lines };
          } else if (fix.to !== '' && cur === fix.to) {
            // already applied
          } else {
            entries.push({
              finding: item.finding,
              kind: 'edit-line',
              status: 'refused',
              file: fix.file,
              ...noted([
                { code: 'line-changed', line: fix.line, file: fix.file, from: fix.from, now: cur ?? null },
              ]),
            });
            continue;
          }
          break;
        }
      }
      const gaveAdvice = advice.some((a) => a.finding === item.finding && notes.includes(a.say));
      fileEntry(gaveAdvice ? 'advice' : 'done', notes);
    }
  }

  // go env files changed by commands are not written by go-doctor itself.
  const files: FileChange[] = [];
  for (const l of loaded.values()) {
    if (l.error) continue;
    const after = joinText(l.text);
    if (after === (l.before ?? '') && !(l.before === null && after !== '')) continue;
    if (l.before === null && after === '') continue;
    files.push({
      path: l.path,
      realPath: l.realPath,
      before: l.before,
      after,
      diff: unifiedDiff(l.path, l.before, after),
    });
  }
  // Attach each file's whole diff to the entries that touch it.
  for (const e of entries) {
    if (e.file && e.diff === undefined) {
      const f = files.find((x) => x.path === e.file);
      if (f) e.diff = f.diff;
    }
  }
  // A file edited by edit-line and by go env -w: the file is written first, then the command runs.
  return {
    os,
    shells,
    entries,
    files,
    commands,
    mkdirs,
    advice,
    touched: [...touched],
  };

  // -------------------------------------------------------------------------------------------------
  // helpers that close over the state

  function snapshot(): Map<string, string> {
    const m = new Map<string, string>();
    for (const l of loaded.values()) m.set(l.path, joinText(l.text));
    return m;
  }

  function changedSince(before: Map<string, string>): string[] {
    const out: string[] = [];
    for (const l of loaded.values()) {
      const b = before.has(l.path) ? before.get(l.path) : (l.before ?? '');
      if (joinText(l.text) !== b) out.push(l.path);
    }
    return out;
  }

  function removePathEntry(entry: string): { none: boolean; kept: Assignment[] } {
    const norm = (p: string) => (p.length > 1 ? p.replace(/[\\/]+$/, '') : p);
    const a = analyze();
    const hits = a.assignments.filter(
      (x) =>
        x.var === 'PATH' && (norm(x.expanded ?? x.value) === norm(entry) || norm(x.value) === norm(entry)),
    );
    // our own block lines for it
    dropKeyEverywhere(`path:${entry}`);
    const kept: Assignment[] = [];
    const byLine = [...hits].sort((x, y) => y.line - x.line);
    const done = new Set<string>();
    for (const x of byLine) {
      const k = `${x.file}:${x.line}`;
      if (done.has(k) || inBlock(x.file, x.line)) continue;
      done.add(k);
      if (!editable(x.file)) {
        kept.push(x);
        continue;
      }
      const l = load(x.file);
      const syntax = syntaxOfFile(x.file);
      const text = l.text.lines[x.line - 1] ?? '';
      const sts = parseFile([{ n: 1, text }], syntax, os);
      const only =
        sts.length === 1 &&
        sts[0]?.kind === 'path' &&
        sts[0].position !== 'reset' &&
        sts[0].entries.length === 1 &&
        wholeLine(text, syntax, os, (st) => st.kind === 'path');
      const lines = [...l.text.lines];
      if (only) {
        if (syntax === 'fish-variables') lines.splice(x.line - 1, 1);
        else lines[x.line - 1] = neutralised(text, syntax);
      } else {
        const edited = dropEntry(text, x.value, syntax, os);
        if (edited === null) {
          kept.push(x);
          continue;
        }
        lines[x.line - 1] = edited;
      }
      l.text = { ...l.text, lines };
    }
    return { none: hits.length === 0, kept };
  }

  function windowsVar(fix: Extract<Fix, { kind: 'set-env' | 'unset-env' }>) {
    // The user environment is what new processes (Explorer, IDEs, terminals) get; the PowerShell profile's
    // own assignments of the variable would override it there, so they are taken out.
    if (startup) {
      const a = analyze();
      const kept = removeAssignments(fix.var, a);
      dropKeyEverywhere(`var:${fix.var}`);
      if (kept.length > 0)
        said(fixFinding(fix), { code: 'win-var-also-set', var: fix.var, where: where(kept) });
    }
    const value = fix.kind === 'set-env' ? `'${fix.value.replace(/'/g, "''")}'` : '$null';
    const script = `[Environment]::SetEnvironmentVariable('${fix.var}', ${value}, 'User')`;
    commands.push({
      finding: fixFinding(fix),
      kind: fix.kind,
      argv: ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', script],
      display: script,
      irreversible: true,
      applyOnly: true,
      foreign: process.platform !== 'win32',
    });
  }

  function windowsPath(fix: Extract<Fix, { kind: 'path-add' | 'path-remove' }>) {
    let script: string;
    if (fix.kind === 'path-add') {
      const d = fix.dir.replace(/'/g, "''");
      const list =
        fix.position === 'prepend'
          ? `@('${d}') + ($p -split ';' | Where-Object { $_ -and $_ -ne '${d}' })`
          : `@($p -split ';' | Where-Object { $_ -and $_ -ne '${d}' }) + @('${d}')`;
      script = `$p = [Environment]::GetEnvironmentVariable('Path', 'User'); [Environment]::SetEnvironmentVariable('Path', (${list}) -join ';', 'User')`;
    } else {
      if (startup) {
        const res = removePathEntry(fix.entry);
        if (res.kept.length > 0)
          said(fixFinding(fix), { code: 'win-path-also-added', entry: fix.entry, where: where(res.kept) });
      }
      const d = fix.entry.replace(/'/g, "''");
      script = `$p = [Environment]::GetEnvironmentVariable('Path', 'User'); [Environment]::SetEnvironmentVariable('Path', (($p -split ';' | Where-Object { $_ -and $_ -ne '${d}' }) -join ';'), 'User')`;
      said(fixFinding(fix), { code: 'win-system-path', entry: fix.entry });
    }
    commands.push({
      finding: fixFinding(fix),
      kind: fix.kind,
      argv: ['powershell.exe', '-NoProfile', '-NonInteractive', '-Command', script],
      display: script,
      irreversible: true,
      applyOnly: true,
      foreign: process.platform !== 'win32',
    });
  }

  function fixFinding(fix: Fix): string {
    return seen.get(JSON.stringify(fix)) ?? '';
  }
}

/** Takes one PATH entry (as written) out of a line that adds several; null when it cannot be done safely. */
export function dropEntry(text: string, entry: string, syntax: Syntax, os: OS): string | null {
  const esc = entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re: RegExp;
  switch (syntax) {
    case 'fish':
      re = new RegExp(`\\s+(?:'${esc}'|"${esc}"|${esc})(?=\\s|$)`, 'g');
      break;
    case 'powershell': {
      const sep = os === 'windows' ? ';' : ':';
      re = new RegExp(`${esc}${sep}|${sep}${esc}(?=['"])`, 'g');
      break;
    }
    default:
      re = new RegExp(`(?<=[=:"'(])${esc}:|:${esc}(?=[:"'\\s)]|$)`, 'g');
  }
  const hits = text.match(re);
  if (!hits || hits.length !== 1) return null;
  const out = text.replace(re, '');
  return out === text ? null : out;
}
