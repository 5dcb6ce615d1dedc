/** go-doctor diff as text and JSON. Pure. */
import type { DiffResult } from '../core/diff.js';
import { type Lang, localizer } from '../i18n/index.js';

export function renderDiffText(d: DiffResult, lang?: Lang): string {
  const w = localizer(lang).ui.diff;
  const out: string[] = [w.comparing({ n: d.machines.length, machines: d.machines }), ''];
  if (d.rows.length === 0) out.push(w.none);
  for (const r of d.rows) {
    out.push(
      `${w.names[r.name] ?? r.name}${r.oddOneOut.length ? w.oddOneOut({ machines: r.oddOneOut }) : ''}`,
    );
    for (const g of r.groups) {
      const src = g.sources.length ? ` [${g.sources.map((s) => w.sources[s] ?? s).join(', ')}]` : '';
      out.push(`  ${w.value(g.value)}${src}: ${g.machines.join(', ')}`);
    }
  }
  if (d.same.length > 0) out.push('', w.same({ names: d.same.map((n) => w.names[n] ?? n) }));
  return `${out.join('\n')}\n`;
}

export function renderDiffJson(d: DiffResult): string {
  return `${JSON.stringify({ schemaVersion: 1, ...d }, null, 2)}\n`;
}
