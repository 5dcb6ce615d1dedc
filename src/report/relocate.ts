/**
 * go-doctor relocate: the plan and the outcome as text or JSON. Pure.
 */
import type { Fix } from '../core/fix.js';
import type { Journal } from '../relocate/journal.js';
import { fmtBytes, type Move, type RelocatePlan, SPACE_MARGIN } from '../relocate/plan.js';
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

function sourceText(m: Move): string {
  switch (m.source) {
    case 'env':
      return 'set in the environment';
    case 'envfile':
      return 'set with go env -w';
    case 'goroot':
      return 'set in $GOROOT/go.env';
    default:
      return `default${m.derivation ? ` (${m.derivation})` : ''}`;
  }
}

function sizeText(plan: RelocatePlan, m: Move): string {
  const s = plan.sizes[m.var];
  if (!s) return 'size not measured';
  if (!s.exists) return 'does not exist yet';
  return `${fmtBytes(s.bytes)}, ${s.files} files${s.links > 0 ? `, ${s.links} links` : ''}`;
}

export interface PlanTextOptions {
  shell: ShellName;
  /** Heading: plan (nothing changed) by default. */
  heading?: string;
}

export function renderPlanText(plan: RelocatePlan, opts: PlanTextOptions): string {
  const out: string[] = [];
  const shell = relocateShell(plan.os, opts.shell);
  out.push(opts.heading ?? 'go-doctor relocate: plan (nothing has been changed; --apply carries it out)');
  out.push('');
  const space =
    plan.needBytes === null
      ? 'sizes not measured'
      : `needs about ${fmtBytes(plan.needBytes)}${plan.targetFree === null ? '' : `, ${fmtBytes(plan.targetFree)} free`}`;
  out.push(`Target: ${plan.target} (${space})`);
  out.push('');
  for (const m of plan.moves) {
    out.push(`  ${m.var.padEnd(10)} ${m.from}`);
    out.push(`  ${''.padEnd(10)} -> ${m.to}`);
    const where = m.within ? `moves with ${m.within}` : sizeText(plan, m);
    out.push(`  ${''.padEnd(10)}    ${where}; now ${sourceText(m)}`);
    if (m.fixes.length === 0)
      out.push(`  ${''.padEnd(10)}    setting: none needed (follows ${m.within ?? 'GOPATH'})`);
    for (const f of m.fixes) {
      const how = f.kind === 'go-env-w' || f.kind === 'go-env-u' ? 'go-doctor runs' : 'you run';
      for (const line of renderUserFix(f, shell, plan.os)) out.push(`  ${''.padEnd(10)}    ${how}: ${line}`);
    }
  }
  if (plan.pathFixes.length > 0) {
    out.push('');
    out.push(`PATH: the install directory moves from ${plan.installDir.from} to ${plan.installDir.to}:`);
    for (const f of plan.pathFixes)
      for (const line of renderUserFix(f, shell, plan.os)) out.push(`  ${line}`);
  }
  const groups: [string, string][] = [
    ['refuse', 'Refused'],
    ['warning', 'Warnings'],
    ['info', 'Notes'],
  ];
  for (const [level, title] of groups) {
    const ns = plan.notes.filter((n) => n.level === level);
    if (ns.length === 0) continue;
    out.push('');
    out.push(`${title}:`);
    for (const n of ns) out.push(`  - ${n.message}`);
  }
  out.push('');
  if (plan.refused) out.push('Nothing can be moved until the refusals above are resolved.');
  else
    out.push(
      'With --apply: copy, verify (sizes, file counts, go env, a build served from the moved cache), switch, then remove the old copies (--keep-old keeps them).',
    );
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
    notes: plan.notes,
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

const STATUS_TEXT: Record<string, string> = {
  done: 'done',
  waiting: 'waiting for you',
  failed: 'stopped',
  refused: 'refused',
};

export function renderOutcomeText(mode: string, o: OutcomeView, j: Journal | null): string {
  const out: string[] = [];
  out.push(`go-doctor relocate ${mode}: ${STATUS_TEXT[o.status] ?? o.status}`);
  if (o.steps.length > 0) {
    out.push('');
    for (const s of o.steps) out.push(`  ${s}`);
  }
  if (j) {
    out.push('');
    out.push(`Journal ${j.target}/${'.go-doctor-relocate.json'} (${j.state}):`);
    for (const m of j.moves) out.push(`  ${m.var.padEnd(10)} ${m.phase.padEnd(11)} ${m.from} -> ${m.to}`);
  }
  if (o.problems.length > 0) {
    out.push('');
    out.push('Problems:');
    for (const p of o.problems) out.push(`  - ${p}`);
  }
  if (o.forUser.length > 0) {
    out.push('');
    out.push('For you to apply (go-doctor does not change your shell startup files or environment yet):');
    for (const u of o.forUser) for (const l of u.lines) out.push(`  ${l}`);
    out.push(
      'Then open a new shell and rerun the same command with --apply; the old copies stay until then.',
    );
  }
  return `${out.join('\n')}\n`;
}
