/**
 * go-doctor relocate --apply and --rollback: copy → verify → switch → verify again → remove the old copies,
 * one journalled phase at a time (journal.ts), so an interruption anywhere is resumed or rolled back by a
 * rerun. Invariants:
 *   - go is switched to a directory only after its copy is complete and counted equal to the source;
 *   - an old copy is removed only after go env shows the new value, a build was served from the moved
 *     cache, and (for the install directory) PATH points at the new place;
 *   - nothing is removed that go-doctor did not create, except those verified old copies.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { OS } from '../core/facts.js';
import type { Fix } from '../core/fix.js';
import { isWithin, samePath, splitList } from '../core/paths.js';
import { relocate as en } from '../i18n/en/ui-relocate.js';
import type { ShellName } from '../report/shell.js';
import { type CopyOptions, copyTree, removeTree, tallyTree } from './copy.js';
import {
  type Journal,
  type JournalMove,
  journalPath,
  type Phase,
  PROBE_DIR,
  phaseAtLeast,
  writeJournal,
} from './journal.js';
import type { RelocatePlan } from './plan.js';
import type { RelocSay } from './say.js';
import {
  applyGoEnvFixes,
  applySettingFixes,
  backupGoEnvFile,
  type GoRunner,
  goEnvJson,
  type SettingEngine,
  type SettingFixesResult,
} from './switch.js';
import { buildProbe, writeProbe } from './verify.js';

export interface ApplyOptions {
  runner: GoRunner;
  os: OS;
  shell: ShellName;
  copy?: CopyOptions;
  /** Progress for a person watching: the English line and the same as data. */
  log?: (line: string, say: RelocSay) => void;
  /**
   * Called after the journal records a phase for a variable ('switching' once go env -w has run). Tests
   * use it to interrupt at every phase.
   */
  onPhase?: (v: string, phase: string) => void;
  /** The fix engine's context: environment and PATH changes are then written to the startup files. */
  engine?: SettingEngine;
}

export interface ApplyOutcome {
  /** done: all moved (old copies removed or kept); waiting: the user must apply printed changes and
   * rerun; failed: stopped, nothing unsafe left (see problems). */
  status: 'done' | 'waiting' | 'failed';
  /** In English; `says` holds steps and problems as data, for other languages. */
  steps: string[];
  problems: string[];
  says: { steps: RelocSay[]; problems: RelocSay[] };
  forUser: SettingFixesResult['forUser'];
  /** The moved cache served the probe build: hit, miss, or not checked. */
  cacheCheck: 'hit' | 'miss' | 'not-checked';
  journal: Journal;
}

export function journalFromPlan(plan: RelocatePlan, goEnvFile: string, keepOld: boolean): Journal {
  const now = new Date().toISOString();
  return {
    version: 1,
    tool: 'go-doctor relocate',
    target: plan.target,
    createdAt: now,
    updatedAt: now,
    state: 'in-progress',
    keepOld,
    goEnvFile,
    moves: plan.moves.map((m) => ({ ...m, phase: 'planned' as Phase })),
    pathFixes: plan.pathFixes,
    installDir: plan.installDir,
  };
}

function children(j: Journal, m: JournalMove): JournalMove[] {
  return j.moves.filter((c) => c.within === m.var);
}

function setPhase(j: Journal, m: JournalMove, phase: Phase, hook?: (v: string, phase: string) => void): void {
  m.phase = phase;
  for (const c of children(j, m)) c.phase = phase;
  writeJournal(j);
  hook?.(m.var, phase);
}

/** The last value of KEY in a go env file, or null when the file has no such line. */
export function envFileValue(file: string, key: string): string | null {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let value: string | null = null;
  for (const line of text.split('\n')) {
    const i = line.indexOf('=');
    if (i > 0 && line.slice(0, i) === key) value = line.slice(i + 1);
  }
  return value;
}

/** The value `go env` should print for a move once it is in effect. */
function expectedValue(j: Journal, m: JournalMove): { name: string; value: string } {
  if (m.var === 'GOBIN' && m.fixes.length === 0) {
    const g = j.moves.find((x) => x.var === 'GOPATH');
    return { name: 'GOPATH', value: g?.to ?? '' };
  }
  return { name: m.var, value: m.to };
}

function pathHas(os: OS, pathValue: string, dir: string): boolean {
  return splitList(os, pathValue).some((e) => e !== '' && samePath(os, e, dir));
}

/** Steps and problems, in English and as data. */
class Said {
  readonly steps: string[] = [];
  readonly problems: string[] = [];
  readonly says: { steps: RelocSay[]; problems: RelocSay[] } = { steps: [], problems: [] };
  step(x: RelocSay): string {
    const text = en.say(x);
    this.steps.push(text);
    this.says.steps.push(x);
    return text;
  }
  problem(x: RelocSay): void {
    this.problems.push(en.say(x));
    this.says.problems.push(x);
  }
}

