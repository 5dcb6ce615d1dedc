/**
 * go-doctor fix, carrying out a plan (all the I/O): back up every file first, write atomically (a temp
 * file in the same directory, then rename) keeping mode and owner, follow a symbolic link to the file it
 * names (the link stays a link), run the commands (go with GOTOOLCHAIN=local), create directories, and
 * keep a journal of content hashes so that --undo restores the last applied plan byte for byte, or
 * refuses when a file changed since go-doctor wrote it.
 */
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { runProcess } from '../collect/runner.js';
import { atomicWrite } from './atomic.js';
import type { FixPlan } from './plan.js';

export { atomicWrite };

export const JOURNAL = 'journal.json';

export interface JournalFile {
  path: string;
  realPath: string;
  existed: boolean;
  /** Backup of the original bytes (relative to the state dir), when the file existed. */
  backup?: string;
  beforeHash: string | null;
  afterHash: string | null;
  mode?: number;
  uid?: number;
  gid?: number;
}

export interface Journal {
  version: 1;
  time: string;
  files: JournalFile[];
  /** Directories go-doctor created, outermost first. */
  dirs: string[];
  /** Commands run that undo cannot take back. */
  irreversible: string[];
}

export interface ApplyOptions {
  stateDir: string;
  env: NodeJS.ProcessEnv;
  /** Run the `run` fixes and other apply-only commands (only with --apply, not after a prompt). */
  applyOnly: boolean;
  timeoutMs?: number;
  now?: () => Date;
}

export interface ApplyResult {
  written: string[];
  commands: { display: string; ok: boolean; output?: string; skipped?: string }[];
  dirs: string[];
  errors: string[];
  journal: string | null;
}

export function sha256(buf: Buffer | string): string {
  // node:crypto is loaded on first use, not at every go-doctor start-up.
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(buf).digest('hex');
}

