/**
 * go-doctor du, the pure part: thresholds, findings and cleanups from facts.du (collected by
 * src/collect/du.ts or read from a snapshot). No I/O here.
 *
 * What each `go clean` flag removes was checked against the real go command (1.19 and 1.26, as an
 * unprivileged user; see docs/du.md):
 *   -cache      removes GOCACHE/[0-9a-f][0-9a-f] and GOCACHE/log.txt; keeps fuzz/, README, trim.txt,
 *               testexpire.txt.
 *   -testcache  deletes nothing: writes GOCACHE/testexpire.txt so that older test results are ignored.
 *   -fuzzcache  removes GOCACHE/fuzz (Go 1.18+); it opens the cache, so empty 00…ff directories appear.
 *   -modcache   removes GOMODCACHE itself, read-only module directories included.
 */
import type { DuFacts, DuLocation, DuVolume, Facts, OS } from './facts.js';
import { pathApi } from './paths.js';
import { atLeast } from './version.js';

export type DuSeverity = 'warning' | 'info';

export interface MinFree {
  /** Low when free is below this share of the volume (0–100). */
  percent?: number;
  /** Low when free is below this many bytes. */
  bytes?: number;
}

export interface DuThresholds {
  /** Default: low when below 10 % AND below 10 GiB (a 4 TB disk with 300 GiB free is not nearly full). */
  minFree: MinFree;
  /** GOCACHE larger than this is reported (default 10 GiB). */
  maxCache: number;
}

export const GiB = 1024 ** 3;
export const DEFAULT_THRESHOLDS: DuThresholds = {
  minFree: { percent: 10, bytes: 10 * GiB },
  maxCache: 10 * GiB,
};
/** Caches on the system drive are only worth moving from this size on. */
export const MOVE_WORTH = GiB;

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kib: 1024,
  kb: 1000,
  m: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1000 ** 2,
  g: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1000 ** 3,
  t: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1000 ** 4,
};

/** "10GiB", "10G" (binary), "10GB" (decimal), "512MiB", "1000" (bytes). Undefined when malformed. */
export function parseSize(s: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(s);
  if (!m) return undefined;
  const unit = UNITS[(m[2] ?? '').toLowerCase()];
  if (unit === undefined) return undefined;
  return Math.round(Number(m[1]) * unit);
}

/** "10%" or a size. Undefined when malformed. */
export function parseMinFree(s: string): MinFree | undefined {
  const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(s);
  if (pct) {
    const n = Number(pct[1]);
    return n <= 100 ? { percent: n } : undefined;
  }
  const bytes = parseSize(s);
  return bytes === undefined ? undefined : { bytes };
}

/** 1.5 GiB, 320 MiB, 12 KiB, 800 B. */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return `${v} B`;
  return `${(v >= 100 ? v.toFixed(0) : v.toFixed(1)).replace(/\.0$/, '')} ${units[i]}`;
}

export function describeMinFree(m: MinFree): string {
  const parts: string[] = [];
  if (m.percent !== undefined) parts.push(`${m.percent}%`);
  if (m.bytes !== undefined) parts.push(formatBytes(m.bytes));
  return parts.join(' and ');
}

/** Free space below every given limit. */
export function isLow(v: Pick<DuVolume, 'free' | 'total'>, m: MinFree): boolean {
  if (m.percent === undefined && m.bytes === undefined) return false;
  const pctLow = m.percent === undefined || (v.total > 0 && (v.free / v.total) * 100 < m.percent);
  const bytesLow = m.bytes === undefined || v.free < m.bytes;
  return pctLow && bytesLow;
}

export interface Cleanup {
  command: string;
  /** Bytes the command frees now. */
  reclaims: number;
  note: string;
}

export interface DuFinding {
  id: 'du-volume-low' | 'du-system-drive' | 'du-gocache-large' | 'du-unreadable';
  severity: DuSeverity;
  message: string;
  /** Commands that fix it, in order. */
  fix: string[];
}

export interface DuView {
  os: OS;
  locations: DuLocation[];
  volumes: DuVolume[];
  thresholds: DuThresholds;
  findings: DuFinding[];
  cleanups: Cleanup[];
}

function partBytes(loc: DuLocation | undefined, name: string): number {
  return loc?.parts?.find((p) => p.name === name)?.bytes ?? 0;
}

