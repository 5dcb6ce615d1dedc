/**
 * Proof that a moved GOCACHE still serves builds: a tiny package (DIR/.go-doctor-probe, a module with no
 * dependencies) is built with `go build -x` before the copy, so its compiled form is in the old cache;
 * after the switch the same build must print no compile command for it.
 *
 * Signal, checked with the real go (1.19 to 1.26): an uncached build prints
 *   .../pkg/tool/linux_amd64/compile -o $WORK/b001/_pkg_.a -trimpath "$WORK/b001=>" -p godoctorprobe ...
 * and a build served from the cache prints only `WORK=/tmp/go-build…`. The probe stays in one place for
 * the whole relocation because the compile cache key includes the package directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '../collect/runner.js';
import { type GoRunner, goEnvFor } from './switch.js';

export const PROBE_MODULE = 'godoctorprobe';

export function writeProbe(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'go.mod'), `module ${PROBE_MODULE}\n\ngo 1.19\n`);
  writeFileSync(
    path.join(dir, 'probe.go'),
    '// Package godoctorprobe is built by go-doctor relocate to check that the moved build cache serves builds.\npackage godoctorprobe\n\nfunc Answer() int { return 42 }\n',
  );
}

/** True when go's -x output shows the probe package being compiled (a cache miss). */
export function compiledProbe(stderr: string): boolean {
  return stderr
    .split('\n')
    .some(
      (l) => /(^|[\\/"])compile(\.exe)?"?\s/.test(l) && new RegExp(`\\s-p ${PROBE_MODULE}(\\s|$)`).test(l),
    );
}

export interface ProbeResult {
  ok: boolean;
  compiled: boolean;
  error?: string;
}

export async function buildProbe(
  r: GoRunner,
  dir: string,
  overrides: Record<string, string> = {},
): Promise<ProbeResult> {
  const res = await runProcess(r.go, ['build', '-x', '.'], {
    // GOFLAGS=' ' (a space) sets aside the user's GOFLAGS, even one from go env -w (an empty value would not).
    env: goEnvFor(r.env, { GOWORK: 'off', GO111MODULE: 'on', GOFLAGS: ' ', ...overrides }),
    cwd: dir,
    timeoutMs: Math.max(r.timeoutMs, 60_000),
  });
  if (res.exitCode !== 0)
    return {
      ok: false,
      compiled: false,
      error: (res.stderr || res.spawnError || `exit ${res.exitCode}`).trim().split('\n').slice(-3).join(' '),
    };
  return { ok: true, compiled: compiledProbe(res.stderr) };
}
