/**
 * The home directory and what the go command derives from it (default GOPATH, GOMODCACHE, install
 * directory, sumdb cache, GOCACHE, go env file). Shared by the home-* checks and by the gopath checks,
 * which stay silent when HOME is the cause. Pure.
 */
import type { CheckContext } from '../../core/check.js';
import { isWithin } from '../../core/paths.js';
import { type DirProblem, dirProblem, goIsAbs, installDir, isSet } from './gopath.js';

/** The variable holding the home directory on this OS. */
export function homeVarName(ctx: Pick<CheckContext, 'os'>): 'HOME' | 'USERPROFILE' | 'home' {
  return ctx.os === 'windows' ? 'USERPROFILE' : ctx.os === 'plan9' ? 'home' : 'HOME';
}

export type HomeState =
  | { kind: 'ok' }
  | { kind: 'unset' }
  | { kind: 'relative'; value: string }
  /** Absolute, but go cannot create directories under it. */
  | { kind: 'broken'; value: string; problem: DirProblem }
  /** Absolute and missing, but creatable: go makes it on first use. */
  | { kind: 'missing'; value: string };

export function homeState(ctx: CheckContext): HomeState {
  const value = ctx.home;
  if (value === '') return { kind: 'unset' };
  if (!goIsAbs(ctx.os, value)) return { kind: 'relative', value };
  const info = ctx.pathInfo('HOME');
  const problem = dirProblem(info);
  if (problem !== null && problem !== 'read-only' && problem !== 'denied') {
    return { kind: 'broken', value, problem };
  }
  if (info?.kind === 'missing' && problem === null) return { kind: 'missing', value };
  return { kind: 'ok' };
}

/** What the go command takes from the home directory here because the user did not set it. */
export interface HomeUses {
  /** GOPATH is unset, so its default is <home>/go. */
  gopath: boolean;
  /** GOMODCACHE is unset too: <home>/go/pkg/mod. */
  gomodcache: boolean;
  /** GOBIN is unset too: go install writes to <home>/go/bin. */
  install: boolean;
  /** The checksum database cache, GOPATH[0]/pkg/sumdb, is consulted (GOSUMDB is not off). */
  sumdb: boolean;
  /** GOCACHE is unset and os.UserCacheDir comes from home (Linux without XDG_CACHE_HOME, macOS, plan9). */
  gocache: boolean;
  /** GOENV is unset and os.UserConfigDir comes from home (Linux without XDG_CONFIG_HOME, macOS, plan9). */
  goenv: boolean;
}

export function homeUses(ctx: CheckContext): HomeUses {
  const env = ctx.facts.env;
  const gopath = !isSet(ctx, 'GOPATH');
  const unix = ctx.os !== 'windows' && ctx.os !== 'darwin' && ctx.os !== 'plan9' && ctx.os !== 'android';
  const cacheFromHome =
    ctx.os === 'windows' ? false : unix || ctx.os === 'android' ? (env.XDG_CACHE_HOME ?? '') === '' : true;
  const configFromHome =
    ctx.os === 'windows' ? false : unix || ctx.os === 'android' ? (env.XDG_CONFIG_HOME ?? '') === '' : true;
  return {
    gopath,
    gomodcache: gopath && !isSet(ctx, 'GOMODCACHE'),
    install: gopath && !isSet(ctx, 'GOBIN'),
    sumdb: gopath && ctx.setting('GOSUMDB').value !== 'off',
    gocache: !isSet(ctx, 'GOCACHE') && cacheFromHome,
    goenv: (env.GOENV ?? '') === '' && configFromHome,
  };
}

/** Paths the go command writes that lie under an absolute home directory (whoever set them). */
export interface UnderHome {
  gomodcache: boolean;
  install: boolean;
  gocache: boolean;
  goenv: boolean;
}

export function underHome(ctx: CheckContext, home: string): UnderHome {
  const inside = (p: string | undefined) => p !== undefined && p !== '' && isWithin(ctx.os, home, p);
  const gocache = ctx.setting('GOCACHE').value;
  const goenv = ctx.setting('GOENV').value || ctx.facts.envFile?.path;
  return {
    gomodcache: inside(ctx.setting('GOMODCACHE').value),
    install: inside(installDir(ctx)?.dir),
    gocache: gocache !== 'off' && inside(gocache),
    goenv: (ctx.facts.env.GOENV ?? '') !== 'off' && inside(goenv),
  };
}

/**
 * True when the default GOPATH (and what derives from it) is broken because of the home directory:
 * HOME unset, relative or unusable, and GOPATH not set. The home-* checks report it; others stay silent.
 */
export function gopathBrokenByHome(ctx: CheckContext): boolean {
  if (isSet(ctx, 'GOPATH')) return false;
  const h = homeState(ctx);
  return h.kind === 'unset' || h.kind === 'relative' || h.kind === 'broken';
}

/**
 * True when the home directory exists but this user cannot write it (permissions or a read-only file
 * system) and p, a directory go must create, lies under it: HOME is then the cause of the cache and
 * install-directory failures, and those findings name it.
 */
export function blockedByHome(ctx: CheckContext, p: string | undefined): boolean {
  const home = ctx.home;
  if (home === '' || p === undefined || p === '' || !goIsAbs(ctx.os, home)) return false;
  const info = ctx.pathInfo('HOME');
  if (info?.kind !== 'dir' || (info.writable !== false && info.volume?.readOnly !== true)) return false;
  return isWithin(ctx.os, home, p);
}