function goVersion(facts: Facts): string | null {
  const v = facts.goEnv?.values?.GOVERSION;
  if (v?.startsWith('go')) return v.slice(2).split(/[ -]/)[0] ?? null;
  return facts.goBinaries[0]?.version ?? null;
}

export function cleanupsFor(facts: Facts, du: DuFacts): Cleanup[] {
  const gocache = du.locations.find((l) => l.var === 'GOCACHE' && l.exists);
  const modcache = du.locations.find((l) => l.var === 'GOMODCACHE' && l.exists);
  const version = goVersion(facts);
  const out: Cleanup[] = [];
  if (gocache) {
    out.push({
      command: 'go clean -cache',
      reclaims: partBytes(gocache, 'build'),
      note: 'build and test outputs (GOCACHE/00…ff, log.txt); keeps the fuzz corpus; builds are slower until it refills',
    });
    out.push({
      command: 'go clean -testcache',
      reclaims: 0,
      note: 'frees nothing now: it writes GOCACHE/testexpire.txt so cached test results are ignored; go trims unused entries after 5 days',
    });
    if (partBytes(gocache, 'fuzz') > 0 && (version === null || atLeast(version, '1.18'))) {
      out.push({
        command: 'go clean -fuzzcache',
        reclaims: partBytes(gocache, 'fuzz'),
        note: 'the fuzzing corpus go test -fuzz found (GOCACHE/fuzz); fuzzing restarts from the seed corpus',
      });
    }
  }
  if (modcache) {
    const tc = partBytes(modcache, 'toolchains');
    out.push({
      command: 'go clean -modcache',
      reclaims: modcache.bytes,
      note: `all of GOMODCACHE: downloads, extracted modules${tc > 0 ? `, toolchains (${formatBytes(tc)})` : ''}, sumdb cache; the next build downloads again from GOPROXY`,
    });
  }
  return out;
}

function pct(v: DuVolume): string {
  return v.total > 0 ? ` (${Math.round((v.free / v.total) * 100)}%)` : '';
}

function goEnvW(name: string, value: string): string {
  return /\s/.test(value) ? `go env -w "${name}=${value}"` : `go env -w ${name}=${value}`;
}

