/**
 * The JSON contract of `go-doctor check --format json` (schemaVersion 1). Other tools rely on it:
 * add fields freely, never rename or remove one without bumping schemaVersion.
 */
import type { CheckReport } from './model.js';
import { REPORT_SCHEMA_VERSION } from './model.js';

export function renderJson(report: CheckReport): string {
  const out = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: report.tool,
    go: report.go,
    toolchain: {
      setting: report.toolchain.setting,
      outcome: report.toolchain.outcome,
      toolchain: report.toolchain.toolchain,
      reason: report.toolchain.reason,
      ...(report.toolchain.error ? { error: report.toolchain.error } : {}),
    },
    cwd: report.cwd,
    os: report.os,
    arch: report.arch,
    findings: report.findings.map((f) => ({
      id: f.id,
      code: f.code,
      severity: f.severity,
      group: f.group,
      vars: f.vars,
      message: f.message,
      ...(f.why !== undefined ? { why: f.why } : {}),
      fixes: f.fixes.map((r) => ({ ...r.fix, text: r.text })),
      data: f.data,
    })),
    checks: report.results.map((r) => ({
      id: r.id,
      status: r.status,
      durationMs: Math.round(r.durationMs * 1000) / 1000,
      ...(r.skipped ? { skipped: r.skipped } : {}),
      ...(r.crash ? { error: r.crash } : {}),
    })),
    crashed: report.results
      .filter((r) => r.status === 'crashed')
      .map((r) => ({ id: r.id, error: r.crash ?? '' })),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      infos: report.summary.infos,
      passed: report.summary.passed,
      skipped: report.summary.skipped,
      crashed: report.summary.crashed,
      checks: report.summary.checks,
    },
    timing: { collectMs: report.collectMs, checkMs: Math.round(report.checkMs * 1000) / 1000 },
    ...(report.origin !== undefined ? { origin: report.origin } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
