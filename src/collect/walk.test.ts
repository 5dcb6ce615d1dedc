import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkSize } from './walk.js';

let tmp = '';
const duSb = (...p: string[]): number =>
  Number(
    (
      execFileSync('du', ['-sbc', ...p], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .at(-1) ?? ''
    ).split('\t')[0],
  );

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-walk-'));
  mkdirSync(path.join(tmp, 'a', 'b', 'c'), { recursive: true });
  mkdirSync(path.join(tmp, 'x'));
  writeFileSync(path.join(tmp, 'a', 'f1'), Buffer.alloc(1000));
  writeFileSync(path.join(tmp, 'a', 'b', 'f2'), Buffer.alloc(2000));
  writeFileSync(path.join(tmp, 'a', 'b', 'c', 'f3'), Buffer.alloc(3000));
  writeFileSync(path.join(tmp, 'x', 'f4'), Buffer.alloc(4000));
  linkSync(path.join(tmp, 'x', 'f4'), path.join(tmp, 'a', 'f4-link'));
  symlinkSync('..', path.join(tmp, 'a', 'loop'));
  symlinkSync('/usr', path.join(tmp, 'a', 'usr'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('walkSize', () => {
  it('matches du -sb, counts links as themselves and hard links once, and restores the working directory', () => {
    const cwd = process.cwd();
    const r = walkSize(tmp);
    expect(process.cwd()).toBe(cwd);
    expect(r.bytes).toBe(duSb(tmp));
    expect(r.files).toBe(4);
    expect(r.links).toBe(2);
    expect(r.dirs).toBe(5);
    expect(r.errorCount).toBe(0);
  });
  it('gives the same answer with full paths, and for a relative root', () => {
    expect(walkSize(tmp, { relative: false }).bytes).toBe(duSb(tmp));
    const rel = path.relative(process.cwd(), path.join(tmp, 'a'));
    expect(walkSize(rel).bytes).toBe(duSb(path.join(tmp, 'a')));
  });
  it('leaves excluded subtrees out entirely, and a shared seen set counts a hard link once across walks', () => {
    const seen = new Set<string>();
    const a = walkSize(path.join(tmp, 'a'), { exclude: new Set([path.join(tmp, 'a', 'b')]), seen });
    const b = walkSize(path.join(tmp, 'a', 'b'), { seen });
    const x = walkSize(path.join(tmp, 'x'), { seen });
    expect(a.bytes + b.bytes + x.bytes).toBe(duSb(path.join(tmp, 'a'), path.join(tmp, 'x')));
    expect(x.files).toBe(0); // f4 was met under a/ first
  });
  it('a missing root is empty; a file root is one file', () => {
    expect(walkSize(path.join(tmp, 'nope')).bytes).toBe(0);
    expect(walkSize(path.join(tmp, 'a', 'f1'))).toMatchObject({ bytes: 1000, files: 1, dirs: 0 });
  });
  it('puts the working directory back when a progress callback throws', () => {
    const cwd = process.cwd();
    expect(() =>
      walkSize(tmp, {
        progressMs: 0,
        onProgress: () => {
          throw new Error('stop');
        },
      }),
    ).toThrow('stop');
    expect(process.cwd()).toBe(cwd);
  });
});
