/**
 * A Go installation laid out somewhere else, cheaply: bin/ holds copies of the release's executables (so
 * the go command takes the new place for its GOROOT), everything else links into the release.
 */
import { copyFileSync, mkdirSync, readdirSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export function goTree(goroot: string, dst: string): string {
  mkdirSync(path.join(dst, 'bin'), { recursive: true });
  for (const name of readdirSync(goroot)) {
    const from = path.join(goroot, name);
    if (name === 'bin') {
      for (const b of readdirSync(from)) copyFileSync(path.join(from, b), path.join(dst, 'bin', b));
      continue;
    }
    symlinkSync(realpathSync(from), path.join(dst, name));
  }
  return dst;
}
