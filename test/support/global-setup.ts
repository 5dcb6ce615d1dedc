/** Generates the check registry before any test imports it (a fresh clone has none). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/gen-registry.mjs'], { stdio: 'inherit' });
}
