/**
 * Writing a file atomically (a temporary file in the same directory, then a rename), shared by the fix
 * engine, relocate's journal and --output. No other dependencies, so the default check can use it.
 */
import { chownSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes atomically: temp file in the same directory, mode (and owner when allowed) kept, rename. */
export function atomicWrite(
  target: string,
  data: string | Buffer,
  keep?: { mode?: number; uid?: number; gid?: number },
): void {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.go-doctor-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data, { mode: keep?.mode !== undefined ? keep.mode & 0o7777 : 0o644, flag: 'wx' });
    if (keep?.uid !== undefined && keep.gid !== undefined) {
      try {
        chownSync(tmp, keep.uid, keep.gid);
      } catch {
        // only root may give a file away; the owner is this user anyway then
      }
    }
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing left behind
    }
    throw err;
  }
}
