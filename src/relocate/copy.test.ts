/** The relocate copier on real files: links stay links, modes and times kept, resumable, a mirror. */
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyTree, removeTree, tallyTree } from './copy.js';

let tmp = '';
beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-copy-'));
});
afterEach(() => {
  removeTree(tmp);
});

function tree(): string {
  const src = path.join(tmp, 'src');
  mkdirSync(path.join(src, 'mod', 'example.test', 'dep@v1.0.0'), { recursive: true });
  writeFileSync(path.join(src, 'mod', 'example.test', 'dep@v1.0.0', 'dep.go'), 'package dep\n');
  chmodSync(path.join(src, 'mod', 'example.test', 'dep@v1.0.0', 'dep.go'), 0o444);
  chmodSync(path.join(src, 'mod', 'example.test', 'dep@v1.0.0'), 0o555);
  mkdirSync(path.join(tmp, 'outside'));
  writeFileSync(path.join(tmp, 'outside', 'big'), 'x'.repeat(10_000));
  symlinkSync(path.join(tmp, 'outside'), path.join(src, 'dirlink'));
  symlinkSync('mod/example.test', path.join(src, 'rellink'));
  symlinkSync('/nonexistent/target', path.join(src, 'dangling'));
  writeFileSync(path.join(src, 'a.txt'), 'hello');
  linkSync(path.join(src, 'a.txt'), path.join(src, 'a-hard.txt'));
  utimesSync(path.join(src, 'a.txt'), new Date('2020-01-02T03:04:05Z'), new Date('2020-01-02T03:04:05Z'));
  return src;
}

describe('copyTree', () => {
  it('copies links as links (never through them), keeps modes, mtimes and hard links', () => {
    const src = tree();
    const dst = path.join(tmp, 'dst');
    const r = copyTree(src, dst);
    expect(lstatSync(path.join(dst, 'dirlink')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dst, 'dirlink'))).toBe(path.join(tmp, 'outside'));
    expect(readlinkSync(path.join(dst, 'rellink'))).toBe('mod/example.test');
    expect(readlinkSync(path.join(dst, 'dangling'))).toBe('/nonexistent/target');
    expect(existsSync(path.join(dst, 'dirlink', 'big'))).toBe(true); // through the link, not a copy
    expect(r.links).toBe(3);
    expect(statSync(path.join(dst, 'mod', 'example.test', 'dep@v1.0.0')).mode & 0o777).toBe(0o555);
    expect(statSync(path.join(dst, 'mod', 'example.test', 'dep@v1.0.0', 'dep.go')).mode & 0o777).toBe(0o444);
    expect(statSync(path.join(dst, 'a.txt')).mtime.toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(statSync(path.join(dst, 'a.txt')).ino).toBe(statSync(path.join(dst, 'a-hard.txt')).ino);
    expect(tallyTree(dst)).toEqual(tallyTree(src));
    expect(tallyTree(dst).fileBytes).toBe(5 + 5 + 12); // the 10 kB behind the link are not copied
  });

  it('resumes: complete files are skipped, partial ones redone, extras removed', () => {
    const src = tree();
    const dst = path.join(tmp, 'dst');
    copyTree(src, dst);
    // An interrupted run leaves a partial temp file and a file the source no longer has.
    writeFileSync(path.join(dst, 'a.txt.go-doctor-partial'), 'he');
    writeFileSync(path.join(dst, 'gone.txt'), 'old');
    rmSync(path.join(dst, 'rellink'));
    const r = copyTree(src, dst);
    expect(r.copied).toBe(0);
    expect(r.skipped).toBe(2);
    expect(existsSync(path.join(dst, 'gone.txt'))).toBe(false);
    expect(existsSync(path.join(dst, 'a.txt.go-doctor-partial'))).toBe(false);
    expect(tallyTree(dst)).toEqual(tallyTree(src));
    // A changed source file is copied again.
    writeFileSync(path.join(src, 'a.txt'), 'hello, world');
    expect(copyTree(src, dst).copied).toBe(1);
    expect(readFileSync(path.join(dst, 'a-hard.txt'), 'utf8')).toBe('hello, world');
  });

  it('add-missing copies only what the destination lacks', () => {
    const src = tree();
    const dst = path.join(tmp, 'dst');
    copyTree(src, dst);
    writeFileSync(path.join(dst, 'a.txt'), 'newer, written after the switch');
    writeFileSync(path.join(src, 'late.txt'), 'installed in the old place meanwhile');
    const r = copyTree(src, dst, { mode: 'add-missing' });
    expect(r.copied).toBe(1);
    expect(readFileSync(path.join(dst, 'a.txt'), 'utf8')).toBe('newer, written after the switch');
    expect(readFileSync(path.join(dst, 'late.txt'), 'utf8')).toBe('installed in the old place meanwhile');
  });

  it('removeTree removes read-only module-cache directories and does not follow links', () => {
    const src = tree();
    removeTree(src);
    expect(existsSync(src)).toBe(false);
    expect(readFileSync(path.join(tmp, 'outside', 'big'), 'utf8').length).toBe(10_000);
  });
});
