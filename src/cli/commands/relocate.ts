/**
 * go-doctor relocate --to DIR: move GOPATH, GOMODCACHE, GOCACHE and GOBIN to another volume
 * (docs/relocate.md).
 */

import path from 'node:path';
import { createContext } from '../../core/run.js';
import { defaultStateDir } from '../../fix/index.js';
import { relocate as enRelocate } from '../../i18n/en/ui-relocate.js';
import { localizer } from '../../i18n/index.js';
import {
  type ApplyOutcome,
  applyRelocation,
  journalFromPlan,
  rollbackRelocation,
} from '../../relocate/apply.js';
import { type Journal, JournalError, readJournal } from '../../relocate/journal.js';
import { measureMoves, measureTarget, realOrSelf } from '../../relocate/measure.js';
import { assessPlan, PlanError, parseVars, planMoves, type RelocVar } from '../../relocate/plan.js';
import type { RelocProblem, RelocSay } from '../../relocate/say.js';
import {
  journalJson,
  RELOCATE_SCHEMA_VERSION,
  relocateShell,
  renderOutcomeText,
  renderPlanJson,
  renderPlanText,
} from '../../report/relocate.js';
import { SHELLS, type ShellName } from '../../report/shell.js';
import { COMMON_OPTIONS, factsFor, type Io, langFor, oneOf, parseTimeout, UsageError } from '../io.js';
import { canPrompt, confirm } from '../prompt.js';
import type { Command } from './types.js';