function readOrNull(p: string): Buffer | null {
  try {
    return readFileSync(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The file a path's bytes live in: links followed (also a link to a file that does not exist yet). */
export function realTarget(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    // dangling link: follow it by hand
    let cur = p;
    for (let i = 0; i < 16; i++) {
      try {
        if (!lstatSync(cur).isSymbolicLink()) return cur;
        cur = path.resolve(path.dirname(cur), readlinkSync(cur));
      } catch {
        return cur;
      }
    }
    return cur;
  }
}

/** mkdir -p that reports which directories it created (outermost first). */
function mkdirp(dir: string): string[] {
  const missing: string[] = [];
  let cur = path.resolve(dir);
  while (!statSync(cur, { throwIfNoEntry: false })) {
    missing.unshift(cur);
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  mkdirSync(dir, { recursive: true });
  return missing;
}

export async function applyPlan(plan: FixPlan, o: ApplyOptions): Promise<ApplyResult> {
  const res: ApplyResult = { written: [], commands: [], dirs: [], errors: [], journal: null };
  const stamp = (o.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  mkdirSync(o.stateDir, { recursive: true, mode: 0o700 });
  const backups = path.join(o.stateDir, 'backups', stamp);
  const journal: Journal = { version: 1, time: stamp, files: [], dirs: [], irreversible: [] };
  const byReal = new Map<string, JournalFile>();

  const record = (p: string): JournalFile | null => {
    const real = realTarget(p);
    const got = byReal.get(real);
    if (got) return got;
    const buf = readOrNull(real);
    const st = buf ? statSync(real) : null;
    const j: JournalFile = {
      path: p,
      realPath: real,
      existed: buf !== null,
      beforeHash: buf ? sha256(buf) : null,
      afterHash: null,
    };
    if (buf && st) {
      mkdirSync(backups, { recursive: true, mode: 0o700 });
      const name = `${journal.files.length}-${path.basename(real)}`;
      writeFileSync(path.join(backups, name), buf, { mode: 0o600 });
      j.backup = path.relative(o.stateDir, path.join(backups, name));
      j.mode = st.mode & 0o7777;
      j.uid = st.uid;
      j.gid = st.gid;
    }
    byReal.set(real, j);
    journal.files.push(j);
    return j;
  };

  // Refuse before touching anything when a file changed since the plan read it.
  for (const f of plan.files) {
    const buf = readOrNull(realTarget(f.path));
    const now = buf === null ? null : buf.toString('utf8');
    if (now !== f.before) {
      res.errors.push(`${f.path} changed since go-doctor read it; run go-doctor fix again`);
    }
  }
  if (res.errors.length > 0) return res;

  // The previous applied plan goes onto the history, so --undo can go back step by step.
  pushHistory(o.stateDir);
  try {
    for (const f of plan.files) record(f.path);
    for (const c of plan.commands) if (c.file && !c.foreign && (!c.applyOnly || o.applyOnly)) record(c.file);
    writeJournal(o.stateDir, journal);
    res.journal = path.join(o.stateDir, JOURNAL);

    for (const f of plan.files) {
      const j = byReal.get(realTarget(f.path));
      try {
        journal.dirs.push(...mkdirp(path.dirname(j?.realPath ?? f.path)));
        atomicWrite(
          j?.realPath ?? f.path,
          f.after,
          j?.existed
            ? {
                ...(j.mode !== undefined ? { mode: j.mode } : {}),
                ...(j.uid !== undefined && j.gid !== undefined ? { uid: j.uid, gid: j.gid } : {}),
              }
            : undefined,
        );
        res.written.push(f.path);
      } catch (err) {
        res.errors.push(`could not write ${f.path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
    for (const c of plan.commands) {
      if (c.foreign) {
        res.commands.push({
          display: c.display,
          ok: false,
          skipped: 'not on this operating system (plan only)',
        });
        continue;
      }
      if (c.applyOnly && !o.applyOnly) {
        res.commands.push({ display: c.display, ok: false, skipped: 'runs only with --apply' });
        continue;
      }
      const [file, ...args] = c.argv;
      if (!file) continue;
      const r = await runProcess(file, args, {
        env: { ...o.env, ...(c.env ?? {}) },
        timeoutMs: o.timeoutMs ?? 30_000,
      });
      const ok = r.exitCode === 0 && !r.timedOut && !r.spawnError;
      const output = (r.stderr || r.stdout).trim().slice(0, 500);
      res.commands.push({ display: c.display, ok, ...(output ? { output } : {}) });
      if (!ok)
        res.errors.push(
          `${c.display} failed${r.timedOut ? ' (timed out)' : r.spawnError ? ` (${r.spawnError})` : ''}${output ? `: ${output}` : ''}`,
        );
      if (c.irreversible) journal.irreversible.push(c.display);
    }
    for (const m of plan.mkdirs) {
      try {
        const made = mkdirp(m.path);
        journal.dirs.push(...made);
        res.dirs.push(m.path);
      } catch (err) {
        res.errors.push(`could not create ${m.path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
  } finally {
    for (const j of journal.files) {
      const buf = readOrNull(j.realPath);
      j.afterHash = buf ? sha256(buf) : null;
    }
    writeJournal(o.stateDir, journal);
  }
  return res;
}

const HISTORY = 'history';

function pushHistory(stateDir: string): void {
  const jp = path.join(stateDir, JOURNAL);
  if (!statSync(jp, { throwIfNoEntry: false })) return;
  const dir = path.join(stateDir, HISTORY);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let time = 'unknown';
  try {
    time = (JSON.parse(readFileSync(jp, 'utf8')) as Journal).time;
  } catch {
    // keep 'unknown'
  }
  renameSync(jp, path.join(dir, `${time}.json`));
}

/** After an undo: the plan applied before it becomes the one --undo takes back next. */
function popHistory(stateDir: string): void {
  const dir = path.join(stateDir, HISTORY);
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return;
  }
  const last = names.at(-1);
  if (last) renameSync(path.join(dir, last), path.join(stateDir, JOURNAL));
}

function writeJournal(stateDir: string, j: Journal): void {
  atomicWrite(path.join(stateDir, JOURNAL), `${JSON.stringify(j, null, 2)}\n`, { mode: 0o600 });
}

export interface UndoResult {
  ok: boolean;
  restored: string[];
  removed: string[];
  dirsRemoved: string[];
  dirsKept: string[];
  /** Why nothing was done. */
  refused?: string;
  irreversible: string[];
}

export function undoLast(o: { stateDir: string }): UndoResult {
  const out: UndoResult = {
    ok: false,
    restored: [],
    removed: [],
    dirsRemoved: [],
    dirsKept: [],
    irreversible: [],
  };
  const jp = path.join(o.stateDir, JOURNAL);
  let j: Journal;
  try {
    j = JSON.parse(readFileSync(jp, 'utf8')) as Journal;
  } catch (err) {
    out.refused =
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? `nothing to undo (no applied plan in ${o.stateDir})`
        : `cannot read ${jp}: ${err instanceof Error ? err.message : String(err)}`;
    return out;
  }
  if (j.version !== 1 || !Array.isArray(j.files)) {
    out.refused = `${jp} is not a go-doctor journal`;
    return out;
  }
  const changed: string[] = [];
  for (const f of j.files) {
    const buf = readOrNull(f.realPath);
    const h = buf ? sha256(buf) : null;
    if (h !== f.afterHash) changed.push(f.path === f.realPath ? f.path : `${f.path} (${f.realPath})`);
  }
  if (changed.length > 0) {
    out.refused = `refusing to undo: changed since go-doctor fix wrote ${changed.length === 1 ? 'it' : 'them'}: ${changed.join(', ')}. Nothing was restored; the backups are in ${path.join(o.stateDir, 'backups', j.time)}`;
    return out;
  }
  for (const f of j.files) {
    if (f.afterHash === f.beforeHash) continue;
    if (f.existed && f.backup) {
      const data = readFileSync(path.join(o.stateDir, f.backup));
      atomicWrite(f.realPath, data, {
        ...(f.mode !== undefined ? { mode: f.mode } : {}),
        ...(f.uid !== undefined && f.gid !== undefined ? { uid: f.uid, gid: f.gid } : {}),
      });
      out.restored.push(f.path);
    } else if (!f.existed) {
      try {
        unlinkSync(f.realPath);
        out.removed.push(f.path);
      } catch {
        // already gone
      }
    }
  }
  for (const d of [...j.dirs].reverse()) {
    try {
      rmdirSync(d);
      out.dirsRemoved.push(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') out.dirsKept.push(d);
    }
  }
  out.irreversible = j.irreversible ?? [];
  const undone = path.join(o.stateDir, 'undone');
  mkdirSync(undone, { recursive: true, mode: 0o700 });
  renameSync(jp, path.join(undone, `${j.time}.json`));
  popHistory(o.stateDir);
  out.ok = true;
  return out;
}

/** Where go-doctor keeps backups and the journal. */
export function defaultStateDir(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA;
    return base ? path.win32.join(base, 'go-doctor') : null;
  }
  if (env.XDG_STATE_HOME && path.isAbsolute(env.XDG_STATE_HOME))
    return path.join(env.XDG_STATE_HOME, 'go-doctor');
  if (env.HOME && path.isAbsolute(env.HOME)) return path.join(env.HOME, '.local', 'state', 'go-doctor');
  return null;
}
