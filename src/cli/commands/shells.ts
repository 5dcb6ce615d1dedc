/**
 * go-doctor shells: runs every installed shell in every startup mode and shows what Go each one sees,
 * where the startup files set it, and the differences that matter.
 */
import { allChecks } from '../../checks/index.js';
import { collectFacts, goosOf } from '../../collect/index.js';
import { probeShells } from '../../collect/shells.js';
import type { Facts, StartupFacts } from '../../core/facts.js';
import { collectFindings } from '../../core/findings.js';
import { runChecks } from '../../core/run.js';
import { localizer } from '../../i18n/index.js';
import { renderFix, SHELLS, type ShellName } from '../../report/shell.js';
import { renderShellsJson, renderShellsText } from '../../report/shells.js';
import { buildShellsReport, type Difference } from '../../shells/differences.js';
import { analyzeStartup, SHELL_KINDS, type ShellKind } from '../../shells/startup.js';
import { COMMON_OPTIONS, colorEnabled, langFor, loadFacts, oneOf, parseTimeout, UsageError } from '../io.js';
import type { Command } from './types.js';

export const shellsCommand: Command = {
  name: 'shells',
  summary: 'run each shell in each startup mode and compare the Go setup each one sees',
  help: `Usage: go-doctor shells [options]

Starts every installed shell (bash, zsh, sh, fish, and PowerShell where present) in each startup mode
(login+interactive, interactive, login, script) plus the minimal environment cron, systemd units and
GUI apps get, each from a clean environment with a hard timeout, and shows which go each one finds, its
version, GOROOT, GOPATH, GOBIN, GOPROXY, GOTOOLCHAIN and the PATH entries with Go in them. It also reads
the startup files each shell loads in each mode and lists where Go is set (file:line), duplicates,
conflicts, paths that no longer exist, and the file where a new setting belongs so that every mode sees
it. See docs/shells.md.

Options:
  --format text|json        output format (default text)
  --shell LIST              only these shells, comma-separated (bash,zsh,sh,fish,powershell)
  --timeout SECONDS         limit for each shell (default 3)
  --lang en|zh-CN           language of the output (default: from LC_ALL, LC_MESSAGES, LANG)
  --facts FILE              analyse the startup files recorded in a facts snapshot (shells are not run)
  --color, --no-color       force colour on or off

Exit codes: 0 no differences, 1 differences found (or a shell hung), 2 usage or internal error.
`,
  options: { ...COMMON_OPTIONS, format: { type: 'string' }, shell: { type: 'string' } },
  async run({ values }, io) {
    const format = oneOf('--format', values.format as string | undefined, ['text', 'json'] as const, 'text');
    let shells: ShellKind[] | undefined;
    if (typeof values.shell === 'string') {
      shells = values.shell.split(',').map((s) => {
        const t = s.trim() === 'pwsh' ? 'powershell' : s.trim() === 'dash' ? 'sh' : s.trim();
        if (!(SHELL_KINDS as readonly string[]).includes(t))
          throw new UsageError((w) => w.shells.badShell({ allowed: SHELL_KINDS, got: s }));
        return t as ShellKind;
      });
    }
    const timeoutMs = values.timeout === undefined ? 3000 : parseTimeout(values.timeout as string);
    let startup: StartupFacts | null;
    let os = goosOf(process.platform);
    const lang = langFor(values.lang, io.env);
    const words = localizer(lang).ui.shells;
    let note: string | undefined;
    let contexts: Awaited<ReturnType<typeof probeShells>> = [];
    let facts: Facts;
    if (typeof values.facts === 'string') {
      facts = loadFacts(values.facts);
      os = facts.host.os;
      startup = facts.startup ?? null;
      note = startup ? words.factsNote({ file: values.facts }) : words.factsNoStartup({ file: values.facts });
    } else {
      // The facts give the startup files and this process's go (which the two startup checks need).
      facts = await collectFacts({ env: io.env, timeoutMs: Math.max(timeoutMs, 5000) });
      startup = facts.startup ?? null;
      const all = startup ? analyzeStartup(startup, os) : null;
      contexts = await probeShells({
        env: io.env,
        os,
        timeoutMs,
        ...(startup ? { startup } : {}),
        ...(shells ? { shells } : {}),
        filesFor: (shell, mode) =>
          all?.contexts.find((c) => c.shell === shell && c.mode === mode)?.files ?? [],
      });
    }
    const analysis = startup ? analyzeStartup(startup, os, shells) : null;
    const report = buildShellsReport(contexts, startup, os, analysis);
    // What the startup-file checks conclude (stale GOROOT, interactive-only version managers).
    const syntax: ShellName =
      facts.host.shell && (SHELLS as readonly string[]).includes(facts.host.shell) ? facts.host.shell : 'sh';
    const ids = ['goroot-stale-startup', 'version-manager-interactive-only'];
    const checks = allChecks.filter((c) => ids.includes(c.id));
    const { results } = runChecks(checks, facts);
    const byId = new Map(checks.map((c) => [c.id, c]));
    const loc = localizer(lang);
    const found: Difference[] = collectFindings(
      results,
      byId,
      (fix) => renderFix(fix, syntax, loc.ui.fix),
      loc,
    ).map((f) => ({
      kind: 'check',
      check: f.id,
      severity: f.severity,
      message: `${f.message}${f.why ? ` ${f.why}` : ''}`,
      ...(f.fixes.length > 0 ? { fix: f.fixes.map((x) => x.text).join('\n') } : {}),
    }));
    report.differences.unshift(...found);
    if (format === 'json') io.stdout.write(renderShellsJson(report));
    else {
      const color = colorEnabled(io, values['no-color'] ? false : (values.color as boolean | undefined));
      io.stdout.write(
        renderShellsText(report, { color, home: startup?.home ?? '', lang, ...(note ? { note } : {}) }),
      );
    }
    const matters = report.differences.some((d) => d.kind !== 'where-to-set');
    return matters ? 1 : 0;
  },
};