export async function applyRelocation(j: Journal, opts: ApplyOptions): Promise<ApplyOutcome> {
  const log = opts.log ?? (() => {});
  const said = new Said();
  const { steps, problems } = said;
  const r = opts.runner;
  const os = opts.os;
  const step = (x: RelocSay) => log(said.step(x), x);
  const problem = (x: RelocSay) => said.problem(x);
  const out = (
    status: ApplyOutcome['status'],
    forUser: ApplyOutcome['forUser'] = [],
    cacheCheck: ApplyOutcome['cacheCheck'] = 'not-checked',
  ): ApplyOutcome => ({ status, steps, problems, says: said.says, forUser, cacheCheck, journal: j });

  mkdirSync(j.target, { recursive: true });
  writeJournal(j);
  const probeDir = path.join(j.target, PROBE_DIR);
  const cacheMove = j.moves.find((m) => m.var === 'GOCACHE');

  // 1. Probe: compile a tiny package into the old cache, so the moved cache can be shown to serve it.
  if (cacheMove && !j.probeBuilt && !phaseAtLeast(cacheMove.phase, 'copying')) {
    writeProbe(probeDir);
    const pr = await buildProbe(r, probeDir);
    if (!pr.ok) {
      problem({ code: 'probe-failed-before', error: String(pr.error) });
      return out('failed');
    }
    j.probeBuilt = true;
    writeJournal(j);
    step({ code: 'probe-built', dir: cacheMove.from });
  }

  // 2. Copy each outermost directory (a directory inside it goes along).
  for (const m of j.moves) {
    if (m.within || phaseAtLeast(m.phase, 'copied')) continue;
    const resumed = m.phase === 'copying';
    setPhase(j, m, 'copying', opts.onPhase);
    if (existsSync(m.from)) {
      let c: ReturnType<typeof copyTree>;
      try {
        c = copyTree(m.from, m.to, {
          ...opts.copy,
          onProgress: (p) => {
            const x: RelocSay = { code: 'progress', var: m.var, files: p.copied + p.skipped };
            log(en.say(x), x);
          },
        });
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        problem({ code: 'copy-stopped', var: m.var, error: e.code ?? e.message, path: e.path ?? null });
        return out('failed');
      }
      step({
        code: 'copied',
        var: m.var,
        from: m.from,
        to: m.to,
        resumed,
        copied: c.copied,
        skipped: c.skipped,
        links: c.links,
        hardLinks: c.hardLinks,
      });
      if (c.special.length > 0)
        step({
          code: 'special-skipped',
          var: m.var,
          count: c.special.length,
          examples: c.special.slice(0, 3),
        });
    } else step({ code: 'source-missing', var: m.var, from: m.from });
    setPhase(j, m, 'copied', opts.onPhase);
  }

  // 3. Verify the copies: the same files, bytes, directories and links.
  for (const m of j.moves) {
    if (m.within || phaseAtLeast(m.phase, 'verified')) continue;
    const a = tallyTree(m.from);
    const b = tallyTree(m.to);
    const same =
      a.files === b.files && a.fileBytes === b.fileBytes && a.links === b.links && a.dirs === b.dirs;
    if (!same) {
      problem({
        code: 'copy-differs',
        var: m.var,
        from: m.from,
        files: [a.files, b.files],
        bytes: [a.fileBytes, b.fileBytes],
        links: [a.links, b.links],
        dirs: [a.dirs, b.dirs],
      });
      setPhase(j, m, 'copying', opts.onPhase);
      continue;
    }
    step({ code: 'verified', var: m.var, files: a.files, bytes: a.fileBytes, links: a.links, dirs: a.dirs });
    setPhase(j, m, 'verified', opts.onPhase);
  }
  if (problems.length > 0) return out('failed');

  // 4. Switch: go env -w ourselves (after a backup), everything else through applySettingFixes.
  const toSwitch = j.moves.filter((m) => m.phase === 'verified' || m.phase === 'waiting');
  const goEnvFixes = toSwitch.flatMap((m) =>
    m.fixes.filter((f) => f.kind === 'go-env-w' || f.kind === 'go-env-u'),
  );
  if (goEnvFixes.length > 0) {
    if (j.goEnvBackup === undefined) {
      const b = backupGoEnvFile(j.goEnvFile);
      if (b) {
        j.goEnvBackup = b;
        step({ code: 'backed-up', file: j.goEnvFile, backup: b });
      }
    }
    for (const m of toSwitch)
      if (m.envFileBefore === undefined && m.fixes.some((f) => f.kind === 'go-env-w'))
        m.envFileBefore = envFileValue(j.goEnvFile, m.var);
    writeJournal(j);
    try {
      await applyGoEnvFixes(r, goEnvFixes);
    } catch (err) {
      problem({ code: 'failed', error: String(err instanceof Error ? err.message : err) });
      return out('failed');
    }
    opts.onPhase?.('*', 'switching');
    step({
      code: 'ran-go-env',
      args: goEnvFixes.map((f) => (f.kind === 'go-env-w' ? `${f.var}=${f.value}` : f.var)).join(' '),
    });
  }
  const userFixes: Fix[] = [...toSwitch.flatMap((m) => m.fixes), ...j.pathFixes];
  const settingResult = await applySettingFixes(userFixes, { shell: opts.shell, os, engine: opts.engine });
  if (settingResult.written.length > 0) step({ code: 'wrote-startup', files: settingResult.written });
  for (const e of settingResult.errors) problem({ code: 'startup-failed', error: e });

  // 5. Verify the switch: go env as this environment sees it.
  const names = ['GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOBIN'];
  const seen = await goEnvJson(r, names);
  if (typeof seen === 'string') {
    problem({ code: 'goenv-failed', names, error: seen });
    await restoreGoEnv(j, opts, said);
    return out('failed', settingResult.forUser);
  }
  const overrides: Record<string, string> = {};
  const wasWaiting = new Set(toSwitch.filter((m) => m.phase === 'waiting').map((m) => m.var));
  for (const m of toSwitch) {
    const want = expectedValue(j, m);
    const got = seen[want.name] ?? '';
    if (samePath(os, got, want.value)) {
      m.phase = 'switched';
      continue;
    }
    if (
      m.fixes.some((f) => f.kind === 'set-env') ||
      (m.within && j.moves.find((x) => x.var === m.within)?.fixes.some((f) => f.kind === 'set-env'))
    ) {
      m.phase = 'waiting';
      overrides[want.name] = want.value;
      continue;
    }
    problem({ code: 'goenv-mismatch', name: want.name, got, want: want.value });
  }
  writeJournal(j);
  if (problems.length === 0) opts.onPhase?.('*', 'switched');
  if (problems.length > 0) {
    await restoreGoEnv(j, opts, said);
    return out('failed', settingResult.forUser);
  }
  const waitingVars = j.moves.filter((m) => m.phase === 'waiting').map((m) => m.var);
  if (waitingVars.length > 0)
    step({ code: 'waiting-env', vars: waitingVars, written: settingResult.written.length > 0 });

  // 6. A build must be served from the moved cache.
  let cacheCheck: ApplyOutcome['cacheCheck'] = 'not-checked';
  if (cacheMove && j.probeBuilt) {
    const pr = await buildProbe(r, probeDir, overrides);
    if (!pr.ok || pr.compiled) {
      cacheCheck = pr.ok ? 'miss' : 'not-checked';
      problem(
        pr.ok
          ? { code: 'cache-miss', dir: cacheMove.to }
          : { code: 'probe-failed-after', error: String(pr.error) },
      );
      await restoreGoEnv(j, opts, said);
      return out('failed', settingResult.forUser, cacheCheck);
    }
    cacheCheck = 'hit';
    step({ code: 'cache-hit', dir: cacheMove.to });
  }

  // 7. PATH: the install directory counts as switched once PATH holds the new place and not the old.
  const pathValue = r.env.PATH ?? r.env.Path ?? '';
  const pathDone =
    j.pathFixes.length === 0 ||
    (pathHas(os, pathValue, j.installDir.to) && !pathHas(os, pathValue, j.installDir.from));
  if (!pathDone) step({ code: 'path-still-old', from: j.installDir.from, to: j.installDir.to });

  // 8. Remove the old copies that nothing points at any more.
  for (const m of j.moves) {
    if (m.within || m.phase === 'old-removed') continue;
    const group = [m, ...children(j, m)];
    if (!group.every((x) => x.phase === 'switched' || x.phase === 'removing')) continue;
    const holdsInstallDir =
      j.pathFixes.length > 0 && j.installDir.from !== '' && isWithin(os, m.from, j.installDir.from);
    if (holdsInstallDir && !pathDone) continue;
    if (j.keepOld) continue;
    if (group.some((x) => wasWaiting.has(x.var)) && existsSync(m.from)) {
      // go kept using the old place until the user's change took effect: bring over what it added there.
      const c = copyTree(m.from, m.to, { mode: 'add-missing' });
      if (c.copied > 0) step({ code: 'carried-over', var: m.var, count: c.copied });
    }
    setPhase(j, m, 'removing', opts.onPhase);
    if (existsSync(m.from)) removeTree(m.from);
    setPhase(j, m, 'old-removed', opts.onPhase);
    step({ code: 'removed-old', var: m.var, from: m.from });
  }

  const finished = j.moves.every((m) => m.phase === 'old-removed' || (j.keepOld && m.phase === 'switched'));
  const leftForUser = settingResult.forUser.filter((u) => {
    if (settingResult.applied.includes(u.fix)) return false;
    const f = u.fix;
    if (f.kind === 'path-add') return !pathHas(os, pathValue, f.dir);
    if (f.kind === 'path-remove') return pathHas(os, pathValue, f.entry);
    if (f.kind === 'set-env') return (r.env[f.var] ?? '') !== f.value;
    return true;
  });
  if (finished && pathDone) {
    j.state = 'done';
    rmSync(probeDir, { recursive: true, force: true });
    writeJournal(j);
    step({ code: 'done', keepOld: j.keepOld });
    return out('done', leftForUser, cacheCheck);
  }
  writeJournal(j);
  return out('waiting', leftForUser, cacheCheck);
}

