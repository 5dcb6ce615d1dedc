/**
 * Runs checks over facts. Pure apart from timing: a check that throws becomes a "crashed" result and
 * the others still run.
 */

import { ui as enUi } from '../i18n/en/ui.js';
import type {
  AnyCheck,
  CheckContext,
  CheckResult,
  GoVersionRange,
  RawFinding,
  ReportOptions,
  Severity,
  SkipReason,
} from './check.js';
import { DEFAULT_THRESHOLDS, type DuThresholds } from './du.js';
import type { Facts } from './facts.js';
import type { Fix } from './fix.js';
import { pathApi, splitList } from './paths.js';
import type { Policy } from './policy.js';
import { createSettings, homeDir } from './settings.js';
import { selectToolchain } from './toolchain.js';
import { compare, fromGoVersionText } from './version.js';

/** Variables that `go env -w` refuses; they can only be fixed in the environment. */
const NOT_WRITABLE_BY_GO_ENV = new Set([
  'GOENV',
  'GODEBUG',
  'GOWORK',
  'GOROOT_FINAL',
  'GOTELEMETRY',
  'HOME',
  'PATH',
]);

/** The local go's version: what it answered, else what its installation records. */
export function localGoVersion(facts: Facts): string | null {
  const reported = facts.goEnv?.values?.GOVERSION;
  if (reported) {
    const v = fromGoVersionText(reported);
    if (v) return v;
  }
  const first = facts.goBinaries.find((b) => b.name === 'go');
  return first?.version ?? null;
}

export function createContext(
  facts: Facts,
  policy: Policy | null = null,
  thresholds: DuThresholds = DEFAULT_THRESHOLDS,
): CheckContext {
  const local = localGoVersion(facts);
  // Settings are first modelled with the local version's rules; the toolchain that will run is then
  // worked out from them.
  const settings = createSettings(facts, local);
  const toolchain = selectToolchain({ facts, settings, localVersion: local });
  const effective =
    (toolchain.outcome === 'path' || toolchain.outcome === 'download') && toolchain.version
      ? toolchain.version
      : local;
  const p = pathApi(facts.host.os);
  const go = facts.goBinaries.find((b) => b.name === 'go') ?? null;

  function fixSetting(name: string, value: string | null): Fix[] {
    const s = settings.get(name);
    const fixes: Fix[] = [];
    const envSet = s.env !== undefined && s.env !== '';
    const fileSet = s.envFile !== undefined;
    const osOnly = NOT_WRITABLE_BY_GO_ENV.has(name);
    if (value === null) {
      if (envSet) fixes.push({ kind: 'unset-env', var: name });
      if (fileSet && s.envFile) {
        // go env -u refuses OS-only variables; the line has to go from the file itself.
        if (osOnly && s.envFile.file && s.envFile.line) {
          const from = `${name}=${s.envFile.value}`;
          fixes.push({ kind: 'edit-line', file: s.envFile.file, line: s.envFile.line, from, to: '' });
        } else fixes.push({ kind: 'go-env-u', var: name });
      }
      return fixes;
    }
    if (envSet || osOnly) {
      fixes.push({ kind: 'set-env', var: name, value });
      return fixes;
    }
    fixes.push({ kind: 'go-env-w', var: name, value });
    return fixes;
  }

  return {
    policy,
    thresholds,
    facts,
    os: facts.host.os,
    path: p,
    goVersion: effective,
    localGoVersion: local,
    go,
    home: homeDir(facts),
    setting: (name) => settings.get(name),
    pathInfo: (label) => facts.paths[label],
    splitList: (value) => splitList(facts.host.os, value),
    toolchain,
    fixSetting,
    settings,
  };
}

export function inRange(version: string, range: GoVersionRange): boolean {
  if (range.since !== undefined && compare(version, range.since) < 0) return false;
  if (range.before !== undefined && compare(version, range.before) >= 0) return false;
  return true;
}

/** A Go version range in English ("Go 1.21 and later"). */
export function describeRange(range: GoVersionRange): string {
  return enUi.applies.range(range);
}

/** Why a check does not apply here, or null when it does. */
export function skipReason(check: AnyCheck, ctx: CheckContext): SkipReason | null {
  const a = check.appliesTo;
  if (!a) return null;
  if (a.os && !a.os.includes(ctx.os)) return { kind: 'os', os: a.os };
  if (a.go) {
    if (ctx.goVersion === null) return { kind: 'go-unknown' };
    if (!inRange(ctx.goVersion, a.go)) return { kind: 'go', range: a.go, version: ctx.goVersion };
  }
  return null;
}

/** A skip reason in English (what CheckResult.skipped and the JSON report carry). */
export function describeSkip(r: SkipReason): string {
  return enUi.applies.skip(r);
}

/** Why a check does not apply here (English), or null when it does. */
export function notApplicable(check: AnyCheck, ctx: CheckContext): string | null {
  const r = skipReason(check, ctx);
  return r === null ? null : describeSkip(r);
}

export interface RunOptions {
  /** Run only these check ids. */
  only?: readonly string[];
  /** Skip these check ids. */
  ignore?: readonly string[];
  /** Clock for durations; defaults to performance.now. */
  now?: () => number;
  /** The repo policy: its checks run, its severity overrides and disabled checks apply. */
  policy?: Policy | null;
  /** Disk thresholds for the disk checks (du's --min-free, --max-cache). */
  thresholds?: DuThresholds;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function worst(findings: readonly RawFinding[]): Severity | null {
  let best: Severity | null = null;
  for (const f of findings) {
    if (best === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best]) best = f.severity;
  }
  return best;
}

export function runChecks(
  checks: readonly AnyCheck[],
  facts: Facts,
  options: RunOptions = {},
): { results: CheckResult[]; context: CheckContext } {
  const now = options.now ?? (() => performance.now());
  const policy = options.policy ?? null;
  const ctx = createContext(facts, policy, options.thresholds);
  const only = options.only && options.only.length > 0 ? new Set(options.only) : null;
  const ignore = new Set(options.ignore ?? []);
  for (const id of policy?.disable ?? []) ignore.add(id);
  for (const [id, sev] of Object.entries(policy?.severity ?? {})) if (sev === 'off') ignore.add(id);
  const results: CheckResult[] = [];
  for (const check of checks) {
    if ((only && !only.has(check.id)) || ignore.has(check.id)) continue;
    const base = { id: check.id, title: check.title, group: check.group };
    const skip = skipReason(check, ctx);
    if (skip !== null) {
      results.push({
        ...base,
        status: 'skipped',
        findings: [],
        durationMs: 0,
        skipped: describeSkip(skip),
        skip,
      });
      continue;
    }
    const findings: RawFinding[] = [];
    const start = now();
    try {
      const override = policy?.severity[check.id];
      check.run(ctx, (code: string, severity: Severity, data: unknown, opts?: ReportOptions) => {
        if (!(code in check.messages)) throw new Error(`unknown message code "${code}"`);
        findings.push({
          id: check.id,
          code,
          severity: override && override !== 'off' ? override : severity,
          vars: [...(opts?.vars ?? check.vars)],
          data: { ...(data as RawFinding['data']) },
          fixes: [...(opts?.fixes ?? [])],
        });
      });
      const w = worst(findings);
      results.push({ ...base, status: w ?? 'pass', findings, durationMs: now() - start });
    } catch (err) {
      const crash = err instanceof Error ? err.message : String(err);
      results.push({ ...base, status: 'crashed', findings: [], durationMs: now() - start, crash });
    }
  }
  return { results, context: ctx };
}