/** Findings from facts.du; none when du was not collected. */
export function duView(facts: Facts, thresholds: DuThresholds = DEFAULT_THRESHOLDS): DuView {
  const os = facts.host.os;
  const du = facts.du;
  if (!du) return { os, locations: [], volumes: [], thresholds, findings: [], cleanups: [] };
  const p = pathApi(os);
  const cleanups = cleanupsFor(facts, du);
  const findings: DuFinding[] = [];
  const caches = du.locations.filter((l) => (l.var === 'GOCACHE' || l.var === 'GOMODCACHE') && l.volume);
  const cleanupFix = (vars: string[]): string[] =>
    cleanups
      .filter((c) => c.reclaims > 0)
      .filter((c) => vars.includes(c.command.endsWith('-modcache') ? 'GOMODCACHE' : 'GOCACHE'))
      .map((c) => c.command);

  // 1. A cache volume nearly full.
  const byVolume = new Map<string, { volume: DuVolume; vars: string[]; bytes: number }>();
  for (const l of caches) {
    const v = l.volume as DuVolume;
    const e = byVolume.get(v.path) ?? { volume: v, vars: [], bytes: 0 };
    e.vars.push(l.var);
    e.bytes += l.bytes;
    byVolume.set(v.path, e);
  }
  for (const { volume: v, vars, bytes } of byVolume.values()) {
    if (!isLow(v, thresholds.minFree)) continue;
    const reclaim = cleanups
      .filter(
        (c) => c.reclaims > 0 && vars.includes(c.command.endsWith('-modcache') ? 'GOMODCACHE' : 'GOCACHE'),
      )
      .map((c) => `${c.command} frees ${formatBytes(c.reclaims)}`);
    findings.push({
      id: 'du-volume-low',
      severity: 'warning',
      message: `The volume ${v.path} holding ${vars.join(' and ')} has ${formatBytes(v.free)} free of ${formatBytes(v.total)}${pct(v)}, below --min-free ${describeMinFree(thresholds.minFree)}. Builds, tests and module downloads fail once it is full; ${vars.join(' and ')} take ${formatBytes(bytes)} there.${reclaim.length > 0 ? ` ${reclaim.join('; ')}.` : ''}`,
      fix: cleanupFix(vars),
    });
  }

  // 2. Caches on the system drive while another volume has room.
  // macOS has two system volumes (/ and /System/Volumes/Data, where the home directory lives): take the
  // one holding caches.
  const systems = du.volumes.filter((v) => v.system);
  const system = systems.find((v) => caches.some((l) => l.volume?.path === v.path)) ?? systems[0];
  if (system) {
    const onSystem = caches.filter((l) => l.volume?.path === system.path);
    const bytes = onSystem.reduce((a, l) => a + l.bytes, 0);
    const systemLow = isLow(system, thresholds.minFree);
    const others = du.volumes
      .filter((v) => !v.system && !v.readOnly)
      .filter(
        (v) =>
          v.free >= bytes + (thresholds.minFree.bytes ?? 0) &&
          !isLow({ free: v.free - bytes, total: v.total }, thresholds.minFree),
      )
      .sort((a, b) => b.free - a.free);
    const best = others[0];
    if (onSystem.length > 0 && best && (systemLow || bytes >= MOVE_WORTH)) {
      const sep = p.sep;
      const base = best.path.endsWith(sep) ? best.path : best.path + sep;
      const fix: string[] = [];
      for (const l of onSystem) {
        if (l.var === 'GOMODCACHE') {
          fix.push('go clean -modcache', goEnvW('GOMODCACHE', `${base}go${sep}pkg${sep}mod`));
        } else {
          fix.push('go clean -cache', goEnvW('GOCACHE', `${base}go${sep}cache`));
        }
      }
      findings.push({
        id: 'du-system-drive',
        severity: systemLow ? 'warning' : 'info',
        message: `${onSystem.map((l) => `${l.var} (${formatBytes(l.bytes)})`).join(' and ')} ${onSystem.length > 1 ? 'are' : 'is'} on the system drive ${system.path}, which has ${formatBytes(system.free)} free${pct(system)}; ${best.path} has ${formatBytes(best.free)} free${pct(best)}. Caches can live anywhere: empty them and point go at the other volume (go env -w writes the go env file, so every shell and IDE sees it).`,
        fix,
      });
    }
  }

  // 3. GOCACHE larger than --max-cache.
  const gocache = du.locations.find((l) => l.var === 'GOCACHE' && l.exists);
  if (gocache && gocache.bytes > thresholds.maxCache) {
    const build = partBytes(gocache, 'build');
    findings.push({
      id: 'du-gocache-large',
      severity: 'warning',
      message: `GOCACHE (${gocache.path}) holds ${formatBytes(gocache.bytes)}, more than --max-cache ${formatBytes(thresholds.maxCache)}. go deletes entries unused for 5 days by itself (at most once a day), so this is what recent builds use; go clean -cache frees ${formatBytes(build)} now${partBytes(gocache, 'fuzz') > 0 ? ` and go clean -fuzzcache ${formatBytes(partBytes(gocache, 'fuzz'))}` : ''}.`,
      fix: ['go clean -cache'],
    });
  }

  // 4. Unreadable entries: the sizes are lower bounds.
  for (const l of du.locations) {
    if (l.errorCount === 0) continue;
    const first = l.errors[0];
    findings.push({
      id: 'du-unreadable',
      severity: 'info',
      message: `${l.errorCount} entr${l.errorCount === 1 ? 'y' : 'ies'} under ${l.var} (${l.path}) could not be read${first ? ` (first: ${first.path}: ${first.code})` : ''}, so its size is at least ${formatBytes(l.bytes)}.`,
      fix: [],
    });
  }
  return { os, locations: du.locations, volumes: du.volumes, thresholds, findings, cleanups };
}

export function duExitCode(view: DuView, failOn: 'error' | 'warning' | 'info' | 'never'): 0 | 1 {
  if (failOn === 'never' || failOn === 'error') return 0;
  const rank = { warning: 1, info: 2 } as const;
  const limit = failOn === 'warning' ? 1 : 2;
  return view.findings.some((f) => rank[f.severity] <= limit) ? 1 : 0;
}
