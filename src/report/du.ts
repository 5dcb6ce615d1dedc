/** go-doctor du's reports: text for people, JSON for scripts. Pure functions of the view. */
import { styleText } from 'node:util';
import { type DuView, describeMinFree, formatBytes } from '../core/du.js';
import type { DuVolume } from '../core/facts.js';

export interface DuTextOptions {
  color: boolean;
  ascii: boolean;
}

function files(n: number): string {
  return `${n.toLocaleString('en-US').padStart(9)} ${n === 1 ? 'file ' : 'files'}`;
}

function vol(v: DuVolume | null): string {
  if (!v) return 'volume unknown';
  const share = v.total > 0 ? ` (${Math.round((v.free / v.total) * 100)}%)` : '';
  return `${v.path}: ${formatBytes(v.free)} free of ${formatBytes(v.total)}${share}`;
}

export function renderDuText(view: DuView, options: DuTextOptions): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string): string =>
    options.color ? styleText(style, s, { validateStream: false }) : s;
  const lines: string[] = [];
  if (view.locations.length === 0) {
    lines.push(
      'No Go cache or GOPATH location to measure (GOCACHE, GOMODCACHE and GOPATH are unset or off).',
    );
  }
  const width = Math.max(0, ...view.locations.map((l) => l.var.length));
  for (const l of view.locations) {
    const size = l.exists ? `${formatBytes(l.bytes).padStart(10)}  ${files(l.files)}` : '   (missing)';
    lines.push(`${paint('bold', l.var.padEnd(width))}  ${size}  ${l.path}`);
    const notes: string[] = [`volume ${vol(l.volume)}`];
    if (l.excluded && l.excluded.length > 0) notes.push(`not counting ${l.excluded.join(', ')}`);
    if (l.errorCount > 0) notes.push(`${l.errorCount} unreadable`);
    lines.push(`${' '.repeat(width)}  ${paint('dim', notes.join('; '))}`);
    for (const p of l.parts ?? []) {
      lines.push(
        `${' '.repeat(width)}  ${options.ascii ? '-' : '·'} ${p.name.padEnd(10)} ${formatBytes(p.bytes).padStart(10)}  ${files(p.files)}`,
      );
    }
  }
  if (view.volumes.length > 0) {
    lines.push('', paint('bold', 'Volumes'));
    for (const v of view.volumes) lines.push(`  ${vol(v)}${v.system ? ' [system]' : ''}`);
  }
  if (view.cleanups.length > 0) {
    lines.push('', paint('bold', 'Cleanup'));
    const w = Math.max(...view.cleanups.map((c) => c.command.length));
    for (const c of view.cleanups) {
      lines.push(
        `  ${c.command.padEnd(w)}  frees ${formatBytes(c.reclaims).padStart(9)}  ${paint('dim', c.note)}`,
      );
    }
  }
  lines.push('');
  if (view.findings.length === 0) {
    lines.push(
      `No findings (--min-free ${describeMinFree(view.thresholds.minFree)}, --max-cache ${formatBytes(view.thresholds.maxCache)}).`,
    );
  } else {
    lines.push(paint('bold', 'Findings'));
    for (const f of view.findings) {
      const mark = f.severity === 'warning' ? (options.ascii ? '!' : '⚠') : options.ascii ? 'i' : 'ℹ';
      lines.push(`  ${paint(f.severity === 'warning' ? 'yellow' : 'cyan', mark)} ${f.message} [${f.id}]`);
      for (const cmd of f.fix) lines.push(`      ${cmd}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** { "locations": [ { "var", "path", "bytes", "files", "volume": { "path", "free", "total" }, … } ], … } */
export function renderDuJson(view: DuView): string {
  const out = {
    locations: view.locations.map((l) => ({
      var: l.var,
      path: l.path,
      exists: l.exists,
      bytes: l.bytes,
      files: l.files,
      dirs: l.dirs,
      links: l.links,
      errorCount: l.errorCount,
      errors: l.errors,
      ...(l.parts
        ? { parts: l.parts.map((p) => ({ name: p.name, paths: p.paths, bytes: p.bytes, files: p.files })) }
        : {}),
      ...(l.excluded ? { excluded: l.excluded } : {}),
      volume: l.volume ? { path: l.volume.path, free: l.volume.free, total: l.volume.total } : null,
    })),
    volumes: view.volumes,
    thresholds: view.thresholds,
    findings: view.findings,
    cleanups: view.cleanups,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
