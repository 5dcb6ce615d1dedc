/**
 * go-doctor du's reports: text for people, JSON for scripts, and a Markdown sizes section. Pure functions
 * of the view (sizes, volumes, cleanups) and the report of the disk checks (findings, in the user's
 * language). The other formats (sarif, junit, github) are the check report's own (src/report/render.ts).
 */
import { styleText } from 'node:util';
import { type Cleanup, type DuView, formatBytes, freeShare } from '../core/du.js';
import type { DuVolume } from '../core/facts.js';
import { type Lang, localizer } from '../i18n/index.js';
import { mdEscape } from './markdown.js';
import type { CheckReport } from './model.js';

export interface DuTextOptions {
  color: boolean;
  ascii: boolean;
  lang?: Lang;
}

type Words = ReturnType<typeof localizer>['ui']['du'];

function files(n: number, w: Words): string {
  return `${n.toLocaleString('en-US').padStart(9)} ${w.files(n)}`;
}

function vol(v: DuVolume | null, w: Words): string {
  if (!v) return w.volumeUnknown;
  return w.freeOf({
    path: v.path,
    free: formatBytes(v.free),
    total: formatBytes(v.total),
    share: freeShare(v),
  });
}

/** A cleanup's note in the words' language. */
export function cleanupNote(c: Cleanup, w: Words): string {
  const n = w.cleanupNotes;
  if (c.key === 'modcache')
    return n.modcache({ toolchains: c.toolchains ? formatBytes(c.toolchains) : null });
  return n[c.key];
}

export function renderDuText(view: DuView, report: CheckReport, options: DuTextOptions): string {
  const w = localizer(options.lang).ui.du;
  const paint = (style: Parameters<typeof styleText>[0], s: string): string =>
    options.color ? styleText(style, s, { validateStream: false }) : s;
  const lines: string[] = [];
  if (view.locations.length === 0) lines.push(w.nothing);
  const width = Math.max(0, ...view.locations.map((l) => l.var.length));
  for (const l of view.locations) {
    const size = l.exists ? `${formatBytes(l.bytes).padStart(10)}  ${files(l.files, w)}` : `   ${w.missing}`;
    lines.push(`${paint('bold', l.var.padEnd(width))}  ${size}  ${l.path}`);
    const notes: string[] = [w.volume({ volume: vol(l.volume, w) })];
    if (l.excluded && l.excluded.length > 0) notes.push(w.notCounting({ parts: l.excluded }));
    if (l.errorCount > 0) notes.push(w.unreadable(l.errorCount));
    lines.push(`${' '.repeat(width)}  ${paint('dim', notes.join(w.notesSep))}`);
    for (const p of l.parts ?? []) {
      lines.push(
        `${' '.repeat(width)}  ${options.ascii ? '-' : '·'} ${p.name.padEnd(10)} ${formatBytes(p.bytes).padStart(10)}  ${files(p.files, w)}`,
      );
    }
  }
  if (view.volumes.length > 0) {
    lines.push('', paint('bold', w.volumes));
    for (const v of view.volumes) lines.push(`  ${vol(v, w)}${v.system ? w.system : ''}`);
  }
  if (view.cleanups.length > 0) {
    lines.push('', paint('bold', w.cleanup));
    const cw = Math.max(...view.cleanups.map((c) => c.command.length));
    for (const c of view.cleanups) {
      lines.push(
        `  ${c.command.padEnd(cw)}  ${w.frees} ${formatBytes(c.reclaims).padStart(9)}  ${paint('dim', cleanupNote(c, w))}`,
      );
    }
  }
  lines.push('');
  if (report.findings.length === 0) {
    lines.push(
      w.noFindings({
        minFree: w.minFree({
          percent: view.thresholds.minFree.percent ?? null,
          bytes:
            view.thresholds.minFree.bytes !== undefined ? formatBytes(view.thresholds.minFree.bytes) : null,
        }),
        maxCache: formatBytes(view.thresholds.maxCache),
      }),
    );
  } else {
    lines.push(paint('bold', w.findings));
    for (const f of report.findings) {
      const mark = f.severity === 'warning' ? (options.ascii ? '!' : '⚠') : options.ascii ? 'i' : 'ℹ';
      lines.push(`  ${paint(f.severity === 'warning' ? 'yellow' : 'cyan', mark)} ${f.message} [${f.id}]`);
      if (f.why) lines.push(`    ${paint('dim', f.why)}`);
      for (const x of f.fixes) lines.push(`      ${x.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * { "locations": [ { "var", "path", "bytes", "files", "volume": { "path", "free", "total" }, … } ],
 *   "volumes", "thresholds", "findings": [ { "id", "code", "severity", "message", "why"?, "fix", "data" } ],
 *   "cleanups" }
 */
export function renderDuJson(view: DuView, report: CheckReport): string {
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
    findings: report.findings.map((f) => ({
      id: f.id,
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...(f.why ? { why: f.why } : {}),
      vars: f.vars,
      fix: f.fixes.map((x) => x.text),
      fixes: f.fixes.map((x) => x.fix),
      data: f.data,
    })),
    cleanups: view.cleanups.map((c) => ({ command: c.command, reclaims: c.reclaims, note: c.note })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The sizes, volumes and cleanups as Markdown, to follow the findings in a bug report. */
export function renderDuMarkdown(view: DuView, lang?: Lang): string {
  const w = localizer(lang).ui.du;
  const out: string[] = [w.mdHeading, ''];
  if (view.locations.length === 0) out.push(mdEscape(w.nothing), '');
  else {
    out.push(w.mdColumns, '|---|---:|---:|---|---|');
    for (const l of view.locations) {
      const free = l.volume
        ? `${formatBytes(l.volume.free)}${freeShare(l.volume)} (\`${l.volume.path.replace(/`/g, '')}\`)`
        : '';
      out.push(
        `| ${mdEscape(l.var)} | ${l.exists ? formatBytes(l.bytes) : mdEscape(w.missing)} | ${l.exists ? l.files : ''} | \`${l.path.replace(/`/g, '')}\` | ${free} |`,
      );
    }
    out.push('');
  }
  if (view.volumes.length > 0) {
    out.push(w.mdVolumes, '', w.mdVolumeColumns, '|---|---:|---:|');
    for (const v of view.volumes)
      out.push(
        `| \`${v.path.replace(/`/g, '')}\`${v.system ? mdEscape(w.system) : ''} | ${formatBytes(v.free)}${freeShare(v)} | ${formatBytes(v.total)} |`,
      );
    out.push('');
  }
  if (view.cleanups.length > 0) {
    out.push(w.mdCleanup, '');
    for (const c of view.cleanups)
      out.push(`- \`${c.command}\`: ${formatBytes(c.reclaims)}. ${mdEscape(cleanupNote(c, w))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
