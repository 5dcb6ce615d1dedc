/**
 * Fact helpers for the unit tests of the gopath and environment checks (not used by checks).
 */
import type { Facts, PathInfo } from '../../core/facts.js';

/** Replaces PATH (env and examined entries); realPaths maps an entry to its resolved directory. */
export function withPath(
  f: Facts,
  entries: readonly string[],
  realPaths: Record<string, string> = {},
): Facts {
  const sep = f.host.os === 'windows' ? ';' : ':';
  f.env.PATH = entries.join(sep);
  f.pathEntries = entries.map((entry, index) => ({
    entry,
    index,
    info:
      entry === ''
        ? null
        : {
            path: entry,
            absolute: entry.startsWith('/') || /^[A-Za-z]:\\/.test(entry),
            kind: 'dir',
            realPath: realPaths[entry] ?? entry,
            readable: true,
            writable: true,
          },
  }));
  return f;
}

/** A directory that exists and is writable. */
export function dirInfo(p: string, extra: Partial<PathInfo> = {}): PathInfo {
  return { path: p, absolute: true, kind: 'dir', realPath: p, readable: true, writable: true, ...extra };
}

/** A path that does not exist; creatable unless told otherwise. */
export function missingInfo(p: string, nearest: string, writable = true): PathInfo {
  return { path: p, absolute: true, kind: 'missing', nearestExisting: nearest, writable };
}

/** Makes the go env answer unavailable (go failed), so settings come from the model. */
export function goEnvFailed(f: Facts): Facts {
  if (f.goEnv) {
    f.goEnv.ok = false;
    f.goEnv.exitCode = 2;
    f.goEnv.values = null;
  }
  return f;
}

/** Sets what go env reports for a name without touching the OS environment. */
export function goSays(f: Facts, name: string, value: string): Facts {
  if (f.goEnv?.values) f.goEnv.values[name] = value;
  return f;
}

/** Removes a variable from the OS environment. */
export function unsetEnv(f: Facts, name: string): Facts {
  delete f.env[name];
  return f;
}
