/**
 * Reads the shell startup files (a handful of small files, ~1 ms) into facts: only the lines that can
 * matter to Go are kept (see isRelevantLine), credentials in URLs redacted. Source lines are followed
 * (depth limit, cycle guard), and the absolute paths that Go settings and PATH entries name are examined.
 * No subprocess.
 */
import { accessSync, constants, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { OS, StartupFacts, StartupFileFacts, StartupPathFacts } from '../core/facts.js';
import { redactText } from '../core/redact.js';
import { fromGoVersionText } from '../core/version.js';
import {
  analyzeStartup,
  candidateFiles,
  isAbsolutePath,
  isRelevantLine,
  locations,
  type Syntax,
  sourceTargets,
} from '../shells/startup.js';
import { now } from './clock.js';

const MAX_BYTES = 256 * 1024;
const MAX_LINES = 2000;
const MAX_FILES = 64;

export function readStartupFile(file: string): StartupFileFacts {
  const f: StartupFileFacts = { path: file, exists: false, lines: [] };
  try {
    const st = statSync(file);
    if (!st.isFile()) {
      if (st.isDirectory()) f.error = 'EISDIR';
      return f;
    }
    f.exists = true;
    const buf = readFileSync(file);
    const text = buf.subarray(0, MAX_BYTES).toString('utf8');
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length && f.lines.length < MAX_LINES; i++) {
      const t = lines[i] ?? '';
      if (!isRelevantLine(t)) continue;
      f.lines.push({ n: i + 1, text: redactText(t.length > 1000 ? t.slice(0, 1000) : t) });
    }
  } catch (err) {
    const c = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    if (c !== 'ENOENT' && c !== 'ENOTDIR') {
      f.exists = true;
      f.error = c;
    }
  }
  return f;
}

function syntaxOf(p: string): Syntax {
  if (p.endsWith('fish_variables')) return 'fish-variables';
  if (p.endsWith('.fish')) return 'fish';
  if (p.endsWith('.ps1')) return 'powershell';
  return 'posix';
}

function listDir(dir: string): string[] | null {
  try {
    return readdirSync(dir).sort();
  } catch {
    return null;
  }
}

function examine(p: string): StartupPathFacts {
  try {
    const st = statSync(p);
    const out: StartupPathFacts = { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other' };
    if (st.isDirectory()) {
      const version = readVersion(p);
      if (version) out.goVersion = version;
      const go = path.join(p, 'go');
      try {
        accessSync(go, constants.X_OK);
        if (statSync(go).isFile()) {
          out.hasGo = true;
          // the GOROOT that go would derive: exe/../.. (links resolved) holding pkg/tool
          let real = go;
          try {
            real = realpathSync(go);
          } catch {
            // keep
          }
          for (const root of [path.dirname(path.dirname(go)), path.dirname(path.dirname(real))]) {
            try {
              if (statSync(path.join(root, 'pkg', 'tool')).isDirectory()) {
                out.goVersion = readVersion(root);
                break;
              }
            } catch {
              // next
            }
          }
        }
      } catch {
        // no go here
      }
    }
    return out;
  } catch {
    return { kind: 'missing' };
  }
}

function readVersion(dir: string): string | null {
  try {
    return fromGoVersionText(readFileSync(path.join(dir, 'VERSION'), 'utf8')) || null;
  } catch {
    return null;
  }
}

export function collectStartup(env: NodeJS.ProcessEnv, os: OS, powershell?: boolean): StartupFacts {
  const start = now();
  const home = env.HOME ?? env.USERPROFILE ?? '';
  const s: StartupFacts = { home, files: [], dirs: {}, paths: {}, durationMs: 0 };
  if (env.ZDOTDIR) s.zdotdir = env.ZDOTDIR;
  if (env.XDG_CONFIG_HOME) s.configHome = env.XDG_CONFIG_HOME;
  if (env.BASH_ENV) s.bashEnv = env.BASH_ENV;
  if (env.ENV) s.envFile = env.ENV;
  if (powershell !== undefined) s.powershell = powershell;
  if (home === '' || !isAbsolutePath(home, os)) {
    s.durationMs = now() - start;
    return s;
  }
  const loc = locations(s, os);
  const { files, dirs } = candidateFiles(loc);
  const queue: string[] = [...files];
  for (const d of dirs) {
    const names = listDir(d);
    if (!names) continue;
    s.dirs[d] = names;
    const ext = d.endsWith('profile.d') ? '.sh' : '.fish';
    for (const n of names) if (n.endsWith(ext)) queue.push(path.join(d, n));
  }
  const seen = new Set<string>();
  for (let i = 0; i < queue.length && seen.size < MAX_FILES; i++) {
    const p = queue[i] ?? '';
    if (seen.has(p)) continue;
    seen.add(p);
    const f = readStartupFile(p);
    s.files.push(f);
    if (!f.exists) continue;
    for (const t of sourceTargets(f, syntaxOf(p), os, home)) if (!seen.has(t)) queue.push(t);
  }
  // Paths named by Go settings and Go PATH entries.
  const analysis = analyzeStartup(s, os);
  const want = new Set<string>();
  for (const a of analysis.assignments) {
    if (a.expanded && isAbsolutePath(a.expanded, os) && a.op !== 'activate' && a.op !== 'unset') {
      if (a.var === 'GOPROXY' || a.var === 'GOSUMDB' || a.var === 'GOFLAGS' || a.var === 'GOTOOLCHAIN')
        continue;
      for (const part of a.var === 'PATH' ? [a.expanded] : a.expanded.split(os === 'windows' ? ';' : ':'))
        if (isAbsolutePath(part, os)) want.add(part);
    }
  }
  for (const c of analysis.contexts)
    for (const e of [...c.pathFront, ...c.pathBack]) if (isAbsolutePath(e, os)) want.add(e);
  let n = 0;
  for (const p of want) {
    if (n++ > 200) break;
    s.paths[p] = examine(p);
  }
  s.durationMs = now() - start;
  return s;
}
