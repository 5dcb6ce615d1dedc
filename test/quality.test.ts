/**
 * Type-checking (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes) and lint/format are part
 * of the test run, so CI's closing line counts them.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

function bin(name: string): string {
  return path.join(ROOT, 'node_modules', '.bin', name);
}

describe('code quality', () => {
  it('type-checks', () => {
    const r = spawnSync(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('passes lint and format checks', () => {
    const r = spawnSync(bin('biome'), ['check', '--diagnostic-level=error', '.'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  }, 120_000);
});
