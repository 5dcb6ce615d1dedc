/**
 * What `go install` has put in GOBIN and GOPATH[0]/bin: each executable, where its directory sits on
 * PATH, same-named commands in the system directories on PATH, and, for the version-sensitive Go tools
 * only, the Go release that built it (read from the file, not by running it). One readdir per
 * directory, a few stats per tool, and small reads for a handful of known tools: well under a
 * millisecond on a typical GOBIN.
 */
import { readdirSync as readdir, statSync as stat } from 'node:fs';
import path from 'node:path';
import type { Facts, GoToolFacts } from '../core/facts.js';
import { toolName, VERSION_SENSITIVE_TOOLS } from '../core/gotools.js';
import { splitList } from '../core/paths.js';
import { isSystemDir } from '../core/sysdirs.js';
import { readBuildInfo } from './buildinfo.js';

const MAX_TOOLS = 300;

function strip(p: string, windows: boolean): string {
  const s = windows ? p.replace(/[\\/]+$/, '').toLowerCase() : p.replace(/\/+$/, '');
  return s === '' ? p : s;
}

function isExecutable(p: string, windows: boolean): boolean {
  try {
    // No exception for a missing file: most lookups miss, and a thrown error costs more than the stat.
    const s = stat(p, { throwIfNoEntry: false });
    return s !== undefined && s.isFile() && (windows || (s.mode & 0o111) !== 0);
  } catch {
    return false;
  }
}

/** gobin and gopath are the effective GOBIN and GOPATH settings. */
export function collectGoTools(facts: Facts, gobin: string, gopath: string): GoToolFacts[] {
  const windows = facts.host.os === 'windows';
  const p = windows ? path.win32 : path.posix;
  const dirs: [string, string][] = [];
  if (gobin !== '' && p.isAbsolute(gobin)) dirs.push(['GOBIN', gobin]);
  const gp0 = splitList(facts.host.os, gopath)[0] ?? '';
  if (gp0 !== '' && p.isAbsolute(gp0)) {
    const bin = p.join(gp0, 'bin');
    if (!dirs.some(([, d]) => strip(d, windows) === strip(bin, windows))) dirs.push(['GOPATH[0]/bin', bin]);
  }
  const pathEntries = facts.pathEntries.filter((e) => e.entry !== '' && p.isAbsolute(e.entry));
  const system = pathEntries.filter((e) => isSystemDir(e.entry, facts.host.os));
  const out: GoToolFacts[] = [];
  for (const [label, dir] of dirs) {
    let names: string[];
    try {
      names = readdir(dir);
    } catch {
      continue;
    }
    const at = pathEntries.find((e) => strip(e.entry, windows) === strip(dir, windows));
    for (const file of names.sort().slice(0, MAX_TOOLS)) {
      if (windows && !file.toLowerCase().endsWith('.exe')) continue;
      const full = p.join(dir, file);
      if (!isExecutable(full, windows)) continue;
      const name = toolName(file, windows);
      const t: GoToolFacts = { name, path: full, dir: label, pathIndex: at ? at.index : null, system: [] };
      for (const s of system) {
        if (at && s.index === at.index) continue;
        const other = p.join(s.entry, file);
        if (isExecutable(other, windows)) t.system.push({ path: other, pathIndex: s.index });
      }
      if (VERSION_SENSITIVE_TOOLS.has(name)) {
        const info = readBuildInfo(full);
        if (info) {
          const build: NonNullable<GoToolFacts['build']> = { goVersion: info.goVersion };
          if (info.path) build.path = info.path;
          if (info.mod) {
            build.module = info.mod.path;
            build.moduleVersion = info.mod.version;
          }
          t.build = build;
        }
      }
      out.push(t);
    }
  }
  return out;
}