export const relocateCommand: Command = {
  name: 'relocate',
  summary: 'move GOPATH, GOMODCACHE, GOCACHE and GOBIN to another volume (plan, then --apply)',
  help: `Usage: go-doctor relocate --to DIR [options]

Moves GOPATH, GOMODCACHE, GOCACHE and GOBIN (all, or those named with --vars) to DIR, on another volume:
DIR/gopath, DIR/gomodcache, DIR/go-build and DIR/bin (a directory inside a GOPATH that moves, such as the
default GOPATH/pkg/mod and GOPATH/bin, moves with it). Without --apply it prints the plan and changes
nothing: sizes against the target's free space, the new values, how each is set (go env -w where the go
env file decides; your shell or Windows user environment where the variable is set in the environment),
and the PATH change for the new install directory.

--apply copies, verifies (files, bytes, links, go env, and a build served from the moved cache),
switches, and only then removes the old copies. A journal in DIR/.go-doctor-relocate.json lets a rerun
resume an interrupted move, or --rollback undo it. Settings kept in the environment and PATH are written
to your shell startup files (as go-doctor fix does; fix --undo takes them back) or printed where that is
not possible; the old copies stay until a rerun from a new shell sees them in effect. See docs/relocate.md.

Options:
  --to DIR                  the target directory (new or empty)
  --vars LIST               only these, comma-separated (GOPATH,GOMODCACHE,GOCACHE,GOBIN)
  --apply                   carry out the plan (or resume an unfinished one)
  --keep-old                keep the old copies after a verified move
  --rollback                undo an unfinished relocation to DIR
  --allow-same-volume       move even when DIR is on the same volume (frees nothing)
  --format text|json        output format (default text)
  --shell bash|zsh|sh|fish|powershell|cmd
                            write commands in this shell's syntax (default: from $SHELL)
  --facts FILE              plan from a saved facts snapshot (sizes are not measured; no --apply)
  --timeout SECONDS         limit for each go subprocess (default 10)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)

Without --apply, on a terminal (and CI unset) it asks before applying.
Exit codes: 0 planned or done, 1 refused, failed, or waiting for you to apply printed changes, 2 usage error.
`,
  options: {
    ...COMMON_OPTIONS,
    to: { type: 'string' },
    vars: { type: 'string' },
    apply: { type: 'boolean' },
    'keep-old': { type: 'boolean' },
    rollback: { type: 'boolean' },
    'allow-same-volume': { type: 'boolean' },
    format: { type: 'string' },
    shell: { type: 'string' },
  },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    const shellOpt =
      values.shell === undefined
        ? undefined
        : oneOf<ShellName>('--shell', values.shell as string, SHELLS, 'sh');
    const lang = langFor(values.lang, io.env);
    const words = localizer(lang).ui.relocate;
    const problem = (p: RelocProblem) => new UsageError((w) => w.relocate.problem(p));
    const to = values.to;
    if (typeof to !== 'string' || to === '') throw problem({ code: 'needs-to' });
    let vars: RelocVar[];
    try {
      vars = parseVars(values.vars as string | undefined);
    } catch (err) {
      if (err instanceof PlanError) throw problem(err.problem);
      throw err;
    }
    const fromFacts = typeof values.facts === 'string';
    if (fromFacts && (values.apply || values.rollback)) throw problem({ code: 'facts-apply' });
    if (values.apply && values.rollback) throw problem({ code: 'apply-rollback' });
    const timeoutMs = parseTimeout(typeof values.timeout === 'string' ? values.timeout : undefined);
    const facts = await factsFor(values, io);
    const ctx = createContext(facts);
    const shell = relocateShell(facts.host.os, shellOpt ?? (facts.host.shell as ShellName | undefined));
    if (!ctx.path.isAbsolute(to) && fromFacts)
      throw problem({ code: 'facts-relative-to', os: facts.host.os, to });
    const target = fromFacts ? ctx.path.normalize(to) : path.resolve(facts.cwd || process.cwd(), to);
    const go = facts.goBinaries.find((b) => b.name === 'go')?.path ?? 'go';
    const stateDir = defaultStateDir(io.env);
    const applyOpts = {
      runner: { go, env: io.env, timeoutMs },
      os: facts.host.os,
      shell,
      log: (_line: string, say: RelocSay) => {
        // Progress for a person watching; the report on stdout repeats the steps.
        if (format === 'text' && io.stderr.isTTY) io.stderr.write(`${words.say(say)}\n`);
      },
      copy: copyHooks(io),
      ...phaseHooks(io),
      // Environment and PATH changes go to the shell startup files through the fix engine.
      ...(stateDir && !fromFacts ? { engine: { facts, env: io.env, stateDir } } : {}),
    };
    const emit = (
      mode: string,
      outcome: OutcomeLike,
      journal: Journal | null,
      extra: Record<string, unknown> = {},
    ) => {
      if (format === 'json')
        io.stdout.write(
          `${JSON.stringify(
            {
              schemaVersion: RELOCATE_SCHEMA_VERSION,
              command: 'relocate',
              mode,
              status: outcome.status,
              steps: outcome.steps,
              problems: outcome.problems,
              forUser: outcome.forUser.map((u) => ({ ...u.fix, text: u.lines })),
              ...('cacheCheck' in outcome ? { cacheCheck: outcome.cacheCheck } : {}),
              ...(journal ? { journal: journalJson(journal) } : {}),
              ...extra,
            },
            null,
            2,
          )}\n`,
        );
      else io.stdout.write(renderOutcomeText(mode, outcome, journal, lang));
    };

    // An unfinished relocation to this target: resume, roll back, or show where it stands.
    let journal: Journal | null = null;
    if (!fromFacts) {
      try {
        journal = readJournal(target);
      } catch (err) {
        if (err instanceof JournalError) throw problem(err.problem);
        throw err;
      }
    }
    if (values.rollback) {
      if (!journal || journal.state !== 'in-progress')
        throw problem({ code: 'nothing-to-roll-back', target });
      const r = await rollbackRelocation(journal, applyOpts);
      emit('rollback', r, r.status === 'done' ? null : journal);
      return r.status === 'done' ? 0 : 1;
    }
    if (journal?.state === 'done') {
      emit('status', said('done', [{ code: 'already-finished', target }], []), journal);
      return 0;
    }
    if (journal?.state === 'in-progress') {
      if (!values.apply) {
        emit('status', said('waiting', [], [{ code: 'unfinished', target }]), journal);
        return 1;
      }
      const r = await applyRelocation(journal, applyOpts);
      emit('apply', r, r.journal);
      return r.status === 'done' ? 0 : 1;
    }

    // A new plan.
    let moves: ReturnType<typeof planMoves>;
    try {
      moves = planMoves(ctx, target, vars);
    } catch (err) {
      if (err instanceof PlanError) throw problem(err.problem);
      throw err;
    }
    const freeOverride = testFreeBytes(io.env);
    const plan = assessPlan({
      ctx,
      target,
      moves,
      sizes: fromFacts ? {} : measureMoves(moves.filter((m) => !m.within)),
      targetInfo: fromFacts ? { free: null } : measureTarget(target, freeOverride),
      allowSameVolume: values['allow-same-volume'] === true,
      ...(fromFacts
        ? {}
        : {
            realTarget: realOrSelf(target),
            realSources: Object.fromEntries(moves.map((m) => [m.var, realOrSelf(m.from)])),
          }),
    });
    let apply = values.apply === true;
    if (!apply && !plan.refused && format === 'text' && !fromFacts && canPrompt(io)) {
      io.stdout.write(renderPlanText(plan, { shell, lang }));
      apply = await confirm(io, words.prompt, io.stderr);
      if (!apply) return 0;
    } else if (!apply || plan.refused) {
      if (format === 'json') io.stdout.write(renderPlanJson(plan, shell));
      else io.stdout.write(renderPlanText(plan, { shell, lang }));
      return plan.refused ? 1 : 0;
    }
    const goEnvFile = ctx.setting('GOENV').value;
    const j = journalFromPlan(plan, goEnvFile === 'off' ? '' : goEnvFile, values['keep-old'] === true);
    if (format === 'text') io.stderr.write(renderPlanText(plan, { shell, heading: 'applying', lang }));
    const r: ApplyOutcome = await applyRelocation(j, applyOpts);
    emit('apply', r, r.journal);
    return r.status === 'done' ? 0 : 1;
  },
};

