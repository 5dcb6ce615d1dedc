/** go-doctor diff as text and JSON. Pure. */
import type { DiffResult } from '../core/diff.js';

const SOURCE: Record<string, string> = {
  env: 'environment',
  envfile: 'go env -w',
  goroot: '$GOROOT/go.env',
  default: 'default',
};

export function renderDiffText(d: DiffResult): string {
  const out: string[] = [`Comparing ${d.machines.length} machines: ${d.machines.join(', ')}`, ''];
  if (d.rows.length === 0) out.push('No Go-relevant differences.');
  for (const r of d.rows) {
    out.push(`${r.name}${r.oddOneOut.length ? `  (odd one out: ${r.oddOneOut.join(', ')})` : ''}`);
    for (const g of r.groups) {
      const src = g.sources.length ? ` [${g.sources.map((s) => SOURCE[s] ?? s).join(', ')}]` : '';
      out.push(`  ${JSON.stringify(g.value)}${src}: ${g.machines.join(', ')}`);
    }
  }
  if (d.same.length > 0) out.push('', `Equal everywhere: ${d.same.join(', ')}`);
  return `${out.join('\n')}\n`;
}

export function renderDiffJson(d: DiffResult): string {
  return `${JSON.stringify({ schemaVersion: 1, ...d }, null, 2)}\n`;
}
