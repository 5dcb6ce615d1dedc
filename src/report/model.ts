/**
 * The report that every output format is rendered from. Built from facts and results; pure.
 */
import type { AnyCheck, CheckContext, CheckResult } from '../core/check.js';
import type { Facts } from '../core/facts.js';
import { collectFindings, type Finding, type Summary, summarize } from '../core/findings.js';
import type { ToolchainSelection } from '../core/toolchain.js';
import { type Lang, localizer } from '../i18n/index.js';
import { renderFix, type ShellName } from './shell.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface CheckReport {
  tool: { name: string; version: string };
  go: {
    path: string;
    version: string | null;
    goroot: string | null;
  } | null;
  toolchain: ToolchainSelection;
  cwd: string;
  os: string;
  arch: string;
  shell: ShellName;
  results: CheckResult[];
  findings: Finding[];
  summary: Summary;
  collectMs: number;
  checkMs: number;
  origin?: string;
  /** What `go env -json` answered (already redacted by the collector), for bug reports; null when go failed. */
  goEnv: Record<string, string> | null;
  /** Files inside the repository that machine-level findings are anchored to (SARIF, GitHub annotations). */
  anchor: ReportAnchor;
}

/** Where reports that need a file inside the repository put machine-level findings. */
export interface ReportAnchor {
  /** The repository root (the directory holding .git), or null when not in a repository. */
  root: string | null;
  /** go.work, else go.mod, as an absolute path; null when there is neither. */
  file: string | null;
  /** That file relative to root with forward slashes; null when outside the repository or absent. */
  relative: string | null;
  /** The repo policy file relative to root, when one applies (policy findings point at its lines). */
  policy: string | null;
}

/** A path relative to the repository root with forward slashes, or null when outside it. */
export function repoRelative(facts: Facts, root: string | null, file: string | null): string | null {
  let relative: string | null = null;
  if (root !== null && file !== null) {
    const sep = facts.host.os === 'windows' ? /[\\/]/ : /\//;
    const r = root.split(sep).filter((x) => x !== '');
    const f = file.split(sep).filter((x) => x !== '');
    const same =
      facts.host.os === 'windows' || facts.host.os === 'darwin'
        ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
        : (a: string, b: string) => a === b;
    if (f.length > r.length && r.every((x, i) => same(x, f[i] ?? ''))) relative = f.slice(r.length).join('/');
  }
  return relative;
}

/**
 * Where in the repository a finding is shown (SARIF, GitHub annotations): a policy finding at the
 * policy line it breaks, any other at line 1 of the anchor file; null when there is no such file.
 */
export function findingLocation(
  report: Pick<CheckReport, 'anchor'>,
  f: Pick<Finding, 'id' | 'data'>,
): { uri: string; line: number; policyRule: boolean } | null {
  const a = report.anchor;
  const line = f.id.startsWith('policy-') && typeof f.data.line === 'number' ? f.data.line : null;
  if (line !== null && a.policy !== null) return { uri: a.policy, line, policyRule: true };
  return a.relative !== null ? { uri: a.relative, line: 1, policyRule: false } : null;
}

function anchorOf(facts: Facts, policyFile: string | null): ReportAnchor {
  const root = facts.module.repoRoot ?? null;
  const file = facts.module.gowork?.path ?? facts.module.gomod?.path ?? policyFile;
  return {
    root,
    file,
    relative: repoRelative(facts, root, file),
    policy: repoRelative(facts, root, policyFile),
  };
}

export function shellFor(facts: Facts, override?: ShellName): ShellName {
  if (override) return override;
  const s = facts.host.shell;
  if (s === null) return facts.host.os === 'windows' ? 'powershell' : 'sh';
  return s;
}

export function buildReport(args: {
  facts: Facts;
  results: CheckResult[];
  context: CheckContext;
  checks: readonly AnyCheck[];
  shell?: ShellName;
  toolVersion: string;
  checkMs: number;
  /** The repo policy file in effect (its path as shown), for anchoring. */
  policyFile?: string | null;
  /** Language of messages, why and fix words (default English); code and data stay the same. */
  lang?: Lang;
}): CheckReport {
  const { facts, results, context } = args;
  const shell = shellFor(facts, args.shell);
  const byId = new Map(args.checks.map((c) => [c.id, c]));
  const loc = localizer(args.lang);
  const findings = collectFindings(results, byId, (fix) => renderFix(fix, shell, loc.ui.fix), loc);
  const go = context.go;
  const report: CheckReport = {
    tool: { name: 'go-doctor', version: args.toolVersion },
    go: go
      ? {
          path: go.path,
          version: context.localGoVersion ? `go${context.localGoVersion}` : null,
          goroot: context.setting('GOROOT').value || go.goroot,
        }
      : null,
    toolchain: context.toolchain,
    cwd: facts.cwd,
    os: facts.host.os,
    arch: facts.host.arch,
    shell,
    results,
    findings,
    summary: summarize(results, findings),
    collectMs: facts.collector.durationMs,
    checkMs: args.checkMs,
    goEnv: facts.goEnv?.values ?? null,
    anchor: anchorOf(facts, args.policyFile ?? null),
  };
  if (facts.origin !== undefined) report.origin = facts.origin;
  return report;
}
