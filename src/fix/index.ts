/**
 * The fix engine's API: plain Fix data in, a plan (file diffs, commands, directories, advice) out; apply
 * it; undo the last applied plan. Independent of findings and checks, so other commands (relocate) can
 * change settings and PATH through it. docs/fix.md describes the behaviour.
 *
 *   const plan = planFixes([{ finding: 'relocate', fixes: [{ kind: 'set-env', var: 'GOPATH', value }] }],
 *                          { facts, env });
 *   const result = await applyPlan(plan, { stateDir: defaultStateDir(env)!, env, applyOnly: true });
 *   undoLast({ stateDir });
 */
import { readFileSync, statSync } from 'node:fs';
import type { Facts } from '../core/facts.js';
import { realTarget } from './apply.js';
import { type FileSource, type FixItem, type FixPlan, planFixes as planPure } from './plan.js';

export type { ApplyOptions, ApplyResult, Journal, UndoResult } from './apply.js';
export { applyPlan, defaultStateDir, undoLast } from './apply.js';
export type { CommandOp, EntryStatus, FileChange, FileSource, FixItem, FixPlan, PlanEntry } from './plan.js';
export { type FreshEnv, freshEnvs, overlayStatic } from './verify.js';

/** Reads files for the planner from this machine (links followed for reading; the plan keeps the link's path). */
export function fsSource(): FileSource {
  return {
    read(p) {
      const realPath = realTarget(p);
      try {
        return { text: readFileSync(realPath, 'utf8'), realPath };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
        if (code === 'ENOENT') return { text: null, realPath };
        return { text: null, realPath, error: code };
      }
    },
    isDir(p) {
      return statSync(p, { throwIfNoEntry: false })?.isDirectory() === true;
    },
  };
}

export interface PlanFixesOptions {
  facts: Facts;
  env: NodeJS.ProcessEnv;
  /** Defaults to this machine's files. */
  files?: FileSource;
  /** The login shell; default env.SHELL. */
  loginShell?: string | null;
}

/** Plans fixes (no change is made): what each would write, run or create, with unified diffs. */
export function planFixes(items: readonly FixItem[], o: PlanFixesOptions): FixPlan {
  return planPure(items, {
    facts: o.facts,
    env: o.env,
    files: o.files ?? fsSource(),
    ...(o.loginShell !== undefined ? { loginShell: o.loginShell } : {}),
  });
}
