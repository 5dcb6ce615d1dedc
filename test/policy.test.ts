/**
 * The repo policy through the real CLI and the real go: discovery (up to the repository root), values
 * compared with what `go env` reports in the same environment, errors naming file, line and key, and the
 * policy's severity overrides, disabled checks and failure threshold.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-policy-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const home = path.join(tmp, 'home');
const repo = path.join(tmp, 'outer', 'repo');
const sub = path.join(repo, 'svc', 'api');
mkdirSync(home, { recursive: true });
mkdirSync(path.join(repo, '.git'), { recursive: true });
mkdirSync(sub, { recursive: true });
writeFileSync(path.join(repo, 'go.mod'), 'module example.com/repo\n\ngo 1.19\n');
// A policy above the repository root must not apply.
writeFileSync(path.join(tmp, 'outer', '.go-doctor.yaml'), 'require:\n  GOOS: plan9\n');

const env = (extra: Record<string, string> = {}) => ({
  PATH: process.env.PATH,
  HOME: home,
  NO_COLOR: '1',
  GOTOOLCHAIN: 'local',
  ...extra,
});

function goEnv(name: string, e: Record<string, string | undefined>): string {
  const r = spawnSync('go', ['env', name], { env: e as NodeJS.ProcessEnv, cwd: sub, encoding: 'utf8' });
  return r.stdout.trim();
}

function check(args: string[], e: Record<string, string | undefined>) {
  const r = cli(['check', '--format', 'json', ...args], e, sub);
  return { ...r, json: r.stdout.startsWith('{') ? JSON.parse(r.stdout) : null };
}

describe('repo policy (real go)', () => {
  it('is found walking up to the repository root and compares go env values', () => {
    writeFileSync(
      path.join(repo, '.go-doctor.yaml'),
      'require:\n  GOFLAGS:\n    contains: -mod=readonly\n  GO111MODULE: "on"\n',
    );
    const e = env({ GOFLAGS: '-trimpath', GO111MODULE: 'auto' });
    const r = check([], e);
    const got = r.json.findings.filter((f: { id: string }) => f.id === 'policy-require');
    expect(got.map((f: { vars: string[] }) => f.vars[0]).sort()).toEqual(['GO111MODULE', 'GOFLAGS']);
    const flags = got.find((f: { vars: string[] }) => f.vars[0] === 'GOFLAGS');
    // The value the policy judged is the one go reports.
    expect(flags.data.value).toBe(goEnv('GOFLAGS', e));
    expect(flags.message).toContain(`${path.join(repo, '.go-doctor.yaml')}:2`);
    expect(r.json.findings.some((f: { message: string }) => f.message.includes('plan9'))).toBe(false);
    expect(r.status).toBe(1);
    const ok = check([], env({ GOFLAGS: '-trimpath -mod=readonly', GO111MODULE: 'on' }));
    expect(ok.json.findings.filter((f: { id: string }) => f.id === 'policy-require')).toEqual([]);
  });

  it('sees a go env -w value as go does', () => {
    const goenv = path.join(tmp, 'goenv');
    const e = env({ GOENV: goenv });
    writeFileSync(goenv, 'GOFLAGS=-mod=readonly\nGO111MODULE=on\n');
    expect(goEnv('GOFLAGS', e)).toBe('-mod=readonly');
    const r = check([], e);
    expect(r.json.findings.filter((f: { id: string }) => f.id === 'policy-require')).toEqual([]);
  });

  it('applies severity overrides, disabled checks and failOn', () => {
    writeFileSync(
      path.join(repo, '.go-doctor.yaml'),
      'require:\n  GOFLAGS:\n    contains: -mod=readonly\n    severity: warning\nfailOn: warning\nseverity:\n  policy-min-go: off\n',
    );
    const r = check([], env({ GOFLAGS: '' }));
    const f = r.json.findings.find((x: { id: string }) => x.id === 'policy-require');
    expect(f.severity).toBe('warning');
    expect(r.status).toBe(1); // failOn: warning
    expect(check(['--fail-on', 'error'], env({ GOFLAGS: '' })).status).toBe(0); // the flag wins
    expect(r.json.checks.map((c: { id: string }) => c.id)).not.toContain('policy-min-go');
    expect(check(['--no-policy'], env({ GOFLAGS: '' })).json.findings).not.toContainEqual(
      expect.objectContaining({ id: 'policy-require' }),
    );
  });

  it('reads --policy FILE (JSON) and rejects a bad policy naming file, line and key (exit 2)', () => {
    const j = path.join(tmp, 'team.json');
    writeFileSync(j, JSON.stringify({ require: { CGO_ENABLED: '0' } }, null, 2));
    const r = check(['--policy', j], env({ CGO_ENABLED: '1' }));
    expect(r.json.findings.find((f: { id: string }) => f.id === 'policy-require')?.vars).toEqual([
      'CGO_ENABLED',
    ]);
    const bad = path.join(repo, '.go-doctor.yaml');
    writeFileSync(bad, 'require:\n  GOFLAGS:\n    containz: x\n');
    const b = cli(['check'], env(), sub);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain(`${bad}:3: require.GOFLAGS.containz: unknown key "containz"`);
    writeFileSync(bad, 'require:\n\tGOFLAGS: x\n');
    expect(cli(['check'], env(), sub).stderr).toContain(`${bad}:2: tabs are not allowed`);
    rmSync(bad);
  });
});
