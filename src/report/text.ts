/**
 * The human report, in the manner of flutter doctor: one line per group with a status glyph, the findings
 * under it with why and how to fix, and a summary line. Pure: colour is decided by the caller.
 */
import { styleText } from 'node:util';
import { GROUPS, type GroupId, type Severity } from '../core/check.js';
import type { Finding } from '../core/findings.js';
import type { Ui } from '../i18n/en/ui.js';
import { type Lang, localizer } from '../i18n/index.js';
import type { CheckReport } from './model.js';

type Style = Parameters<typeof styleText>[0];

export interface TextOptions {
  color: boolean;
  verbose: boolean;
  /** Use ASCII glyphs (for terminals without UTF-8). */
  ascii?: boolean;
  /** Language of the fixed words (findings are localized when the report is built). */
  lang?: Lang;
}

const GLYPHS = {
  unicode: { pass: '✓', error: '✗', warning: '!', info: 'i', skipped: '-', crashed: '☠' },
  ascii: { pass: 'ok', error: 'X', warning: '!', info: 'i', skipped: '-', crashed: '#' },
};

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

function painter(color: boolean) {
  return (style: Style, text: string): string =>
    color ? styleText(style, text, { validateStream: false }) : text;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l, i) => (i === 0 ? l : `${prefix}${l}`))
    .join('\n');
}

export function renderText(report: CheckReport, options: TextOptions): string {
  const paint = painter(options.color);
  const g = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const loc = localizer(options.lang);
  const t = loc.ui;
  const w = t.text;
  const lines: string[] = [];

  const go = report.go;
  const head = go
    ? `${go.version ?? w.versionUnknown} ${report.os}/${report.arch} · ${go.path}`
    : `${w.noGo} · ${report.os}/${report.arch}`;
  lines.push(`${paint('bold', `go-doctor ${report.tool.version}`)} · ${head}`);
  const tc = report.toolchain;
  let tcLine = w.inDir({ cwd: report.cwd });
  if (tc.mode !== 'none' && go) {
    const setting = tc.setting === '' ? w.gotoolchainUnset : `GOTOOLCHAIN=${tc.setting}`;
    const what =
      tc.outcome === 'local'
        ? w.runsLocal({ version: go.version ?? 'go' })
        : tc.outcome === 'path'
          ? w.switchesPath({ toolchain: String(tc.toolchain) })
          : tc.outcome === 'download'
            ? w.switchesDownload({ toolchain: String(tc.toolchain) })
            : w.cannotSelect;
    tcLine += ` · ${setting}: ${what}`;
  }
  lines.push(paint('dim', tcLine));
  if (report.origin) lines.push(paint('dim', w.factsFrom({ origin: report.origin })));
  lines.push('');

  const groups = (Object.keys(GROUPS) as GroupId[]).sort((a, b) => GROUPS[a].order - GROUPS[b].order);
  for (const gid of groups) {
    const results = report.results.filter((r) => r.group === gid);
    if (results.length === 0) continue;
    const findings = report.findings.filter((f) => f.group === gid);
    const crashed = results.filter((r) => r.status === 'crashed');
    const worst: Severity | null = findings.some((f) => f.severity === 'error')
      ? 'error'
      : findings.some((f) => f.severity === 'warning')
        ? 'warning'
        : findings.length > 0
          ? 'info'
          : null;
    const glyph =
      worst !== null
        ? paint(SEVERITY_STYLE[worst], `[${g[worst]}]`)
        : crashed.length > 0
          ? paint('magenta', `[${g.crashed}]`)
          : paint('green', `[${g.pass}]`);
    lines.push(`${glyph} ${paint('bold', t.groups[gid] ?? GROUPS[gid].title)}`);
    for (const f of findings) lines.push(...renderFinding(f, paint, g, w.fix));
    for (const r of crashed) {
      lines.push(
        `    ${paint('magenta', g.crashed)} ${w.crashed({ id: r.id, crash: r.crash ?? w.unknownError })}`,
      );
    }
    if (options.verbose) {
      for (const r of results) {
        const ms = `${r.durationMs.toFixed(2)} ms`;
        if (r.status === 'pass')
          lines.push(paint('dim', `    ${g.pass} ${loc.title(r.id, r.title)} (${r.id}, ${ms})`));
        else if (r.status === 'skipped')
          lines.push(
            paint(
              'dim',
              `    ${g.skipped} ${w.skipped({ id: r.id, why: r.skip ? t.applies.skip(r.skip) : (r.skipped ?? '') })}`,
            ),
          );
        else if (r.status !== 'crashed') lines.push(paint('dim', `    ${g[r.status]} ${r.id} (${ms})`));
      }
    }
  }
  lines.push('');
  const s = report.summary;
  const parts = [w.errors(s.errors), w.warnings(s.warnings), w.notes(s.infos)];
  if (s.crashed > 0) parts.push(w.crashedCount(s.crashed));
  const status =
    s.errors > 0
      ? paint('red', g.error)
      : s.warnings > 0
        ? paint('yellow', g.warning)
        : paint('green', g.pass);
  let tail = w.tail({ checks: s.checks, collectMs: report.collectMs, checkMs: report.checkMs.toFixed(1) });
  if (!options.verbose) tail += w.runVerbose;
  if (s.errors === 0 && s.warnings === 0 && s.infos === 0) {
    lines.push(`${status} ${w.noIssues({ tail })}`);
  } else {
    lines.push(`${status} ${w.list(parts)}${tail}`);
  }
  return `${lines.join('\n')}\n`;
}

function renderFinding(
  f: Finding,
  paint: (s: Style, t: string) => string,
  g: (typeof GLYPHS)['unicode'],
  fixWord: Ui['text']['fix'],
): string[] {
  const out: string[] = [];
  const pad = '      ';
  out.push(
    `    ${paint(SEVERITY_STYLE[f.severity], g[f.severity])} ${indent(f.message, pad)} ${paint('dim', `[${f.id}]`)}`,
  );
  if (f.why) out.push(`${pad}${indent(f.why, pad)}`);
  const fixes = f.fixes;
  if (fixes.length === 1 && fixes[0]) {
    out.push(`${pad}${paint('green', fixWord)} ${indent(fixes[0].text, pad)}`);
  } else if (fixes.length > 1) {
    out.push(`${pad}${paint('green', fixWord)}`);
    for (const r of fixes) out.push(`${pad}  ${indent(r.text, `${pad}  `)}`);
  }
  return out;
}
