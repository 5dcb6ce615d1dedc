/**
 * The report that every output format is rendered from. Built from facts and results; pure.
 */
import type { AnyCheck, CheckContext, CheckResult } from '../core/check.js';
import type { Facts } from '../core/facts.js';
import { collectFindings, type Finding, type Summary, summarize } from '../core/findings.js';
import type { ToolchainSelection } from '../core/toolchain.js';
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
}): CheckReport {
  const { facts, results, context } = args;
  const shell = shellFor(facts, args.shell);
  const byId = new Map(args.checks.map((c) => [c.id, c]));
  const findings = collectFindings(results, byId, (fix) => renderFix(fix, shell));
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
  };
  if (facts.origin !== undefined) report.origin = facts.origin;
  return report;
}
