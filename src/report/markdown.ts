/**
 * A Markdown bug-report block: versions, findings with why and fixes, and the go env values in a
 * collapsible section, ready to paste into an issue (and the body of the GitHub job summary). Pure.
 */
import { GROUPS, type Severity } from '../core/check.js';
import { type Lang, localizer } from '../i18n/index.js';
import type { CheckReport } from './model.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/** Escapes text for a Markdown table cell or list item (no HTML, no table breaks). */
export function mdEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([`*_[\]<>|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A fenced block that the content cannot close. */
function fence(text: string, lang = ''): string {
  let f = '```';
  while (text.includes(f)) f += '`';
  return `${f}${lang}\n${text}\n${f}`;
}

export function renderMarkdown(report: CheckReport, lang?: Lang): string {
  const s = report.summary;
  const t = localizer(lang).ui;
  const m = t.markdown;
  const out: string[] = [];
  out.push(m.heading, '');
  out.push('| | |', '|---|---|');
  out.push(`| go-doctor | ${mdEscape(report.tool.version)} |`);
  out.push(
    `| go | ${report.go ? `${mdEscape(report.go.version ?? m.versionUnknown)} (\`${report.go.path.replace(/`/g, '')}\`)` : m.notFound} |`,
  );
  if (report.go?.goroot) out.push(`| GOROOT | \`${report.go.goroot.replace(/`/g, '')}\` |`);
  out.push(`| OS/arch | ${mdEscape(`${report.os}/${report.arch}`)} |`);
  const tc = report.toolchain;
  if (tc.mode !== 'none')
    out.push(
      `| GOTOOLCHAIN | ${mdEscape(tc.setting === '' ? m.unset : tc.setting)} → ${mdEscape(tc.outcome)}${tc.toolchain ? ` ${mdEscape(tc.toolchain)}` : ''} |`,
    );
  out.push(`| ${m.result} | ${m.summary(s)} |`);
  out.push('');
  if (report.findings.length === 0) out.push(m.noFindings, '');
  for (const f of report.findings) {
    out.push(`#### ${ICON[f.severity]} ${m.severity[f.severity]}: ${mdEscape(f.message)}`, '');
    out.push(
      `\`${f.id}\` · ${mdEscape(t.groups[f.group] ?? GROUPS[f.group].title)}${f.vars.length ? ` · ${f.vars.map((v) => `\`${v}\``).join(', ')}` : ''}`,
    );
    out.push('');
    if (f.why) out.push(`> ${mdEscape(f.why)}`, '');
    if (f.fixes.length > 0) out.push(m.fix, '', fence(f.fixes.map((x) => x.text).join('\n'), 'sh'), '');
  }
  const crashed = report.results.filter((r) => r.status === 'crashed');
  if (crashed.length > 0) {
    out.push(m.crashedChecks, '');
    for (const r of crashed) out.push(`- \`${r.id}\`: ${mdEscape(r.crash ?? '')}`);
    out.push('');
  }
  if (report.goEnv) {
    const names = Object.keys(report.goEnv).sort();
    out.push('<details><summary>go env</summary>', '');
    out.push(fence(names.map((n) => `${n}=${JSON.stringify(report.goEnv?.[n] ?? '')}`).join('\n')));
    out.push('', '</details>', '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
