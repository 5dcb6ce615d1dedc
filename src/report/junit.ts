/**
 * JUnit XML for any CI: one test case per check, grouped into one test suite per check group. A check
 * fails when it has a finding at or above the failure threshold (--fail-on), is skipped when it does not
 * apply, and is an error when it crashed; findings below the threshold are listed in system-out. The
 * shape follows the Jenkins JUnit schema (junit-4.xsd), which every CI's JUnit reader accepts. Pure.
 */
import { GROUPS, type GroupId, SEVERITIES, type Severity } from '../core/check.js';
import type { FailOn, Finding } from '../core/findings.js';
import { type Lang, localizer } from '../i18n/index.js';
import type { CheckReport } from './model.js';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 cannot carry. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

function describe(f: Finding, fix: string): string {
  const lines = [`[${f.severity}] ${f.message}`];
  if (f.why) lines.push(f.why);
  for (const x of f.fixes) lines.push(`${fix} ${x.text}`);
  return lines.join('\n');
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

export function renderJunit(
  report: CheckReport,
  options: { failOn: FailOn; timestamp?: string; lang?: Lang },
): string {
  const ui = localizer(options.lang).ui;
  const w = ui.junit;
  const byCheck = new Map<string, Finding[]>();
  for (const f of report.findings) byCheck.set(f.id, [...(byCheck.get(f.id) ?? []), f]);
  const groups = (Object.keys(GROUPS) as GroupId[]).sort((a, b) => GROUPS[a].order - GROUPS[b].order);
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let errors = 0;
  let time = 0;
  for (const g of groups) {
    const results = report.results.filter((r) => r.group === g);
    if (results.length === 0) continue;
    const cases: string[] = [];
    let sf = 0;
    let se = 0;
    let ss = 0;
    let st = 0;
    for (const r of results) {
      const findings = byCheck.get(r.id) ?? [];
      const failing = findings.filter((f) => atOrAbove(f.severity, options.failOn));
      const rest = findings.filter((f) => !atOrAbove(f.severity, options.failOn));
      st += r.durationMs;
      const open = `    <testcase classname="go-doctor.${xmlEscape(g)}" name="${xmlEscape(r.id)}" time="${seconds(r.durationMs)}"`;
      const body: string[] = [];
      if (r.status === 'crashed') {
        se++;
        body.push(
          `      <error message="${xmlEscape(w.crashed({ crash: r.crash ?? '' }))}" type="crashed"/>`,
        );
      } else if (r.status === 'skipped') {
        ss++;
        body.push(
          `      <skipped>${xmlEscape(r.skip ? ui.applies.skip(r.skip) : (r.skipped ?? ui.applies.doesNotApply))}</skipped>`,
        );
      } else if (failing.length > 0) {
        sf++;
        const worst = failing[0] as Finding;
        body.push(
          `      <failure message="${xmlEscape(worst.message)}" type="${xmlEscape(worst.severity)}">${xmlEscape(
            failing.map((f) => describe(f, w.fix)).join('\n\n'),
          )}</failure>`,
        );
      }
      if (rest.length > 0)
        body.push(
          `      <system-out>${xmlEscape(rest.map((f) => describe(f, w.fix)).join('\n\n'))}</system-out>`,
        );
      cases.push(body.length === 0 ? `${open}/>` : `${open}>\n${body.join('\n')}\n    </testcase>`);
    }
    total += results.length;
    failures += sf;
    errors += se;
    time += st;
    suites.push(
      `  <testsuite name="go-doctor ${xmlEscape(g)}: ${xmlEscape(ui.groups[g] ?? GROUPS[g].title)}" tests="${results.length}" failures="${sf}" errors="${se}" skipped="${ss}" time="${seconds(st)}"${
        options.timestamp ? ` timestamp="${xmlEscape(options.timestamp)}"` : ''
      }>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="go-doctor" tests="${total}" failures="${failures}" errors="${errors}" time="${seconds(
    time,
  )}">\n${suites.join('\n')}\n</testsuites>\n`;
}
