/** go-doctor --list-checks and GO_DOCTOR_IGNORE, through the built CLI. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { cli, ROOT } from './support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-listing-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1' };
const facts = path.join(ROOT, 'test', 'fixtures', 'facts', 'windows-no-appdata.json');

describe('--list-checks', () => {
  it('lists every check with its metadata, as text and as JSON', () => {
    const text = cli(['--list-checks'], env);
    expect(text.status).toBe(0);
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(allChecks.length);
    expect(text.stdout).toMatch(
      /^gocache-off +cache +The build cache is enabled \[GOCACHE; Go 1.12 and later; every OS\]$/m,
    );
    const json = JSON.parse(cli(['--list-checks', '--format', 'json'], env).stdout);
    expect(json.checks.map((c: { id: string }) => c.id)).toEqual(allChecks.map((c) => c.id));
    const appdata = json.checks.find((c: { id: string }) => c.id === 'appdata-missing');
    expect(appdata.os).toEqual(['windows']);
    expect(appdata.codes.length).toBeGreaterThan(0);
  });
});

describe('GO_DOCTOR_IGNORE', () => {
  it('silences the named checks and warns about unknown ids without failing', () => {
    const before = cli(['check', '--facts', facts, '--format', 'json'], env);
    const ids = JSON.parse(before.stdout).findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('appdata-missing');
    const after = cli(['check', '--facts', facts, '--format', 'json'], {
      ...env,
      GO_DOCTOR_IGNORE: 'appdata-missing, no-such-check',
    });
    const j = JSON.parse(after.stdout);
    expect(j.findings.map((f: { id: string }) => f.id)).not.toContain('appdata-missing');
    expect(after.stderr).toContain('GO_DOCTOR_IGNORE names an unknown check "no-such-check"');
    expect(after.status).toBe(j.summary.errors > 0 ? 1 : 0);
  });
});
