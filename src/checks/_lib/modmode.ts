/**
 * Module mode, workspace mode and the parsed GOFLAGS, shared by the modules checks. Pure.
 */
import type { CheckContext } from '../../core/check.js';
import type { Fix } from '../../core/fix.js';
import { atLeast } from '../../core/version.js';
import { analyzeGoflags, type GoflagsAnalysis, type GoflagsEntry, lastValue } from './goflags.js';

/** $GOFLAGS as go names it in its messages. */
export function goflagsVar(ctx: CheckContext): string {
  return ctx.os === 'windows' ? '%GOFLAGS%' : '$GOFLAGS';
}

export function goflagsOf(ctx: CheckContext): GoflagsAnalysis {
  return analyzeGoflags(ctx.setting('GOFLAGS').value, ctx.goVersion);
}

/** The -mod entry that wins (the last one with a value), or undefined. */
export function modFlag(a: GoflagsAnalysis): GoflagsEntry | undefined {
  const e = lastValue(a.entries, 'mod');
  return e && e.value !== null ? e : undefined;
}

/**
 * Workspace mode: a go.work is in effect (GOWORK names it, or one is found walking up), modules are on,
 * and the release has workspaces (1.18+). modload.InitWorkfile / FindGoWork.
 */
export function inWorkspaceMode(ctx: CheckContext): boolean {
  const gw = ctx.facts.module.gowork;
  if (!gw || gw.error !== undefined) return false;
  if (ctx.setting('GO111MODULE').value === 'off') return false;
  if (ctx.setting('GOWORK').value === 'off') return false;
  return ctx.goVersion === null || atLeast(ctx.goVersion, '1.18');
}

/** Joins fields back into a GOFLAGS value the release can split again. */
export function joinGoflags(fields: readonly string[], quoted: boolean): string {
  return fields
    .map((f) => {
      if (!quoted || !/[ \t\r\n]/.test(f)) return f;
      return f.includes("'") ? `"${f}"` : `'${f}'`;
    })
    .join(' ');
}

/** The fix that drops some entries from GOFLAGS, where GOFLAGS is set (environment or go env -w). */
export function dropGoflags(
  ctx: CheckContext,
  a: GoflagsAnalysis,
  drop: (e: GoflagsEntry) => boolean,
): Fix[] {
  const kept = a.entries.filter((e) => !drop(e)).map((e) => e.raw);
  return ctx.fixSetting('GOFLAGS', kept.length === 0 ? null : joinGoflags(kept, a.release.quoted));
}
