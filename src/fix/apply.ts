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
import { fixReport as en } from '../i18n/en/ui-fixReport.js';
import { atomicWrite } from './atomic.js';
import type { FixPlan } from './plan.js';
import type { ApplySay } from './say.js';

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
  /** `skipped` in English; `skippedSay` the same as data (not in the JSON output). */
  commands: { display: string; ok: boolean; output?: string; skipped?: string; skippedSay?: ApplySay }[];
  dirs: string[];
  /** In English; `errorSays` holds the same, index for index, as data. */
  errors: string[];
  errorSays: ApplySay[];
  journal: string | null;
}

function fail(res: ApplyResult, say: ApplySay): void {
  res.errors.push(en.applied(say));
  res.errorSays.push(say);
}

function skip(display: string, say: ApplySay): ApplyResult['commands'][number] {
  return { display, ok: false, skipped: en.applied(say), skippedSay: say };
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
  const res: ApplyResult = { written: [], commands: [], dirs: [], errors: [], errorSays: [], journal: null };
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
      fail(res, { code: 'changed-since-read', file: f.path });
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
        fail(res, {
          code: 'cannot-write',
          file: f.path,
          error: (err as NodeJS.ErrnoException).code ?? String(err),
        });
      }
    }
    for (const c of plan.commands) {
      if (c.foreign) {
        res.commands.push(skip(c.display, { code: 'not-this-os' }));
        continue;
      }
      if (c.applyOnly && !o.applyOnly) {
        res.commands.push(skip(c.display, { code: 'apply-only' }));
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
        fail(res, {
          code: 'command-failed',
          command: c.display,
          timedOut: r.timedOut,
          spawnError: r.spawnError ?? null,
          output,
        });
      if (c.irreversible) journal.irreversible.push(c.display);
    }
    for (const m of plan.mkdirs) {
      try {
        const made = mkdirp(m.path);
        journal.dirs.push(...made);
        res.dirs.push(m.path);
      } catch (err) {
        fail(res, {
          code: 'cannot-create',
          dir: m.path,
          error: (err as NodeJS.ErrnoException).code ?? String(err),
        });
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
  /** Why nothing was done (English; `refusedSay` as data, not in the JSON output). */
  refused?: string;
  refusedSay?: ApplySay;
  irreversible: string[];
}

function refuse(out: UndoResult, say: ApplySay): UndoResult {
  out.refused = en.applied(say);
  out.refusedSay = say;
  return out;
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
    return refuse(
      out,
      (err as NodeJS.ErrnoException).code === 'ENOENT'
        ? { code: 'nothing-to-undo', stateDir: o.stateDir }
        : { code: 'cannot-read-journal', file: jp, error: err instanceof Error ? err.message : String(err) },
    );
  }
  if (j.version !== 1 || !Array.isArray(j.files)) {
    return refuse(out, { code: 'not-a-journal', file: jp });
  }
  const changed: string[] = [];
  for (const f of j.files) {
    const buf = readOrNull(f.realPath);
    const h = buf ? sha256(buf) : null;
    if (h !== f.afterHash) changed.push(f.path === f.realPath ? f.path : `${f.path} (${f.realPath})`);
  }
  if (changed.length > 0) {
    return refuse(out, {
      code: 'undo-changed',
      files: changed,
      backups: path.join(o.stateDir, 'backups', j.time),
    });
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
