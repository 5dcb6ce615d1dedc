/** go-doctor du on saved snapshots (macOS and Windows, which this Linux CI cannot be), and its usage errors. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
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
    expect(Object.keys(j.findings[0] ?? {})).toEqual([
      'id',
      'code',
      'severity',
      'message',
      'why',
      'vars',
      'fix',
      'fixes',
      'data',
    ]);
    expect(j.locations[0]).toMatchObject({
      var: 'GOCACHE',
      volume: { path: 'C:\\', total: 237 * 1024 ** 3 },
    });
    expect(j.findings.map((f) => f.id)).toEqual(['du-gocache-large', 'du-system-drive', 'du-volume-low']);
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
    expect(j.findings.map((f) => f.id)).toEqual(['du-system-drive', 'du-volume-low']);
    expect(j.findings[0]?.fix).toEqual([
      'go clean -cache',
      'go env -w GOCACHE=/Volumes/Work/go/cache',
      'go clean -modcache',
      'go env -w GOMODCACHE=/Volumes/Work/go/pkg/mod',
    ]);
  });
});

describe('go-doctor du --format markdown|sarif|junit|github, --output, --lang', () => {
  const win = fixture('windows-c-full.json');
  it('markdown: the findings block, then the sizes, volumes and what go clean frees', () => {
    const r = cli(['du', '--facts', win, '--format', 'markdown'], env);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^### go-doctor report/);
    expect(r.stdout).toContain('`du-system-drive`');
    expect(r.stdout).toContain('#### Disk use');
    expect(r.stdout).toMatch(
      /\| GOCACHE \| 13\.8 GiB \| 151000 \| `C:\\Users\\bob\\AppData\\Local\\go-build` \|/,
    );
    expect(r.stdout).toContain('- `go clean -modcache`: 8 GiB.');
  });
  it('sarif to --output (the terminal gets text), with the disk checks as rules', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gd-du-fmt-'));
    try {
      const out = path.join(dir, 'du.sarif');
      const r = cli(['du', '--facts', win, '--format', 'sarif', '--output', out], env);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('Cleanup');
      const doc = JSON.parse(readFileSync(out, 'utf8'));
      const run = doc.runs[0];
      expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual([
        'du-gocache-large',
        'du-system-drive',
        'du-unreadable',
        'du-volume-low',
      ]);
      expect(run.results.map((x: { ruleId: string }) => x.ruleId)).toEqual([
        'du-gocache-large',
        'du-system-drive',
        'du-volume-low',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('junit: one test case per disk check, failing at --fail-on', () => {
    const r = cli(['du', '--facts', win, '--format', 'junit', '--fail-on', 'warning'], env);
    expect(r.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(r.stdout.match(/<failure /g)).toHaveLength(3);
  });
  it('github: annotations, and the Markdown with the sizes appended to the job summary', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gd-du-gh-'));
    try {
      const summary = path.join(dir, 'summary.md');
      const r = cli(['du', '--facts', win, '--format', 'github'], { ...env, GITHUB_STEP_SUMMARY: summary });
      expect(r.stdout).toMatch(/^::warning title=go-doctor du-gocache-large::/m);
      expect(readFileSync(summary, 'utf8')).toContain('#### Disk use');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('--lang zh-CN: findings, why, cleanup notes and headings in Chinese; identifiers kept', () => {
    const r = cli(['du', '--facts', win, '--lang', 'zh-CN'], env);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('发现的问题');
    expect(r.stdout).toContain('存放 GOCACHE 和 GOMODCACHE 的卷 C:\\ 只剩 6 GiB 可用');
    expect(r.stdout).toContain('go env -w GOMODCACHE=D:\\go\\pkg\\mod');
    for (const english of ['Findings', 'Cleanup', 'frees nothing now', 'holds 13.8 GiB', 'free of 237 GiB'])
      expect(r.stdout).not.toContain(english);
    const md = cli(['du', '--facts', win, '--format', 'markdown'], { ...env, LANG: 'zh_CN.UTF-8' });
    expect(md.stdout).toContain('#### 磁盘占用');
    const bad = cli(['du', '--facts', win, '--min-free', '10x', '--lang', 'zh-CN'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--min-free 必须是百分比');
  });
  it('GO_DOCTOR_IGNORE silences a disk check', () => {
    const r = cli(['du', '--facts', win, '--format', 'json'], {
      ...env,
      GO_DOCTOR_IGNORE: 'du-gocache-large',
    });
    expect((JSON.parse(r.stdout) as Json).findings.map((f) => f.id)).toEqual([
      'du-system-drive',
      'du-volume-low',
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
