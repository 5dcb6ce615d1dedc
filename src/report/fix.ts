/**
 * go-doctor fix output: the plan (diffs, commands, directories, advice), what was applied, and what the
 * re-check in fresh shells found. Pure.
 */
import type { ApplyResult, UndoResult } from '../fix/apply.js';
import type { FixPlan, PlanEntry } from '../fix/plan.js';
import { redactLine } from '../fix/plan.js';

export interface Verified {
  finding: string;
  code: string;
  gone: boolean;
  /** Contexts (e.g. "zsh login") in which it is still found. */
  remainsIn: string[];
}

export interface FixReport {
  plan: FixPlan;
  findings: number;
  applied: boolean;
  apply?: ApplyResult;
  verified: Verified[];
  /** Contexts the re-check used, and those that failed to start. */
  contexts?: { label: string; error?: string }[];
  home: string;
  stateDir: string | null;
}

function tilde(p: string, home: string): string {
  return home !== '' && p.startsWith(`${home}/`) ? `~${p.slice(home.length)}` : p;
}

function redactDiff(diff: string): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('---') || l.startsWith('+++') || l.startsWith('@@') ? l : redactLine(l)))
    .join('\n');
}

export function renderFixJson(r: FixReport): string {
  const plan = r.plan.entries.map((e: PlanEntry) => {
    const o: Record<string, unknown> = { finding: e.finding, kind: e.kind, status: e.status };
    if (e.file !== undefined) o.file = e.file;
    if (e.command !== undefined) o.command = e.command;
    if (e.diff !== undefined) o.diff = redactDiff(e.diff);
    if (e.note !== undefined) o.note = e.note;
    return o;
  });
  const out: Record<string, unknown> = {
    plan,
    advice: r.plan.advice,
    shells: r.plan.shells,
    applied: r.applied,
    verified: r.verified,
  };
  if (r.apply) {
    out.errors = r.apply.errors;
    out.commands = r.apply.commands;
  }
  if (r.contexts) out.contexts = r.contexts;
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function renderFixText(r: FixReport): string {
  const out: string[] = [];
  const p = r.plan;
  const h = r.home;
  if (r.findings === 0) return 'go-doctor fix: nothing to fix.\n';
  const changes = p.files.length + p.commands.length + p.mkdirs.length;
  out.push(
    `go-doctor fix: ${r.findings} finding${r.findings === 1 ? '' : 's'} with fixes; ${changes} change${changes === 1 ? '' : 's'} planned${p.shells.length > 0 ? ` (shells: ${p.shells.join(', ')})` : ''}.`,
    '',
  );
  for (const e of p.entries) {
    if (e.status === 'advice' && e.kind === 'advice') continue;
    const what = e.file ? tilde(e.file, h) : e.command ? e.command : '';
    const status =
      e.status === 'done'
        ? 'nothing to change'
        : e.status === 'refused'
          ? 'REFUSED'
          : e.status === 'advice'
            ? 'see advice'
            : '';
    out.push(`  ${e.finding}: ${e.kind}${what ? ` → ${what}` : ''}${status ? ` (${status})` : ''}`);
    if (e.note) out.push(`      ${e.note}`);
  }
  if (p.files.length > 0) {
    out.push('', 'Files:');
    for (const f of p.files) {
      out.push(
        `  ${tilde(f.path, h)}${f.realPath !== f.path ? ` (a link; the edit goes to ${tilde(f.realPath, h)})` : ''}${f.before === null ? ' (new file)' : ''}`,
      );
      out.push(
        ...redactDiff(f.diff)
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`),
      );
    }
  }
  if (p.commands.length > 0) {
    out.push('', 'Commands:');
    for (const c of p.commands) {
      const tags = [
        c.irreversible ? 'undo cannot take it back' : c.file ? `undo restores ${tilde(c.file, h)}` : '',
        c.applyOnly ? 'runs only with --apply' : '',
        c.foreign ? 'plan only: not this operating system' : '',
      ].filter((x) => x !== '');
      out.push(`  ${c.display}${tags.length > 0 ? `   (${tags.join('; ')})` : ''}`);
      if (c.predicted?.diff)
        out.push(
          ...c.predicted.diff
            .trimEnd()
            .split('\n')
            .map((l) => `    ${redactLine(l)}`),
        );
    }
  }
  if (p.mkdirs.length > 0) {
    out.push('', 'Directories:');
    for (const m of p.mkdirs) out.push(`  mkdir -p ${tilde(m.path, h)}   (undo removes it if still empty)`);
  }
  if (p.advice.length > 0) {
    out.push('', 'Advice (go-doctor cannot do these for you):');
    for (const a of p.advice) out.push(`  - ${a.finding}: ${a.text}`);
  }
  out.push('');
  if (!r.applied) {
    out.push(
      changes > 0
        ? 'Nothing was changed. Run "go-doctor fix --apply" to make these changes.'
        : 'Nothing to change automatically.',
    );
    return `${out.join('\n')}\n`;
  }
  const a = r.apply;
  if (a) {
    if (a.written.length > 0) out.push(`Written: ${a.written.map((x) => tilde(x, h)).join(', ')}`);
    for (const c of a.commands)
      out.push(
        `${c.skipped ? 'Skipped' : c.ok ? 'Ran' : 'Failed'}: ${c.display}${c.skipped ? ` (${c.skipped})` : ''}`,
      );
    if (a.dirs.length > 0) out.push(`Created: ${a.dirs.map((x) => tilde(x, h)).join(', ')}`);
    for (const e of a.errors) out.push(`Error: ${e}`);
    if (a.journal && r.stateDir)
      out.push(`Backups and journal in ${tilde(r.stateDir, h)}; "go-doctor fix --undo" restores the files.`);
  }
  if (r.contexts && r.contexts.length > 0) {
    out.push(
      '',
      `Re-checked in: ${r.contexts.map((c) => c.label + (c.error ? ` (${c.error})` : '')).join(', ')}`,
    );
  }
  for (const v of r.verified)
    out.push(
      v.gone
        ? `  fixed: ${v.finding}`
        : `  still found: ${v.finding}${v.remainsIn.length > 0 ? ` (in ${v.remainsIn.join(', ')})` : ''}`,
    );
  out.push(
    '',
    'Open a new terminal (or log in again) to get the new settings; this shell keeps its environment.',
  );
  return `${out.join('\n')}\n`;
}

export function renderUndoText(u: UndoResult, home: string): string {
  if (!u.ok) return `go-doctor fix --undo: ${u.refused ?? 'nothing done'}\n`;
  const out: string[] = ['go-doctor fix --undo: the last applied plan is undone.'];
  if (u.restored.length > 0) out.push(`Restored: ${u.restored.map((x) => tilde(x, home)).join(', ')}`);
  if (u.removed.length > 0)
    out.push(`Removed (go-doctor created them): ${u.removed.map((x) => tilde(x, home)).join(', ')}`);
  if (u.dirsRemoved.length > 0)
    out.push(`Directories removed: ${u.dirsRemoved.map((x) => tilde(x, home)).join(', ')}`);
  if (u.dirsKept.length > 0)
    out.push(`Directories kept (not empty): ${u.dirsKept.map((x) => tilde(x, home)).join(', ')}`);
  if (u.irreversible.length > 0) out.push(`Not undone (cannot be): ${u.irreversible.join('; ')}`);
  return `${out.join('\n')}\n`;
}
