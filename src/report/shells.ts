/**
 * `go-doctor shells` output: the matrix of shell contexts, where Go is set, and the differences that
 * matter (text), or the JSON contract. Pure.
 */
import { styleText } from 'node:util';
import { contextLabel, MATRIX_VARS, type ShellsReport } from '../shells/differences.js';
import { MODE_LABEL } from '../shells/startup.js';

type Style = Parameters<typeof styleText>[0];

export interface ShellsTextOptions {
  color: boolean;
  home: string;
  /** Shown when the shells were not run (a facts file). */
  note?: string;
}

/** The JSON contract: { contexts, assignments, differences }. */
export function renderShellsJson(r: ShellsReport): string {
  return `${JSON.stringify({ contexts: r.contexts, assignments: r.assignments, differences: r.differences }, null, 2)}\n`;
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function renderShellsText(r: ShellsReport, o: ShellsTextOptions): string {
  const paint = (style: Style, text: string) =>
    o.color ? styleText(style, text, { validateStream: false }) : text;
  const tilde = (p: string) =>
    o.home !== '' && p.startsWith(`${o.home}/`) ? `~${p.slice(o.home.length)}` : p;
  const out: string[] = [];
  if (o.note) out.push(paint('dim', o.note), '');
  // Only the variable columns some context has.
  const vars = MATRIX_VARS.filter((v) => r.contexts.some((c) => c.env[v] !== undefined));
  const header = ['SHELL', 'MODE', 'GO', 'VERSION', ...vars, 'PATH (Go entries)', 'MS'];
  const rows = r.contexts.map((c) => [
    c.shell,
    c.mode === 'minimal' ? 'minimal (env -i)' : MODE_LABEL[c.mode],
    c.error && !c.error.startsWith('go version failed') ? 'ERROR' : c.go ? clip(tilde(c.go), 40) : '-',
    c.goVersion ?? (c.go ? '?' : '-'),
    ...vars.map((v) => clip(tilde(c.env[v] ?? '-'), 32)),
    clip((c.env.PATH ?? '-').split(':').map(tilde).join(':'), 48),
    String(c.ms),
  ]);
  if (rows.length > 0) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    out.push(paint('bold', line(header)));
    r.contexts.forEach((c, i) => {
      const text = line(rows[i] ?? []);
      out.push(c.error && !c.error.startsWith('go version failed') ? paint('red', text) : text);
    });
    const errs = r.contexts.filter((c) => c.error);
    for (const c of errs) out.push(paint('dim', `  ${contextLabel(c)}: ${c.error}`));
    out.push('');
  }
  out.push(paint('bold', 'Where the startup files set Go'));
  if (r.assignments.length === 0) out.push('  (nothing Go-related in the startup files)');
  for (const a of r.assignments) out.push(`  ${tilde(a.file)}:${a.line}  ${a.var}  ${clip(a.value, 80)}`);
  out.push('');
  const real = r.differences.filter((d) => d.kind !== 'where-to-set');
  out.push(paint('bold', real.length === 0 ? 'No differences that matter.' : 'Differences that matter'));
  for (const d of r.differences) {
    const mark = d.kind === 'where-to-set' ? paint('cyan', '→') : paint('yellow', '!');
    out.push(`${mark} ${d.message}`);
    if (
      d.sources &&
      d.sources.length > 0 &&
      d.kind !== 'missing-path' &&
      d.kind !== 'conflict' &&
      d.kind !== 'duplicate'
    )
      out.push(paint('dim', `    set at ${d.sources.join(', ')}`));
    if (d.fix) for (const l of d.fix.split('\n')) out.push(paint('dim', `    ${l}`));
  }
  return `${out.join('\n')}\n`;
}
