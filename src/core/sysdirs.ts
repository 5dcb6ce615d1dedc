/**
 * The operating system's own command directories: where a shadowed name means a system command does
 * not run, and what a PATH entry writable by others must not come before. Pure.
 */
import type { OS } from './facts.js';

const UNIX_SYSTEM = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);

function normalize(entry: string, os: OS): string {
  if (os === 'windows') return entry.replace(/\//g, '\\').replace(/\\+$/, '').toLowerCase();
  return entry.length > 1 ? entry.replace(/\/+$/, '') : entry;
}

/** Whether a PATH entry (as written) is one of the system's command directories. */
export function isSystemDir(entry: string, os: OS): boolean {
  const e = normalize(entry, os);
  if (os === 'windows') {
    // %SystemRoot% and %SystemRoot%\System32 (and its Wbem / PowerShell subdirectories).
    return /^[a-z]:\\windows(\\system32(\\wbem|\\windowspowershell\\v1\.0)?)?$/.test(e);
  }
  return UNIX_SYSTEM.has(e);
}
