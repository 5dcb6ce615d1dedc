/**
 * GitHub Actions workflow commands: one annotation per finding (::error / ::warning / ::notice), anchored
 * to the repository's go.work or go.mod when there is one. Pure; the CLI appends the Markdown report to
 * $GITHUB_STEP_SUMMARY.
 */
import type { Severity } from '../core/check.js';
import { type Lang, localizer } from '../i18n/index.js';
import { type CheckReport, findingLocation } from './model.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's message (as @actions/core does). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: also ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(report: CheckReport, lang?: Lang): string {
  const t = localizer(lang).ui.github;
  const lines: string[] = [];
  for (const f of report.findings) {
    const props = [`title=${escapeProperty(`go-doctor ${f.id}`)}`];
    const at = findingLocation(report, f);
    if (at !== null) props.unshift(`file=${escapeProperty(at.uri)}`, `line=${at.line}`);
    const text = [f.message, f.why ?? '', ...f.fixes.map((x) => `${t.fix} ${x.text}`)].filter(
      (x) => x !== '',
    );
    lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(text.join('\n'))}`);
  }
  for (const r of report.results.filter((x) => x.status === 'crashed'))
    lines.push(`::error title=${escapeProperty(`go-doctor ${r.id} crashed`)}::${escapeData(r.crash ?? '')}`);
  const s = report.summary;
  lines.push(t.summary(s));
  return `${lines.join('\n')}\n`;
}
