/**
 * The build target and whether cgo is on, worked out the way cmd/go/internal/cfg (defaultContext) does:
 *   1. CGO_ENABLED exactly "0" or "1" (environment, then go env file) wins; any other value is ignored;
 *   2. cross-compiling (GOOS/GOARCH not the host's) turns it off;
 *   3. otherwise the platform default (on for the usual hosts);
 *   4. since Go 1.20, off when os.Getenv("CC") is empty and the default compiler (gcc, or clang on
 *      darwin/freebsd/openbsd) is not in PATH. A CC written with `go env -w` does not count (go-facts 1.12).
 * What `go env CGO_ENABLED` answered wins over this model when go answered. Pure.
 */
import type { CheckContext } from '../../core/check.js';
import { CGO_HOSTS, defaultCCFor, type Setting } from '../../core/settings.js';
import { atLeast } from '../../core/version.js';

export interface BuildTarget {
  goos: string;
  goarch: string;
  hostOs: string;
  hostArch: string;
  cross: boolean;
}

export function buildTarget(ctx: CheckContext): BuildTarget {
  const values = ctx.facts.goEnv?.values ?? null;
  const hostOs = values?.GOHOSTOS || ctx.facts.host.os;
  const hostArch = values?.GOHOSTARCH || ctx.facts.host.arch;
  const goos = ctx.setting('GOOS').value || hostOs;
  const goarch = ctx.setting('GOARCH').value || hostArch;
  return { goos, goarch, hostOs, hostArch, cross: goos !== hostOs || goarch !== hostArch };
}

/**
 * The value cfg.Getenv would return for a setting: the non-empty OS value, else the go env file's line,
 * else $GOROOT/go.env's. Unlike Setting.value this is never replaced by what go env printed.
 */
export function rawValue(s: Setting): { value: string; where: 'env' | 'envfile' | 'goroot' } | null {
  if (s.env !== undefined && s.env !== '') return { value: s.env, where: 'env' };
  if (s.envFile !== undefined) return { value: s.envFile.value, where: 'envfile' };
  if (s.goroot !== undefined) return { value: s.goroot.value, where: 'goroot' };
  return null;
}

/** The C compiler go uses when CC is not set (cfg.DefaultCC). */
export function defaultCC(goos: string): string {
  return defaultCCFor(goos);
}

export type CgoReason =
  /** CGO_ENABLED=0 or 1 is set. */
  | 'explicit'
  /** Cross-compiling turns it off. */
  | 'cross'
  /** Go 1.20+: no CC in the environment and the default compiler is not in PATH. */
  | 'auto-off'
  /** The platform default (on). */
  | 'default'
  /** The platform has no cgo by default. */
  | 'unsupported';

export interface CgoState {
  enabled: boolean;
  reason: CgoReason;
  /** go env CGO_ENABLED agreed (or supplied the value). */
  confirmed: boolean;
  /** The explicit CGO_ENABLED value, when it is exactly 0 or 1. */
  explicit: '0' | '1' | null;
  /** The compiler cgo would run (CC, or the default). */
  cc: string;
  /** Where that compiler is on PATH, or null. */
  ccPath: string | null;
  /** CC comes from the OS environment. */
  ccFromEnv: boolean;
  /** CC is set only with go env -w (which the Go 1.20+ auto-off ignores). */
  ccFromEnvFileOnly: boolean;
}

export function cgoState(ctx: CheckContext): CgoState {
  const target = buildTarget(ctx);
  const raw = rawValue(ctx.setting('CGO_ENABLED'));
  const explicit = raw && (raw.value === '0' || raw.value === '1') ? raw.value : null;
  const ccSetting = ctx.setting('CC');
  const ccFromEnv = ctx.facts.cc.fromOSEnv;
  const ccFromEnvFileOnly = !ccFromEnv && ccSetting.envFile !== undefined && ccSetting.envFile.value !== '';
  let enabled: boolean;
  let reason: CgoReason;
  if (explicit !== null) {
    enabled = explicit === '1';
    reason = 'explicit';
  } else if (target.cross) {
    enabled = false;
    reason = 'cross';
  } else if (!CGO_HOSTS.has(target.goos)) {
    enabled = false;
    reason = 'unsupported';
  } else {
    enabled = true;
    reason = 'default';
    const v = ctx.goVersion;
    const ccIsDefault = ctx.facts.cc.name === defaultCC(target.goos);
    if (v !== null && atLeast(v, '1.20') && !ccFromEnv && ccIsDefault && ctx.facts.cc.path === null) {
      enabled = false;
      reason = 'auto-off';
    }
  }
  let confirmed = false;
  const reported = ctx.facts.goEnv?.values?.CGO_ENABLED;
  if (reported === '0' || reported === '1') {
    const on = reported === '1';
    if (on === enabled) confirmed = true;
    else if (!on && reason === 'default' && ctx.goVersion !== null && atLeast(ctx.goVersion, '1.20')) {
      // go turned it off although our model could not see why: the default compiler is missing while
      // CC is set only in the go env file (which the auto-off ignores).
      enabled = false;
      reason = 'auto-off';
      confirmed = true;
    } else {
      enabled = on;
      confirmed = true;
    }
  }
  return {
    enabled,
    reason,
    confirmed,
    explicit,
    cc: ctx.facts.cc.name,
    ccPath: ctx.facts.cc.path,
    ccFromEnv,
    ccFromEnvFileOnly,
  };
}
