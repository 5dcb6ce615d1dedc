/**
 * The real Go releases the tests run against: Debian's side-by-side installs under /usr/lib/go-1.NN
 * (installed by .ci/run) and the machine's own newest Go. GO_DOCTOR_TEST_GOROOTS (a PATH-style list of
 * GOROOTs) overrides the search.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compare, fromGoVersionText } from '../../src/core/version.js';

export interface Release {
  /** "1.23.5" */
  version: string;
  goroot: string;
  go: string;
}

function versionOf(goroot: string): string | null {
  try {
    return fromGoVersionText(readFileSync(path.join(goroot, 'VERSION'), 'utf8')) || null;
  } catch {
    return null;
  }
}

let cached: Release[] | null = null;

export function goReleases(): Release[] {
  if (cached) return cached;
  const roots: string[] = [];
  const override = process.env.GO_DOCTOR_TEST_GOROOTS;
  if (override) {
    roots.push(...override.split(path.delimiter).filter(Boolean));
  } else {
    try {
      for (const n of readdirSync('/usr/lib'))
        if (/^go-1\.\d+$/.test(n)) roots.push(path.join('/usr/lib', n));
    } catch {
      // no Debian installs
    }
    for (const candidate of ['/usr/local/go']) if (existsSync(candidate)) roots.push(candidate);
    try {
      const fromPath = execFileSync('go', ['env', 'GOROOT'], {
        encoding: 'utf8',
        env: { ...process.env, GOTOOLCHAIN: 'local' },
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (fromPath) roots.push(fromPath);
    } catch {
      // no go on PATH
    }
  }
  const byVersion = new Map<string, Release>();
  for (const goroot of roots) {
    const version = versionOf(goroot);
    const go = path.join(goroot, 'bin', 'go');
    if (!version || !existsSync(go) || byVersion.has(version)) continue;
    byVersion.set(version, { version, goroot, go });
  }
  cached = [...byVersion.values()].sort((a, b) => compare(a.version, b.version));
  return cached;
}
