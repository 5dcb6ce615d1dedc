/**
 * go-doctor relocate: the plan and the outcome as text or JSON. Pure.
 */
import type { Fix } from '../core/fix.js';
import type { Ui } from '../i18n/en/ui.js';
import { type Lang, localizer } from '../i18n/index.js';
import type { Journal } from '../relocate/journal.js';
import { fmtBytes, type Move, type Note, type RelocatePlan, SPACE_MARGIN } from '../relocate/plan.js';
import type { RelocSay } from '../relocate/say.js';
import { renderFix, type ShellName } from './shell.js';

export const RELOCATE_SCHEMA_VERSION = 1;

function psq(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/**
 * The exact lines that carry out a fix the user has to apply. On Windows a setting must persist in the
 * user environment ([Environment]::SetEnvironmentVariable(…, 'User')) and in the open session.
 */
export function renderUserFix(fix: Fix, shell: ShellName, os: string): string[] {
  if (os !== 'windows') return [renderFix(fix, shell)];
  const cmd = shell === 'cmd';
  switch (fix.kind) {
    case 'set-env':
      return cmd
        ? [`setx ${fix.var} "${fix.value}"`, `set "${fix.var}=${fix.value}"`]
        : [
            `[Environment]::SetEnvironmentVariable(${psq(fix.var)}, ${psq(fix.value)}, 'User')`,
            renderFix(fix, 'powershell'),
          ];
    case 'unset-env':
      return [
        `[Environment]::SetEnvironmentVariable(${psq(fix.var)}, $null, 'User')`,
        renderFix(fix, 'powershell'),
      ];
    case 'path-add': {
      const joined =
        fix.position === 'prepend'
          ? `${psq(`${fix.dir};`)} + [Environment]::GetEnvironmentVariable('Path', 'User')`
          : `[Environment]::GetEnvironmentVariable('Path', 'User') + ${psq(`;${fix.dir}`)}`;
      return [
        `[Environment]::SetEnvironmentVariable('Path', ${joined}, 'User')`,
        renderFix(fix, 'powershell'),
      ];
    }
    case 'path-remove':
      return [
        `[Environment]::SetEnvironmentVariable('Path', (([Environment]::GetEnvironmentVariable('Path', 'User') -split ';') | Where-Object { $_ -ne ${psq(fix.entry)} }) -join ';', 'User')`,
        `$env:Path = (($env:Path -split ';') | Where-Object { $_ -ne ${psq(fix.entry)} }) -join ';'`,
      ];
    default:
      return [renderFix(fix, cmd ? 'cmd' : 'powershell')];
  }
}

/** The shell whose syntax the plan uses: the user's, or PowerShell for Windows facts with a POSIX shell. */
export function relocateShell(os: string, shell: ShellName | undefined): ShellName {
  if (os === 'windows') return shell === 'cmd' ? 'cmd' : 'powershell';
  if (!shell || shell === 'powershell' || shell === 'cmd') return 'sh';
  return shell;
}

type Words = Ui['relocate'];

function sourceText(w: Words, m: Move): string {
  switch (m.source) {
    case 'env':
      return w.source.env;
    case 'envfile':
      return w.source.envfile;
    case 'goroot':
      return w.source.goroot;
    default:
      return w.source.default({ derivation: m.derivation ? w.derivation(m.derivation) : null });
  }
}

function sizeText(w: Words, plan: RelocatePlan, m: Move): string {
  const s = plan.sizes[m.var];
  if (!s) return w.notMeasured;
  if (!s.exists) return w.notYet;
  return w.size({ bytes: fmtBytes(s.bytes), files: s.files, links: s.links });
}

/** A plan note in the chosen language. */
export function noteText(w: Words, n: Note): string {
  return (w.notes[n.code] as (d: Note['data']) => string)(n.data);
}

export interface PlanTextOptions {
  shell: ShellName;
  /** Heading: plan (nothing changed) by default; 'applying' while applying. */
  heading?: 'plan' | 'applying';
  /** Language of the text (default English; load it first with loadLang). */
  lang?: Lang;
}

export function renderPlanText(plan: RelocatePlan, opts: PlanTextOptions): string {
  const w = localizer(opts.lang).ui.relocate;
  const out: string[] = [];
  const shell = relocateShell(plan.os, opts.shell);
  out.push(opts.heading === 'applying' ? w.applyingHeading : w.planHeading);
  out.push('');
  const space =
    plan.needBytes === null
      ? w.sizesNotMeasured
      : w.needs({
          need: fmtBytes(plan.needBytes),
          free: plan.targetFree === null ? null : fmtBytes(plan.targetFree),
        });
  out.push(w.target({ target: plan.target, space }));
  out.push('');
  const indent = `  ${''.padEnd(10)}    `;
  for (const m of plan.moves) {
    out.push(`  ${m.var.padEnd(10)} ${m.from}`);
    out.push(`  ${''.padEnd(10)} -> ${m.to}`);
    const where = m.within ? w.movesWith({ var: m.within }) : sizeText(w, plan, m);
    out.push(`${indent}${w.now({ where, source: sourceText(w, m) })}`);
    if (m.fixes.length === 0) out.push(`${indent}${w.noSetting({ var: m.within ?? 'GOPATH' })}`);
    for (const f of m.fixes) {
      const by = f.kind === 'go-env-w' || f.kind === 'go-env-u' ? 'go-doctor' : 'you';
      for (const line of renderUserFix(f, shell, plan.os)) out.push(`${indent}${w.runs({ by, line })}`);
    }
  }
  if (plan.pathFixes.length > 0) {
    out.push('');
    out.push(w.pathMoves({ from: plan.installDir.from, to: plan.installDir.to }));
    for (const f of plan.pathFixes)
      for (const line of renderUserFix(f, shell, plan.os)) out.push(`  ${line}`);
  }
  for (const level of ['refuse', 'warning', 'info'] as const) {
    const ns = plan.notes.filter((n) => n.level === level);
    if (ns.length === 0) continue;
    out.push('');
    out.push(w.levels[level] ?? level);
    for (const n of ns) out.push(`  - ${noteText(w, n)}`);
  }
  out.push('');
  out.push(plan.refused ? w.refusedEnd : w.applyEnd);
  return `${out.join('\n')}\n`;
}

function fixJson(f: Fix, shell: ShellName, os: string) {
  return { ...f, text: renderUserFix(f, shell, os) };
}

export function planJson(plan: RelocatePlan, shell: ShellName) {
  const sh = relocateShell(plan.os, shell);
  return {
    target: plan.target,
    os: plan.os,
    moves: plan.moves.map((m) => ({
      var: m.var,
      from: m.from,
      to: m.to,
      source: m.source,
      ...(m.derivation ? { derivation: m.derivation } : {}),
      ...(m.within ? { within: m.within } : {}),
      ...(plan.sizes[m.var] ? { size: plan.sizes[m.var] } : {}),
      fixes: m.fixes.map((f) => fixJson(f, sh, plan.os)),
    })),
    path: {
      installDir: plan.installDir,
      fixes: plan.pathFixes.map((f) => fixJson(f, sh, plan.os)),
    },
    space: { needBytes: plan.needBytes, freeBytes: plan.targetFree, marginBytes: SPACE_MARGIN },
    notes: plan.notes.map(({ data: _d, ...n }) => n),
    refused: plan.refused,
  };
}

export function renderPlanJson(
  plan: RelocatePlan,
  shell: ShellName,
  extra: Record<string, unknown> = {},
): string {
  return `${JSON.stringify({ schemaVersion: RELOCATE_SCHEMA_VERSION, command: 'relocate', mode: 'plan', ...planJson(plan, shell), ...extra }, null, 2)}\n`;
}

export interface OutcomeView {
  status: string;
  steps: readonly string[];
  problems: readonly string[];
  /** The steps and problems as data, for other languages (else the English text is shown). */
  says?: { steps: readonly RelocSay[]; problems: readonly RelocSay[] };
  forUser: readonly { fix: Fix; lines: string[] }[];
  cacheCheck?: string;
}

export function journalJson(j: Journal) {
  return {
    target: j.target,
    state: j.state,
    keepOld: j.keepOld,
    goEnvFile: j.goEnvFile,
    ...(j.goEnvBackup ? { goEnvBackup: j.goEnvBackup } : {}),
    moves: j.moves.map((m) => ({
      var: m.var,
      from: m.from,
      to: m.to,
      phase: m.phase,
      ...(m.within ? { within: m.within } : {}),
    })),
    installDir: j.installDir,
  };
}

export function renderOutcomeText(mode: string, o: OutcomeView, j: Journal | null, lang?: Lang): string {
  const w = localizer(lang).ui.relocate;
  const steps = o.says ? o.says.steps.map(w.say) : o.steps;
  const problems = o.says ? o.says.problems.map(w.say) : o.problems;
  const out: string[] = [];
  out.push(w.outcomeHeading({ mode, status: w.status[o.status] ?? o.status }));
  if (steps.length > 0) {
    out.push('');
    for (const s of steps) out.push(`  ${s}`);
  }
  if (j) {
    out.push('');
    out.push(w.journal({ file: `${j.target}/${'.go-doctor-relocate.json'}`, state: j.state }));
    for (const m of j.moves) out.push(`  ${m.var.padEnd(10)} ${m.phase.padEnd(11)} ${m.from} -> ${m.to}`);
  }
  if (problems.length > 0) {
    out.push('');
    out.push(w.problems);
    for (const p of problems) out.push(`  - ${p}`);
  }
  if (o.forUser.length > 0) {
    out.push('');
    out.push(w.forYou);
    for (const u of o.forUser) for (const l of u.lines) out.push(`  ${l}`);
    out.push(w.thenRerun);
  }
  return `${out.join('\n')}\n`;
}
