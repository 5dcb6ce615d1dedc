/**
 * docs/checks.md: every check's id, what passing means, the variables, where it applies and its docs,
 * generated from the check declarations (npm run docs; a test keeps the file current). Pure.
 */
import { type AnyCheck, GROUPS, type GroupId } from '../core/check.js';
import { describeRange } from '../core/run.js';

export function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return lines.map((l) => l.slice(indent)).join('\n');
}

export function renderChecksDoc(checks: readonly AnyCheck[]): string {
  const out: string[] = [
    '# Checks',
    '',
    'Generated from the check declarations in `src/checks/` by `npm run docs`; do not edit by hand.',
    'Each check is verified against the real go command by the scenario suite (`test/scenarios/`) under',
    'every Go release CI installs. Severities: **error** means a common go command fails here; **warning**',
    'that it works but is risky, slow or surprising; **info** that it is worth knowing.',
    'The checks under "Disk use" run only in `go-doctor du` (docs/du.md), which measures the sizes they need.',
    '',
  ];
  const groups = (Object.keys(GROUPS) as GroupId[]).sort((a, b) => GROUPS[a].order - GROUPS[b].order);
  for (const g of groups) {
    const list = checks.filter((c) => c.group === g);
    if (list.length === 0) continue;
    out.push(`## ${GROUPS[g].title}`, '');
    for (const c of list) out.push(`- [\`${c.id}\`](#${c.id}): ${c.title}`);
    out.push('');
    for (const c of list) {
      const where = [
        c.appliesTo?.go ? describeRange(c.appliesTo.go) : 'every Go release',
        c.appliesTo?.os ? `on ${c.appliesTo.os.join(', ')}` : 'on every OS',
      ].join(', ');
      out.push(
        `### ${c.id}`,
        '',
        `${c.title}. Variables: ${c.vars.map((v) => `\`${v}\``).join(', ')}. Applies to ${where}.`,
        `Message codes: ${Object.keys(c.messages)
          .map((k) => `\`${k}\``)
          .join(', ')}.`,
        '',
        dedent(c.docs),
        '',
      );
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
