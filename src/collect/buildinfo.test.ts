/**
 * Ground truth for the build-info reader: binaries built by every installed Go release (and cross-built
 * for macOS and Windows by the newest), compared with what the real `go version -m` says about them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goReleases } from '../../test/support/releases.js';
import { bufferReader, decodeBuildInfo, readBuildInfo, readBuildInfoFrom } from './buildinfo.js';

const releases = goReleases();
const newest = releases.at(-1);
let tmp = '';
let src = '';

function goEnv(home: string): Record<string, string> {
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    // Shared between runs: content-addressed, and it keeps std builds out of the test's time.
    GOCACHE: path.join(os.tmpdir(), 'go-doctor-test-gocache'),
    GOPATH: path.join(home, 'go'),
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-buildvcs=false',
    CGO_ENABLED: '0',
  };
}

function build(goroot: string, out: string, extra: Record<string, string> = {}): void {
  execFileSync(path.join(goroot, 'bin', 'go'), ['build', '-o', out, './cmd/tool'], {
    cwd: src,
    env: { ...goEnv(path.join(tmp, 'home')), ...extra },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** What the real go says: the release and the path/mod lines of `go version -m`. */
function truth(goroot: string, file: string): { goVersion: string; path?: string; mod?: string } {
  const text = execFileSync(path.join(goroot, 'bin', 'go'), ['version', '-m', file], {
    env: goEnv(path.join(tmp, 'home')),
    encoding: 'utf8',
  });
  const lines = text.split('\n');
  const goVersion = (lines[0] ?? '').split(': ')[1]?.trim() ?? '';
  const out: { goVersion: string; path?: string; mod?: string } = { goVersion };
  for (const l of lines.slice(1)) {
    const f = l.trim().split('\t');
    if (f[0] === 'path' && f[1]) out.path = f[1];
    if (f[0] === 'mod') out.mod = `${f[1]} ${f[2]}`;
  }
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-buildinfo-'));
  mkdirSync(path.join(tmp, 'home'));
  src = path.join(tmp, 'src');
  mkdirSync(path.join(src, 'cmd', 'tool'), { recursive: true });
  writeFileSync(path.join(src, 'go.mod'), 'module example.test/tools\n\ngo 1.19\n');
  writeFileSync(
    path.join(src, 'cmd', 'tool', 'main.go'),
    'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("tool") }\n',
  );
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('readBuildInfo agrees with go version -m', () => {
  for (const r of releases) {
    it(`linux/amd64 binary built by go${r.version}`, () => {
      const out = path.join(tmp, `tool-${r.version}`);
      build(r.goroot, out);
      const want = truth(r.goroot, out);
      const got = readBuildInfo(out);
      expect(got?.goVersion).toBe(`go${r.version}`);
      expect(got?.goVersion).toBe(want.goVersion);
      expect(got?.path).toBe(want.path);
      expect(got?.path).toBe('example.test/tools/cmd/tool');
      expect(`${got?.mod?.path} ${got?.mod?.version}`).toBe(want.mod);
    }, 180_000);
  }

  for (const [goos, goarch] of [
    ['darwin', 'arm64'],
    ['darwin', 'amd64'],
    ['windows', 'amd64'],
    ['linux', '386'],
  ] as const) {
    it(`${goos}/${goarch} binary cross-built by the newest release`, () => {
      if (!newest) throw new Error('no Go release');
      const out = path.join(tmp, `tool-${goos}-${goarch}`);
      build(newest.goroot, out, { GOOS: goos, GOARCH: goarch });
      const want = truth(newest.goroot, out);
      const got = readBuildInfo(out);
      expect(got?.goVersion).toBe(`go${newest.version}`);
      expect(got?.goVersion).toBe(want.goVersion);
      expect(got?.path).toBe(want.path);
    }, 180_000);
  }

  it('reads the go command itself', () => {
    for (const r of releases) {
      expect(readBuildInfo(path.join(r.goroot, 'bin', 'go'))?.goVersion).toBe(`go${r.version}`);
    }
  });
});

describe('bad input', () => {
  it('returns null for non-Go files, scripts, truncated headers, directories and missing files', () => {
    const script = path.join(tmp, 'script');
    writeFileSync(script, '#!/bin/sh\necho hi\n');
    expect(readBuildInfo(script)).toBeNull();
    expect(readBuildInfo('/bin/sh')).toBeNull();
    expect(readBuildInfo(tmp)).toBeNull();
    expect(readBuildInfo(path.join(tmp, 'none'))).toBeNull();
    const elf = readFileSync('/bin/sh').subarray(0, 80);
    expect(readBuildInfoFrom(bufferReader(elf))).toBeNull();
    expect(readBuildInfoFrom(bufferReader(Buffer.from('MZ')))).toBeNull();
  });

  it('decodes only a 16-byte-aligned header and rejects garbage lengths', () => {
    const magic = Buffer.from('\xff Go buildinf:', 'latin1');
    const header = Buffer.concat([magic, Buffer.from([8, 2]), Buffer.alloc(16)]);
    const body = Buffer.concat([Buffer.from([8]), Buffer.from('go1.22.1'), Buffer.from([0])]);
    expect(decodeBuildInfo(Buffer.concat([header, body]))).toEqual({ goVersion: 'go1.22.1' });
    expect(decodeBuildInfo(Buffer.concat([Buffer.alloc(3), header, body]))).toBeNull();
    const long = Buffer.concat([header, Buffer.from([0xff, 0x7f]), Buffer.from('go')]);
    expect(decodeBuildInfo(long)).toBeNull();
    const old = Buffer.concat([magic, Buffer.from([8, 0]), Buffer.alloc(16)]);
    expect(decodeBuildInfo(old)).toBe('old');
  });
});
