/**
 * go-doctor fix: plans the fixes of the findings (unified diffs of every file, every command), applies
 * them with --apply (or a confirmed prompt), re-checks in fresh shells, and undoes the last applied plan
 * with --undo. docs/fix.md.
 */
import { allChecks } from '../../checks/index.js';
import { collectFacts } from '../../collect/index.js';
import type { Severity } from '../../core/check.js';
import type { Facts } from '../../core/facts.js';
import { collectFindings, type Finding } from '../../core/findings.js';
import { runChecks } from '../../core/run.js';
import { applyPlan, defaultStateDir, freshEnvs, planFixes, undoLast } from '../../fix/index.js';
import { type Localizer, localizer } from '../../i18n/index.js';
import {
  renderFixJson,
  renderFixText,
  renderUndoJson,
  renderUndoText,
  type Verified,
} from '../../report/fix.js';
import { renderFix, SHELLS, type ShellName } from '../../report/shell.js';
import { COMMON_OPTIONS, factsFor, langFor, oneOf, parseTimeout, UsageError } from '../io.js';
import { canPrompt, confirm } from '../prompt.js';
import type { Command } from './types.js';

function ids(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return list
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

const FIXED_SEVERITIES: readonly Severity[] = ['error', 'warning'];

function findingsOf(
  facts: Facts,
  only: string[],
  ignore: string[],
  shell: ShellName,
  loc: Localizer = localizer('en'),
): Finding[] {
  const { results } = runChecks(allChecks, facts, { only, ignore });
  const byId = new Map(allChecks.map((c) => [c.id, c]));
  return collectFindings(results, byId, (fix) => renderFix(fix, shell, loc.ui.fix), loc).filter(
    (f) => only.includes(f.id) || FIXED_SEVERITIES.includes(f.severity),
  );
}

export const fixCommand: Command = {
  name: 'fix',
  summary: 'show (and with --apply make) the changes that fix the findings; --undo takes them back',
  help: `Usage: go-doctor fix [options]

Plans the fixes for the errors and warnings go-doctor check finds (notes too when named with --only):
the edits to your shell startup files as unified diffs, the go env -w/-u commands, directories to create,
and advice for what cannot be automated. Nothing changes without --apply (or a "y" at the prompt shown
when standard input and output are terminals and CI is unset). Applying backs up every file, writes
atomically inside a marked block (# >>> go-doctor >>> … # <<< go-doctor <<<), then starts your shells
afresh in each mode and checks again. See docs/fix.md.

Options:
  --apply                   make the changes (also the "run" fixes, which cannot be undone)
  --undo                    restore the files of the last applied plan exactly (refused if one has
                            changed since go-doctor wrote it); again to undo the plan before it
  --only ID                 fix only these checks' findings (repeatable or comma-separated)
  --ignore ID               leave these checks' findings alone (repeatable or comma-separated)
  --format text|json        output format (default text); json prints { "plan": [ { "finding", "kind",
                            "file"?, "command"?, "diff"? } ], "applied", "verified": [ … ] }
  --facts FILE              plan from a saved facts snapshot (plan only; --apply is refused)
  --timeout SECONDS         limit for each go subprocess (default 10)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)

Exit codes: 0 nothing to fix or everything fixed, 1 findings remain (or were only planned), 2 usage or
internal error (including a refused undo or a failed change).
`,
  options: {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    apply: { type: 'boolean' },
    undo: { type: 'boolean' },
    only: { type: 'string', multiple: true },
    ignore: { type: 'string', multiple: true },
  },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    const stateDir = defaultStateDir(io.env);
    const home = io.env.HOME ?? io.env.USERPROFILE ?? '';
    const lang = langFor(values.lang, io.env);
    const loc = localizer(lang);
    if (values.undo) {
      if (values.apply) throw new UsageError((w) => w.fixReport.undoWithApply);
      if (!stateDir) throw new UsageError((w) => w.fixReport.noStateDir);
      const u = undoLast({ stateDir });
      if (format === 'json') io.stdout.write(renderUndoJson(u));
      else io.stdout.write(renderUndoText(u, home, { lang }));
      return u.ok ? 0 : 2;
    }
    const only = ids(values.only);
    const ignore = ids(values.ignore);
    const known = new Set(allChecks.map((c) => c.id));
    for (const id of [...only, ...ignore])
      if (!known.has(id)) throw new UsageError((w) => w.fixReport.unknownCheck({ id }));
    if (values.apply && typeof values.facts === 'string') throw new UsageError((w) => w.fixReport.applyFacts);
    const facts = await factsFor(values, io);
    const shell: ShellName =
      facts.host.shell && (SHELLS as readonly string[]).includes(facts.host.shell) ? facts.host.shell : 'sh';
    const findings = findingsOf(facts, only, ignore, shell, loc);
    // The fixes as data (English); advice also in the chosen language, for the text output.
    const items = findings.map((f) => ({
      finding: f.id,
      fixes: f.fixes.map((x) => x.fix),
      ...(lang !== 'en' && format === 'text'
        ? { translated: f.fixes.map((x) => (x.fix.kind === 'advice' ? x.text : undefined)) }
        : {}),
    }));
    const plan = planFixes(items, {
      facts,
      env: io.env,
      ...(typeof values.facts === 'string' ? { files: snapshotSource(facts) } : {}),
    });
    const changes = plan.files.length + plan.commands.length + plan.mkdirs.length;
    let apply = values.apply === true;
    if (!apply && changes > 0 && format === 'text' && typeof values.facts !== 'string' && canPrompt(io)) {
      io.stdout.write(
        renderFixText(
          { plan, findings: findings.length, applied: false, verified: [], home, stateDir },
          { lang },
        ),
      );
      apply = await confirm(io, loc.ui.fixReport.prompt);
      if (!apply) return findings.length === 0 ? 0 : 1;
    }
    if (!apply || changes === 0) {
      const r = { plan, findings: findings.length, applied: false, verified: [], home, stateDir };
      io.stdout.write(format === 'json' ? renderFixJson(r) : renderFixText(r, { lang }));
      return findings.length === 0 ? 0 : 1;
    }
    if (!stateDir) throw new UsageError((w) => w.fixReport.noStateDirBackups);
    const res = await applyPlan(plan, { stateDir, env: io.env, applyOnly: values.apply === true });
    // Re-check in the environment fresh shells have (this process's environment does not see the edits).
    const timeout = typeof values.timeout === 'string' ? parseTimeout(values.timeout) : 10_000;
    const contexts = await freshEnvs(plan, {
      env: io.env,
      facts,
      fixes: items.flatMap((i) => i.fixes),
    });
    const byEnv = new Map<string, string[]>();
    for (const c of contexts) {
      const key = JSON.stringify(plan.touched.map((v) => c.env[v] ?? null));
      byEnv.set(key, [...(byEnv.get(key) ?? []), c.label]);
    }
    const remains = new Map<string, string[]>();
    for (const [, labels] of byEnv) {
      const c = contexts.find((x) => x.label === labels[0]);
      if (!c) continue;
      const after = await collectFacts({ env: c.env, timeoutMs: timeout });
      for (const f of findingsOf(after, only, ignore, shell)) {
        const k = `${f.id}\u0000${f.code}`;
        remains.set(k, [...(remains.get(k) ?? []), ...labels]);
      }
    }
    const verified: Verified[] = findings.map((f) => {
      const left = remains.get(`${f.id}\u0000${f.code}`) ?? [];
      return { finding: f.id, code: f.code, gone: left.length === 0, remainsIn: left };
    });
    const r = {
      plan,
      findings: findings.length,
      applied: true,
      apply: res,
      verified,
      contexts: contexts.map((c) => ({ label: c.label, ...(c.error ? { error: c.error } : {}) })),
      home,
      stateDir,
    };
    io.stdout.write(format === 'json' ? renderFixJson(r) : renderFixText(r, { lang }));
    if (res.errors.length > 0) return 2;
    return verified.every((v) => v.gone) ? 0 : 1;
  },
};

/** For --facts: file texts are what the snapshot recorded (its relevant lines, other lines blank). */
function snapshotSource(facts: Facts) {
  return {
    read(p: string) {
      const f = facts.startup?.files.find((x) => x.path === p);
      if (!f?.exists) return { text: null, realPath: p };
      const n = Math.max(0, ...f.lines.map((l) => l.n));
      const lines: string[] = Array.from({ length: n }, () => '');
      for (const l of f.lines) lines[l.n - 1] = l.text;
      return { text: n === 0 ? '' : `${lines.join('\n')}\n`, realPath: p };
    },
    isDir: () => false,
  };
}
