/**
 * go-doctor fix output: the plan (diffs, commands, directories, advice), what was applied, and what the
 * re-check in fresh shells found. Pure.
 */
import type { ApplyResult, UndoResult } from '../fix/apply.js';
import type { FixPlan, PlanEntry } from '../fix/plan.js';
import { redactLine } from '../fix/plan.js';
import type { FixSay } from '../fix/say.js';
import type { Ui } from '../i18n/en/ui.js';
import { type Lang, localizer } from '../i18n/index.js';

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
    advice: r.plan.advice.map(({ finding, text }) => ({ finding, text })),
    shells: r.plan.shells,
    applied: r.applied,
    verified: r.verified,
  };
  if (r.apply) {
    out.errors = r.apply.errors;
    out.commands = r.apply.commands.map(({ skippedSay: _s, ...c }) => c);
  }
  if (r.contexts) out.contexts = r.contexts;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** An undo result as JSON (the data forms of its sentences left out). */
export function renderUndoJson(u: UndoResult): string {
  const { refusedSay: _s, ...rest } = u;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

type Words = Ui['fixReport'];

/** What a plan entry or an advice item says, in the chosen language. */
function said(
  w: Words,
  says: readonly FixSay[] | undefined,
  english: string | undefined,
): string | undefined {
  if (!says || says.length === 0) return english;
  return w.join(says.map(w.say));
}

export interface FixTextOptions {
  /** Language of the text (default English; load it first with loadLang). */
  lang?: Lang;
}

export function renderFixText(r: FixReport, options: FixTextOptions = {}): string {
  const w = localizer(options.lang).ui.fixReport;
  const out: string[] = [];
  const p = r.plan;
  const h = r.home;
  if (r.findings === 0) return `${w.nothing}\n`;
  const changes = p.files.length + p.commands.length + p.mkdirs.length;
  out.push(w.summary({ findings: r.findings, changes, shells: p.shells }), '');
  for (const e of p.entries) {
    if (e.status === 'advice' && e.kind === 'advice') continue;
    const what = e.file ? tilde(e.file, h) : e.command ? e.command : '';
    const status = w.status[e.status] ?? '';
    out.push(`  ${e.finding}: ${e.kind}${what ? ` → ${what}` : ''}${status ? w.statusTag({ status }) : ''}`);
    const note = said(w, e.says, e.note);
    if (note) out.push(`      ${note}`);
  }
  if (p.files.length > 0) {
    out.push('', w.files);
    for (const f of p.files) {
      out.push(
        `  ${tilde(f.path, h)}${f.realPath !== f.path ? w.link({ target: tilde(f.realPath, h) }) : ''}${f.before === null ? w.newFile : ''}`,
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
    out.push('', w.commands);
    for (const c of p.commands) {
      const tags = [
        c.irreversible ? w.tags.irreversible : c.file ? w.tags.restores({ file: tilde(c.file, h) }) : '',
        c.applyOnly ? w.tags.applyOnly : '',
        c.foreign ? w.tags.foreign : '',
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
    out.push('', w.directories);
    for (const m of p.mkdirs) out.push(`  mkdir -p ${tilde(m.path, h)}   ${w.mkdirTag}`);
  }
  if (p.advice.length > 0) {
    out.push('', w.advice);
    for (const a of p.advice) out.push(`  - ${a.finding}: ${said(w, [a.say], a.text)}`);
  }
  out.push('');
  if (!r.applied) {
    out.push(changes > 0 ? w.notChanged : w.nothingAutomatic);
    return `${out.join('\n')}\n`;
  }
  const a = r.apply;
  if (a) {
    if (a.written.length > 0) out.push(w.written({ files: a.written.map((x) => tilde(x, h)) }));
    for (const c of a.commands) {
      const skipped = c.skippedSay ? w.applied(c.skippedSay) : c.skipped;
      out.push(
        `${c.skipped ? w.ran.skipped : c.ok ? w.ran.ok : w.ran.failed}: ${c.display}${c.skipped ? ` (${skipped})` : ''}`,
      );
    }
    if (a.dirs.length > 0) out.push(w.created({ dirs: a.dirs.map((x) => tilde(x, h)) }));
    a.errors.forEach((e, i) => {
      const say = a.errorSays[i];
      out.push(w.error({ error: say ? w.applied(say) : e }));
    });
    if (a.journal && r.stateDir) out.push(w.backups({ dir: tilde(r.stateDir, h) }));
  }
  if (r.contexts && r.contexts.length > 0) {
    out.push(
      '',
      w.recheckedIn({
        contexts: r.contexts.map((c) => w.label(c.label) + (c.error ? ` (${w.contextError(c.error)})` : '')),
      }),
    );
  }
  for (const v of r.verified)
    out.push(
      v.gone
        ? w.fixed({ finding: v.finding })
        : w.stillFound({ finding: v.finding, contexts: v.remainsIn.map(w.label) }),
    );
  out.push('', w.newTerminal);
  return `${out.join('\n')}\n`;
}

export function renderUndoText(u: UndoResult, home: string, options: FixTextOptions = {}): string {
  const w = localizer(options.lang).ui.fixReport;
  if (!u.ok)
    return `${w.undoPrefix({ text: u.refusedSay ? w.applied(u.refusedSay) : (u.refused ?? w.undoNothing) })}\n`;
  const out: string[] = [w.undone];
  if (u.restored.length > 0) out.push(w.restored({ files: u.restored.map((x) => tilde(x, home)) }));
  if (u.removed.length > 0) out.push(w.removed({ files: u.removed.map((x) => tilde(x, home)) }));
  if (u.dirsRemoved.length > 0) out.push(w.dirsRemoved({ dirs: u.dirsRemoved.map((x) => tilde(x, home)) }));
  if (u.dirsKept.length > 0) out.push(w.dirsKept({ dirs: u.dirsKept.map((x) => tilde(x, home)) }));
  if (u.irreversible.length > 0) out.push(w.irreversible({ commands: u.irreversible }));
  return `${out.join('\n')}\n`;
}
