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
  candidateFiles,
  isAbsolutePath,
  isRelevantLine,
  locations,
  type Syntax,
  scanFile,
} from '../shells/startup.js';
import { now } from './clock.js';

const MAX_BYTES = 256 * 1024;
const MAX_LINES = 2000;
const MAX_FILES = 64;

export function readStartupFile(file: string): StartupFileFacts {
  const f: StartupFileFacts = { path: file, exists: false, lines: [] };
  try {
    // No exception for the common case of a missing file (exceptions are what make stat slow).
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st) return f;
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
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return null;
  try {
    return readdirSync(dir).sort();
  } catch {
    return null;
  }
}

function examine(p: string): StartupPathFacts {
  try {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return { kind: 'missing' };
    const out: StartupPathFacts = { kind: st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other' };
    if (st.isDirectory()) {
      const version = readVersion(p);
      if (version) out.goVersion = version;
      const go = path.join(p, 'go');
      try {
        const gs = statSync(go, { throwIfNoEntry: false });
        if (gs?.isFile() && (accessSync(go, constants.X_OK), true)) {
          out.hasGo = true;
          // the GOROOT that go would derive: exe/../.. (links resolved) holding pkg/tool
          let real = go;
          try {
            real = realpathSync(go);
          } catch {
            // keep
          }
          for (const root of [path.dirname(path.dirname(go)), path.dirname(path.dirname(real))]) {
            if (statSync(path.join(root, 'pkg', 'tool'), { throwIfNoEntry: false })?.isDirectory()) {
              out.goVersion = readVersion(root);
              break;
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
  const file = path.join(dir, 'VERSION');
  if (!statSync(file, { throwIfNoEntry: false })) return null;
  try {
    return fromGoVersionText(readFileSync(file, 'utf8')) || null;
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
  const { files: all, dirs } = candidateFiles(loc);
  // PowerShell profiles only matter where PowerShell is installed (always on Windows).
  const files = os === 'windows' || powershell ? all : all.filter((f) => !loc.psProfiles.includes(f));
  const queue: string[] = [...files];
  for (const d of dirs) {
    const names = listDir(d);
    if (!names) continue;
    s.dirs[d] = names;
    const ext = d.endsWith('profile.d') ? '.sh' : '.fish';
    for (const n of names) if (n.endsWith(ext)) queue.push(path.join(d, n));
  }
  const seen = new Set<string>();
  const vars = new Map<string, string>([['HOME', home]]);
  const want = new Set<string>();
  for (let i = 0; i < queue.length && seen.size < MAX_FILES; i++) {
    const p = queue[i] ?? '';
    if (seen.has(p)) continue;
    seen.add(p);
    const f = readStartupFile(p);
    s.files.push(f);
    if (!f.exists || f.lines.length === 0) continue;
    const found = scanFile(f, syntaxOf(p), os, vars);
    for (const t of found.sources) if (!seen.has(t)) queue.push(t);
    for (const x of found.paths) want.add(x);
  }
  // What the file system says about the paths Go settings and PATH entries name.
  let n = 0;
  for (const p of want) {
    if (n++ > 200) break;
    s.paths[p] = examine(p);
  }
  s.durationMs = now() - start;
  return s;
}