/** Puts the go env file's lines for the moved variables back as they were. */
async function restoreGoEnv(j: Journal, opts: ApplyOptions, said: Said): Promise<void> {
  const fixes: ({ kind: 'go-env-u'; var: string } | { kind: 'go-env-w'; var: string; value: string })[] = [];
  for (const m of j.moves) {
    if (m.envFileBefore === undefined) continue;
    fixes.push(
      m.envFileBefore === null
        ? { kind: 'go-env-u', var: m.var }
        : { kind: 'go-env-w', var: m.var, value: m.envFileBefore },
    );
  }
  if (fixes.length === 0) return;
  await applyGoEnvFixes(opts.runner, fixes);
  for (const m of j.moves) {
    delete m.envFileBefore;
    if (m.phase === 'switched' || m.phase === 'waiting') m.phase = 'verified';
  }
  writeJournal(j);
  said.step({ code: 'restored-goenv', vars: fixes.map((f) => f.var) });
}

export interface RollbackOutcome {
  status: 'done' | 'waiting' | 'refused';
  steps: string[];
  problems: string[];
  says: { steps: RelocSay[]; problems: RelocSay[] };
  forUser: SettingFixesResult['forUser'];
}

/** Undoes an unfinished relocation: settings back, new copies removed. Refuses once an old copy is gone. */
export async function rollbackRelocation(j: Journal, opts: ApplyOptions): Promise<RollbackOutcome> {
  const said = new Said();
  const { steps, problems, says } = said;
  const os = opts.os;
  const gone = j.moves.filter((m) => m.phase === 'old-removed' || m.phase === 'removing');
  if (gone.length > 0) {
    said.problem({ code: 'already-removed', moves: gone.map((m) => ({ var: m.var, from: m.from })) });
    return { status: 'refused', steps, problems, says, forUser: [] };
  }
  await restoreGoEnv(j, opts, said);
  // Changes the user made (or was asked to make) in the environment and PATH, reversed.
  const reverse: Fix[] = [];
  const env = opts.runner.env;
  const pathValue = env.PATH ?? env.Path ?? '';
  const stillUsed = new Set<string>();
  for (const m of j.moves)
    for (const f of m.fixes)
      if (f.kind === 'set-env' && (env[f.var] ?? '') === f.value) {
        reverse.push({ kind: 'set-env', var: f.var, value: m.from });
        stillUsed.add(m.var);
      }
  if (j.pathFixes.length > 0 && pathHas(os, pathValue, j.installDir.to)) {
    reverse.push({ kind: 'path-add', dir: j.installDir.from, position: 'append' });
    reverse.push({ kind: 'path-remove', entry: j.installDir.to });
  }
  // Rollback prints the changes back rather than writing more blocks; `go-doctor fix --undo` takes back
  // what relocate wrote.
  const forUser = (await applySettingFixes(reverse, { shell: opts.shell, os })).forUser;
  for (const m of j.moves) {
    if (m.within) continue;
    const group = [m, ...children(j, m)];
    if (group.some((x) => stillUsed.has(x.var))) {
      said.problem({ code: 'still-points', var: m.var, to: m.to });
      continue;
    }
    if (phaseAtLeast(m.phase, 'copying') && existsSync(m.to)) {
      removeTree(m.to);
      said.step({ code: 'removed-new', dir: m.to });
    }
    for (const x of group) x.phase = 'rolled-back';
  }
  if (problems.length > 0) {
    writeJournal(j);
    return { status: 'waiting', steps, problems, says, forUser };
  }
  rmSync(path.join(j.target, PROBE_DIR), { recursive: true, force: true });
  rmSync(journalPath(j.target), { force: true });
  try {
    if (readdirSync(j.target).length === 0) rmdirSync(j.target);
  } catch {
    // leave it
  }
  said.step({ code: 'rolled-back' });
  return { status: 'done', steps, problems, says, forUser };
}
