/**
 * The relocate journal: DIR/.go-doctor-relocate.json, rewritten atomically after every phase change, so
 * a rerun resumes (or --rollback undoes) exactly where an interrupted run stopped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Fix } from '../core/fix.js';
import { atomicWrite } from '../fix/atomic.js';
import { relocate as en } from '../i18n/en/ui-relocate.js';
import type { Move, RelocVar } from './plan.js';
import type { RelocProblem } from './say.js';

export const JOURNAL_NAME = '.go-doctor-relocate.json';
export const PROBE_DIR = '.go-doctor-probe';

/**
 * planned → copying → copied → verified → switched → removing → old-removed.
 * waiting: copied and verified, but the variable is set in the environment (or the install dir on PATH),
 * which go-doctor does not change; the old copy stays until a rerun sees the new value in effect.
 */
export type Phase =
  | 'planned'
  | 'copying'
  | 'copied'
  | 'verified'
  | 'switched'
  | 'waiting'
  | 'removing'
  | 'old-removed'
  | 'rolled-back';

export const PHASES: readonly Phase[] = [
  'planned',
  'copying',
  'copied',
  'verified',
  'waiting',
  'switched',
  'removing',
  'old-removed',
];

export function phaseAtLeast(p: Phase, q: Phase): boolean {
  return PHASES.indexOf(p) >= PHASES.indexOf(q);
}

export interface JournalMove extends Move {
  phase: Phase;
  /** The go env file's line for this variable before the switch (null: no line), for --rollback. */
  envFileBefore?: string | null;
}

export interface Journal {
  version: 1;
  tool: 'go-doctor relocate';
  target: string;
  createdAt: string;
  updatedAt: string;
  state: 'in-progress' | 'done' | 'rolled-back';
  keepOld: boolean;
  /** The go env file `go env -w` writes, and the backup taken before the first write. */
  goEnvFile: string;
  goEnvBackup?: string;
  /** The probe package was built with the old settings (its compiled form is in the old cache). */
  probeBuilt?: boolean;
  moves: JournalMove[];
  pathFixes: Fix[];
  installDir: { from: string; to: string };
}

export function journalPath(target: string): string {
  return path.join(target, JOURNAL_NAME);
}

export class JournalError extends Error {
  constructor(readonly problem: RelocProblem) {
    super(en.problem(problem));
  }
}

export function readJournal(target: string): Journal | null {
  const file = journalPath(target);
  if (!existsSync(file)) return null;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new JournalError({
      code: 'journal-unreadable',
      file,
      error: err instanceof Error ? err.message : String(err),
    });
  }
  const j = data as Partial<Journal>;
  if (j.version !== 1 || j.tool !== 'go-doctor relocate' || !Array.isArray(j.moves))
    throw new JournalError({ code: 'not-a-journal', file });
  return j as Journal;
}

export function writeJournal(j: Journal): void {
  j.updatedAt = new Date().toISOString();
  const file = journalPath(j.target);
  atomicWrite(file, `${JSON.stringify(j, null, 2)}\n`, { mode: 0o600 });
}

export function movesOf(j: Journal, v: RelocVar): JournalMove | undefined {
  return j.moves.find((m) => m.var === v);
}
