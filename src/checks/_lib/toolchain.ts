/**
 * Helpers shared by the toolchain checks (GOROOT, GOTOOLCHAIN, go.mod go/toolchain lines). Pure.
 */
import type { CheckContext } from '../../core/check.js';
import type { ModFileFacts } from '../../core/facts.js';
import type { Fix } from '../../core/fix.js';
import { samePath } from '../../core/paths.js';
import type { Setting } from '../../core/settings.js';
import { moduleModeEnabled } from '../../core/toolchain.js';
import { fromToolchain } from '../../core/version.js';

/** Where a setting is explicitly set by the user: a non-empty OS variable or a non-empty go env -w line. */
export function explicitlySet(s: Setting): boolean {
  return s.source === 'env' || s.source === 'envfile';
}

/** Whether two paths name the same directory, as written or with links resolved. */
export function sameDir(ctx: CheckContext, a: string, b: string, aReal?: string, bReal?: string): boolean {
  const as = [a, aReal].filter((x): x is string => !!x);
  const bs = [b, bReal].filter((x): x is string => !!x);
  return as.some((x) => bs.some((y) => samePath(ctx.os, x, y)));
}

/**
 * Fixes that remove GOROOT where it is set. A broken GOROOT in the go env file cannot be removed with
 * `go env -u` (go refuses to start), so that line is edited instead.
 */
export function removeGorootFixes(ctx: CheckContext, broken: boolean): Fix[] {
  const s = ctx.setting('GOROOT');
  const fixes: Fix[] = [];
  if (s.env !== undefined && s.env !== '') fixes.push({ kind: 'unset-env', var: 'GOROOT' });
  if (s.envFile !== undefined) {
    if (broken && s.envFile.file && s.envFile.line) {
      fixes.push({
        kind: 'edit-line',
        file: s.envFile.file,
        line: s.envFile.line,
        from: `GOROOT=${s.envFile.value}`,
        to: '',
      });
    } else {
      fixes.push({ kind: 'go-env-u', var: 'GOROOT' });
    }
  }
  return fixes;
}

/** The go.work (when in effect) or go.mod that toolchain selection reads; null outside module mode. */
export function selectionFile(ctx: CheckContext): ModFileFacts | null {
  if (!moduleModeEnabled(ctx.facts, ctx.settings)) return null;
  return ctx.facts.module.gowork ?? ctx.facts.module.gomod;
}

/** The name go prints for a go.mod/go.work file (base.ShortPath: relative to the working directory when inside it). */
export function shortPath(ctx: CheckContext, file: string): string {
  const rel = ctx.path.relative(ctx.facts.cwd, file);
  if (rel !== '' && !rel.startsWith('..') && !ctx.path.isAbsolute(rel)) return rel;
  return file;
}

/**
 * What go says about a GOTOOLCHAIN value (cmd/go/internal/toolchain.Select, Go 1.21+), or null when it
 * is valid. The empty value is valid (it acts like local).
 */
export function gotoolchainError(value: string): string | null {
  if (value === '' || value === 'auto' || value === 'path' || value === 'local') return null;
  const plus = value.indexOf('+');
  const name = plus >= 0 ? value.slice(0, plus) : value;
  const suffix = plus >= 0 ? value.slice(plus + 1) : '';
  if (name !== 'local' && fromToolchain(name) === '') {
    return plus >= 0
      ? `go: invalid GOTOOLCHAIN "${value}": invalid minimum toolchain "${name}"`
      : `go: invalid GOTOOLCHAIN "${value}"`;
  }
  if (plus >= 0 && suffix !== 'auto' && suffix !== 'path') {
    return `go: invalid GOTOOLCHAIN "${value}": only version suffixes are +auto and +path`;
  }
  if (name !== 'local' && !name.startsWith('go1') && !name.includes('-go1')) {
    return `go: invalid GOTOOLCHAIN "${name}"`;
  }
  return null;
}

/** x/mod modfile.ToolchainRE (Go 1.21+): what a toolchain line may say. */
export const TOOLCHAIN_LINE_RE = /^default$|^go1($|\.)/;

/** x/mod modfile.GoVersionRE before Go 1.21: only "1.N". */
export const OLD_GO_LINE_RE = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

function globToRegExp(glob: string): RegExp | null {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      re += (glob[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) return null;
      let cls = glob.slice(i + 1, end);
      if (cls.startsWith('^')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return null;
  }
}

/**
 * golang.org/x/mod/module.MatchPrefixPatterns: whether a comma-separated list of glob patterns
 * (GONOSUMDB, GOPRIVATE…) matches a prefix of the module path.
 */
export function matchPrefixPatterns(globs: string, target: string): boolean {
  for (const raw of globs.split(',')) {
    const glob = raw.trim();
    if (glob === '') continue;
    const n = glob.split('/').length;
    const parts = target.split('/');
    if (parts.length < n) continue;
    const prefix = parts.slice(0, n).join('/');
    const re = globToRegExp(glob);
    if (re?.test(prefix)) return true;
  }
  return false;
}

/**
 * Fixes that take GOTOOLCHAIN back to its default. `go env -u GOTOOLCHAIN` fails while the value is
 * invalid (only `go env GOTOOLCHAIN` and `go env -w GOTOOLCHAIN=…` skip toolchain selection), so a
 * go env file line is overwritten with go.env's value instead.
 */
export function resetGotoolchainFixes(ctx: CheckContext): Fix[] {
  const s = ctx.setting('GOTOOLCHAIN');
  const fixes: Fix[] = [];
  if (s.env !== undefined && s.env !== '') fixes.push({ kind: 'unset-env', var: 'GOTOOLCHAIN' });
  if (s.envFile !== undefined) {
    const def = s.goroot?.value || 'auto';
    fixes.push({ kind: 'go-env-w', var: 'GOTOOLCHAIN', value: def });
  }
  return fixes;
}
