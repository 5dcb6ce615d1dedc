/**
 * `go-doctor shells` output: the matrix of shell contexts, where Go is set, and the differences that
 * matter (text), or the JSON contract. Pure.
 */
import { styleText } from 'node:util';
import { type Lang, localizer } from '../i18n/index.js';
import { MATRIX_VARS, type ShellsReport } from '../shells/differences.js';
import { displayWidth, padEndDisplay } from './width.js';

type Style = Parameters<typeof styleText>[0];

export interface ShellsTextOptions {
  color: boolean;
  home: string;
  /** Shown when the shells were not run (a facts file). */
  note?: string;
  /** Language of the text (default English; load it first with loadLang). */
  lang?: Lang;
}

/** The JSON contract: { contexts, assignments, differences }. */
export function renderShellsJson(r: ShellsReport): string {
  // The contract's difference fields only: text and fixData are the same sentences as data.
  const differences = r.differences.map(({ text: _t, fixData: _f, ...d }) => d);
  return `${JSON.stringify({ contexts: r.contexts, assignments: r.assignments, differences }, null, 2)}\n`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function renderShellsText(r: ShellsReport, o: ShellsTextOptions): string {
  const paint = (style: Style, text: string) =>
    o.color ? styleText(style, text, { validateStream: false }) : text;
  const tilde = (p: string) =>
    o.home !== '' && p.startsWith(`${o.home}/`) ? `~${p.slice(o.home.length)}` : p;
  const w = localizer(o.lang).ui.shells;
  const out: string[] = [];
  if (o.note) out.push(paint('dim', o.note), '');
  // Only the variable columns some context has.
  const vars = MATRIX_VARS.filter((v) => r.contexts.some((c) => c.env[v] !== undefined));
  const header = w.columns({ vars });
  const rows = r.contexts.map((c) => [
    c.shell,
    w.modes[c.mode],
    c.error && !c.error.startsWith('go version failed') ? w.error : c.go ? clip(tilde(c.go), 40) : '-',
    c.goVersion ?? (c.go ? '?' : '-'),
    ...vars.map((v) => clip(tilde(c.env[v] ?? '-'), 32)),
    clip((c.env.PATH ?? '-').split(':').map(tilde).join(':'), 48),
    String(c.ms),
  ]);
  if (rows.length > 0) {
    const widths = header.map((h, i) =>
      Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i] ?? ''))),
    );
    const line = (cells: string[]) =>
      cells
        .map((c, i) =>
          i === cells.length - 1
            ? ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c))) + c
            : padEndDisplay(c, widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd();
    out.push(paint('bold', line(header)));
    r.contexts.forEach((c, i) => {
      const text = line(rows[i] ?? []);
      out.push(c.error && !c.error.startsWith('go version failed') ? paint('red', text) : text);
    });
    const errs = r.contexts.filter((c) => c.error);
    for (const c of errs) out.push(paint('dim', `  ${w.context(c)}: ${w.contextError(c.error ?? '')}`));
    out.push('');
  }
  out.push(paint('bold', w.whereSet));
  if (r.assignments.length === 0) out.push(w.nothingSet);
  for (const a of r.assignments) out.push(`  ${tilde(a.file)}:${a.line}  ${a.var}  ${clip(a.value, 80)}`);
  out.push('');
  const real = r.differences.filter((d) => d.kind !== 'where-to-set');
  out.push(paint('bold', real.length === 0 ? w.noDifferences : w.differences));
  for (const d of r.differences) {
    const mark = d.kind === 'where-to-set' ? paint('cyan', '→') : paint('yellow', '!');
    out.push(`${mark} ${d.text ? w.difference(d.text) : d.message}`);
    if (
      d.sources &&
      d.sources.length > 0 &&
      d.kind !== 'missing-path' &&
      d.kind !== 'conflict' &&
      d.kind !== 'duplicate'
    )
      out.push(paint('dim', w.setAt({ sources: d.sources })));
    const fix = d.fixData ? w.fix(d.fixData) : d.fix;
    if (fix) for (const l of fix.split('\n')) out.push(paint('dim', `    ${l}`));
  }
  return `${out.join('\n')}\n`;
}