type OutcomeLike = Parameters<typeof renderOutcomeText>[1];

/** An outcome made of things said (English text and data). */
function said(status: string, steps: RelocSay[], problems: RelocSay[]): OutcomeLike {
  return {
    status,
    steps: steps.map(enRelocate.say),
    problems: problems.map(enRelocate.say),
    says: { steps, problems },
    forUser: [],
  };
}

/** GO_DOCTOR_TEST_TARGET_FREE: a free-space figure for the target, for tests (a disk cannot be filled). */
function testFreeBytes(env: NodeJS.ProcessEnv): number | undefined {
  const v = env.GO_DOCTOR_TEST_TARGET_FREE;
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * GO_DOCTOR_TEST_KILL_AFTER_FILES=N: the process kills itself (SIGKILL) after writing N files, so tests
 * can interrupt a copy deterministically and rerun. Used only by tests.
 */
function copyHooks(io: Io) {
  const v = io.env.GO_DOCTOR_TEST_KILL_AFTER_FILES;
  const n = v ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n <= 0) return {};
  return {
    afterFile: (copied: number) => {
      if (copied >= n) process.kill(process.pid, 'SIGKILL');
    },
  };
}

/**
 * GO_DOCTOR_TEST_KILL_AT_PHASE=PHASE or VAR:PHASE: the process kills itself (SIGKILL) right after the
 * journal records that phase (or, for "switching", right after go env -w ran). Used only by tests.
 */
function phaseHooks(io: Io): { onPhase?: (v: string, phase: string) => void } {
  const spec = io.env.GO_DOCTOR_TEST_KILL_AT_PHASE;
  if (!spec) return {};
  const [a, b] = spec.split(':');
  const want = b === undefined ? { v: '*', phase: a } : { v: a, phase: b };
  return {
    onPhase: (v, phase) => {
      if (phase === want.phase && (want.v === '*' || want.v === v)) process.kill(process.pid, 'SIGKILL');
    },
  };
}
