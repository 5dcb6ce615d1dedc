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

import { du as enDu } from '../i18n/en/ui-du.js';
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
  /** What it removes (English; `key` and `toolchains` let reporters word it in another language). */
  note: string;
  key: 'cache' | 'testcache' | 'fuzzcache' | 'modcache';
  /** modcache: bytes of downloaded toolchains inside it (0 when none). */
  toolchains?: number;
}

/** The English note of a cleanup (other languages: src/i18n ui.du.cleanupNotes). */
function cleanupNote(key: Cleanup['key'], toolchains = 0): string {
  const n = enDu.cleanupNotes;
  return key === 'modcache'
    ? n.modcache({ toolchains: toolchains > 0 ? formatBytes(toolchains) : null })
    : n[key];
}

/** What du shows besides its findings (those come from the disk checks, src/checks/disk/). */
export interface DuView {
  os: OS;
  locations: DuLocation[];
  volumes: DuVolume[];
  thresholds: DuThresholds;
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
      note: cleanupNote('cache'),
      key: 'cache',
    });
    out.push({
      command: 'go clean -testcache',
      reclaims: 0,
      note: cleanupNote('testcache'),
      key: 'testcache',
    });
    if (partBytes(gocache, 'fuzz') > 0 && (version === null || atLeast(version, '1.18'))) {
      out.push({
        command: 'go clean -fuzzcache',
        reclaims: partBytes(gocache, 'fuzz'),
        note: cleanupNote('fuzzcache'),
        key: 'fuzzcache',
      });
    }
  }
  if (modcache) {
    const tc = partBytes(modcache, 'toolchains');
    out.push({
      command: 'go clean -modcache',
      reclaims: modcache.bytes,
      note: cleanupNote('modcache', tc),
      key: 'modcache',
      toolchains: tc,
    });
  }
  return out;
}

/** A volume as findings carry it: where, free and total bytes. */
export interface VolumeData {
  volume: string;
  free: number;
  total: number;
}

/** The cache volumes below --min-free (du-volume-low). */
export interface VolumeLow extends VolumeData {
  /** The caches on it, GOCACHE before GOMODCACHE. */
  vars: string[];
  /** Their bytes together. */
  bytes: number;
  /** What go clean -cache, -fuzzcache and -modcache free there (null: not applicable or nothing). */
  freesCache: number | null;
  freesFuzzcache: number | null;
  freesModcache: number | null;
}

/** Caches on the system drive while another volume has room (du-system-drive). */
export interface OnSystemDrive {
  severity: DuSeverity;
  /** Bytes of GOCACHE and GOMODCACHE on the system drive, null for one that is not there. */
  gocache: number | null;
  gomodcache: number | null;
  system: VolumeData;
  other: VolumeData;
  /** Where to put them on the other volume. */
  newGocache: string | null;
  newGomodcache: string | null;
}

/** GOCACHE larger than --max-cache (du-gocache-large). */
export interface GocacheLarge {
  path: string;
  bytes: number;
  max: number;
  build: number;
  fuzz: number;
}

/** A location with unreadable entries (du-unreadable). */
export interface Unreadable {
  var: string;
  path: string;
  bytes: number;
  count: number;
  firstPath: string | null;
  firstCode: string | null;
}

export interface DiskAnalysis {
  volumeLow: VolumeLow[];
  systemDrive: OnSystemDrive | null;
  gocacheLarge: GocacheLarge | null;
  unreadable: Unreadable[];
}

const volumeData = (v: DuVolume): VolumeData => ({ volume: v.path, free: v.free, total: v.total });

/** What the disk checks report, worked out once from facts.du; empty when du was not collected. */
export function diskAnalysis(facts: Facts, thresholds: DuThresholds = DEFAULT_THRESHOLDS): DiskAnalysis {
  const out: DiskAnalysis = { volumeLow: [], systemDrive: null, gocacheLarge: null, unreadable: [] };
  const du = facts.du;
  if (!du) return out;
  const p = pathApi(facts.host.os);
  const cleanups = cleanupsFor(facts, du);
  const frees = (key: Cleanup['key']): number | null => {
    const c = cleanups.find((x) => x.key === key);
    return c && c.reclaims > 0 ? c.reclaims : null;
  };
  const caches = du.locations.filter((l) => (l.var === 'GOCACHE' || l.var === 'GOMODCACHE') && l.volume);

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
    const hasCache = vars.includes('GOCACHE');
    out.volumeLow.push({
      ...volumeData(v),
      vars,
      bytes,
      freesCache: hasCache ? frees('cache') : null,
      freesFuzzcache: hasCache ? frees('fuzzcache') : null,
      freesModcache: vars.includes('GOMODCACHE') ? frees('modcache') : null,
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
      const gocache = onSystem.find((l) => l.var === 'GOCACHE');
      const gomodcache = onSystem.find((l) => l.var === 'GOMODCACHE');
      out.systemDrive = {
        severity: systemLow ? 'warning' : 'info',
        gocache: gocache ? gocache.bytes : null,
        gomodcache: gomodcache ? gomodcache.bytes : null,
        system: volumeData(system),
        other: volumeData(best),
        newGocache: gocache ? `${base}go${sep}cache` : null,
        newGomodcache: gomodcache ? `${base}go${sep}pkg${sep}mod` : null,
      };
    }
  }

  // 3. GOCACHE larger than --max-cache.
  const gocache = du.locations.find((l) => l.var === 'GOCACHE' && l.exists);
  if (gocache && gocache.bytes > thresholds.maxCache) {
    out.gocacheLarge = {
      path: gocache.path,
      bytes: gocache.bytes,
      max: thresholds.maxCache,
      build: partBytes(gocache, 'build'),
      fuzz: partBytes(gocache, 'fuzz'),
    };
  }

  // 4. Unreadable entries: the sizes are lower bounds.
  for (const l of du.locations) {
    if (l.errorCount === 0) continue;
    const first = l.errors[0];
    out.unreadable.push({
      var: l.var,
      path: l.path,
      bytes: l.bytes,
      count: l.errorCount,
      firstPath: first?.path ?? null,
      firstCode: first?.code ?? null,
    });
  }
  return out;
}

/** " (3%)": the free share of a volume, for messages. */
export function freeShare(v: { free: number; total: number }): string {
  return v.total > 0 ? ` (${Math.round((v.free / v.total) * 100)}%)` : '';
}

/** Sizes and cleanups from facts.du (empty when du was not collected). */
export function duView(facts: Facts, thresholds: DuThresholds = DEFAULT_THRESHOLDS): DuView {
  const os = facts.host.os;
  const du = facts.du;
  if (!du) return { os, locations: [], volumes: [], thresholds, cleanups: [] };
  return { os, locations: du.locations, volumes: du.volumes, thresholds, cleanups: cleanupsFor(facts, du) };
}
