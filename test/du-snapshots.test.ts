/** go-doctor du on saved snapshots (macOS and Windows, which this Linux CI cannot be), and its usage errors. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, hasStackTrace, ROOT } from './support/cli.js';

const fixture = (name: string): string => path.join(ROOT, 'test/fixtures/du', name);
const env = { PATH: '/usr/bin:/bin', HOME: '/nonexistent' };

interface Json {
  locations: {
    var: string;
    path: string;
    bytes: number;
    files: number;
    volume: { path: string; free: number; total: number };
  }[];
  findings: { id: string; severity: string; fix: string[] }[];
}

describe('go-doctor du --facts', () => {
  it('Windows: C: nearly full, D: roomy: three warnings, fixes in Windows paths, exit 1', () => {
    const r = cli(['du', '--facts', fixture('windows-c-full.json'), '--format', 'json'], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(Object.keys(j)).toEqual(['locations', 'volumes', 'thresholds', 'findings', 'cleanups']);
    expect(j.locations[0]).toMatchObject({
      var: 'GOCACHE',
      volume: { path: 'C:\\', total: 237 * 1024 ** 3 },
    });
    expect(j.findings.map((f) => f.id)).toEqual(['du-volume-low', 'du-system-drive', 'du-gocache-large']);
    expect(j.findings[1]?.fix).toContain('go env -w GOMODCACHE=D:\\go\\pkg\\mod');
  });
  it('Windows: --fail-on never and looser thresholds exit 0', () => {
    expect(cli(['du', '--facts', fixture('windows-c-full.json'), '--fail-on', 'never'], env).status).toBe(0);
    const r = cli(
      ['du', '--facts', fixture('windows-c-full.json'), '--min-free', '1GiB', '--max-cache', '20GiB'],
      env,
    );
    expect(r.status).toBe(0); // only the info finding remains
    expect(r.stdout).toContain('[du-system-drive]');
  });
  it('macOS: internal disk nearly full, /Volumes/Work roomy', () => {
    const r = cli(['du', '--facts', fixture('darwin-internal-full.json'), '--format', 'json'], env);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as Json;
    expect(j.findings.map((f) => f.id)).toEqual(['du-volume-low', 'du-system-drive']);
    expect(j.findings[1]?.fix).toEqual([
      'go clean -cache',
      'go env -w GOCACHE=/Volumes/Work/go/cache',
      'go clean -modcache',
      'go env -w GOMODCACHE=/Volumes/Work/go/pkg/mod',
    ]);
  });
});

describe('go-doctor du usage errors exit 2', () => {
  for (const args of [
    ['--min-free', '10x'],
    ['--min-free', '150%'],
    ['--max-cache', 'big'],
    ['--fail-on', 'error-ish'],
    ['--format', 'yaml'],
  ]) {
    it(args.join(' '), () => {
      const r = cli(['du', '--facts', fixture('windows-c-full.json'), ...args], env);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^go-doctor: /);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.stdout).toBe('');
    });
  }
  it('a snapshot without a du part', () => {
    const r = cli(['du', '--facts', path.join(ROOT, 'test/fixtures/facts/windows-msi-default.json')], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('has no "du" part; save one with: go-doctor du --save-facts FILE');
  });
});
