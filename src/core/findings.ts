/**
 * From check results to the findings that reporters print: message text is made here, from the check's
 * declared message functions and the finding's data. Pure.
 */
import type {
  AnyCheck,
  CheckResult,
  FindingData,
  GroupId,
  MessageSpec,
  RawFinding,
  Severity,
} from './check.js';
import type { Fix } from './fix.js';

/** Where formatFinding gets text in the user's language (src/i18n's Localizer fits). */
export interface MessageSource {
  message(check: AnyCheck | undefined, id: string, code: string): MessageSpec<FindingData> | undefined;
  advice(id: string, key: string, data: FindingData): string | undefined;
}

const ENGLISH: MessageSource = {
  message: (check, _id, code) => check?.messages[code],
  advice: () => undefined,
};

export interface RenderedFix {
  fix: Fix;
  /** The command or line in the user's shell syntax. */
  text: string;
}

export interface Finding {
  id: string;
  code: string;
  severity: Severity;
  group: GroupId;
  vars: string[];
  message: string;
  why?: string;
  fixes: RenderedFix[];
  data: FindingData;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  passed: number;
  skipped: number;
  crashed: number;
  checks: number;
}

export function formatFinding(
  raw: RawFinding,
  check: AnyCheck | undefined,
  group: GroupId,
  renderFix: (fix: Fix) => string,
  source: MessageSource = ENGLISH,
): Finding {
  const spec = source.message(check, raw.id, raw.code);
  let message: string;
  let why: string | undefined;
  try {
    message = spec ? spec.message(raw.data) : `${raw.id}: ${raw.code}`;
    why = spec?.why?.(raw.data);
  } catch (err) {
    message = `${raw.id}: ${raw.code} (message failed: ${err instanceof Error ? err.message : String(err)})`;
  }
  const f: Finding = {
    id: raw.id,
    code: raw.code,
    severity: raw.severity,
    group,
    vars: [...raw.vars],
    message,
    fixes: raw.fixes.map((fix) => ({
      fix,
      text:
        (fix.kind === 'advice' && fix.key !== undefined
          ? source.advice(raw.id, fix.key, fix.data ?? {})
          : undefined) ?? renderFix(fix),
    })),
    data: raw.data,
  };
  if (why !== undefined && why !== '') f.why = why;
  return f;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function collectFindings(
  results: readonly CheckResult[],
  checks: ReadonlyMap<string, AnyCheck>,
  renderFix: (fix: Fix) => string,
  source: MessageSource = ENGLISH,
): Finding[] {
  const out: Finding[] = [];
  for (const r of results) {
    for (const raw of r.findings) out.push(formatFinding(raw, checks.get(r.id), r.group, renderFix, source));
  }
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function summarize(results: readonly CheckResult[], findings: readonly Finding[]): Summary {
  const s: Summary = {
    errors: 0,
    warnings: 0,
    infos: 0,
    passed: 0,
    skipped: 0,
    crashed: 0,
    checks: results.length,
  };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  for (const r of results) {
    if (r.status === 'pass') s.passed++;
    else if (r.status === 'skipped') s.skipped++;
    else if (r.status === 'crashed') s.crashed++;
  }
  return s;
}

export type FailOn = Severity | 'never';

/** Exit code for a check run: 1 when a finding is at or above the threshold, else 0. */
export function exitCodeFor(summary: Summary, failOn: FailOn): 0 | 1 {
  if (failOn === 'never') return 0;
  if (summary.errors > 0) return 1;
  if (failOn === 'warning' || failOn === 'info') {
    if (summary.warnings > 0) return 1;
  }
  if (failOn === 'info' && summary.infos > 0) return 1;
  return 0;
}
