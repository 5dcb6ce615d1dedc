import { execFileSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkSize } from './walk.js';
import { WalkPool, walkSizeParallel } from './walk-parallel.js';

let tmp = '';
const pool = new WalkPool(3, 10);
const duSb = (p: string): number =>
  Number(execFileSync('du', ['-sb', p], { encoding: 'utf8' }).split('\t')[0]);

beforeAll(() => {
  // A tree big enough to be shared out: a copy of part of GOROOT/src (real layout and sizes), plus
  // hard links across subtrees, symlinks (never followed) and an unreadable-looking dangling link.
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-walkp-'));
  const goroot = execFileSync('go', ['env', 'GOROOT'], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local' },
  }).trim();
  for (const d of ['go', 'net', 'crypto', 'encoding', 'image'])
    cpSync(path.join(goroot, 'src', d), path.join(tmp, 'src', d), { recursive: true });
  mkdirSync(path.join(tmp, 'links'));
  writeFileSync(path.join(tmp, 'links', 'big'), Buffer.alloc(100_000));
  linkSync(path.join(tmp, 'links', 'big'), path.join(tmp, 'src', 'go', 'big-hardlink'));
  linkSync(path.join(tmp, 'links', 'big'), path.join(tmp, 'src', 'net', 'big-hardlink'));
  symlinkSync('/usr', path.join(tmp, 'src', 'crypto', 'usr'));
  symlinkSync('missing', path.join(tmp, 'src', 'image', 'dangling'));
});
afterAll(async () => {
  await pool.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('walkSizeParallel', () => {
  it('gives exactly the one-thread result and du -sb, hard links once, links not followed', async () => {
    const one = walkSize(tmp);
    const many = await walkSizeParallel(tmp, pool);
    expect(many).toEqual(one);
    expect(many.bytes).toBe(duSb(tmp));
    expect(many.files).toBeGreaterThan(1000);
  });

  it('honours exclude and a seen set shared with other walks', async () => {
    const seen = new Set<string>();
    const exclude = new Set([path.join(tmp, 'src', 'net')]);
    const a = await walkSizeParallel(path.join(tmp, 'src'), pool, { exclude, seen });
    const b = await walkSizeParallel(path.join(tmp, 'src', 'net'), pool, { seen });
    const c = await walkSizeParallel(path.join(tmp, 'links'), pool, { seen });
    // du -sbc counts a file hard-linked under both arguments once, as the shared seen set does.
    const both = execFileSync('du', ['-sbc', path.join(tmp, 'src'), path.join(tmp, 'links')], {
      encoding: 'utf8',
    });
    expect(a.bytes + b.bytes + c.bytes).toBe(Number(both.trim().split('\n').at(-1)?.split('\t')[0]));
    // big was counted once, under src/go (the first walk); links/ then holds only its directory.
    expect(c.files).toBe(0);
  });

  it('reports progress while the workers walk, and falls back to one thread without a pool', async () => {
    const seen: number[] = [];
    await walkSizeParallel(tmp, new WalkPool(2, 0), { onProgress: (r) => seen.push(r.files), progressMs: 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(await walkSizeParallel(tmp, null)).toEqual(walkSize(tmp));
    expect((await walkSizeParallel(path.join(tmp, 'nope'), pool)).bytes).toBe(0);
  });
});
