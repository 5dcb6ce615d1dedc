/**
 * The GitHub Action (action.yml → action/run.mjs) run as the runner would run its step: a simulated
 * GITHUB_* environment (job summary and output files), the inputs as INPUT_* variables, and the built
 * CLI re-checking a saved Windows snapshot (so the findings are known).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-action-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const facts = path.join(ROOT, 'test', 'fixtures', 'facts', 'windows-no-appdata.json');

function step(inputs: Record<string, string>, name: string) {
  const summary = path.join(tmp, `${name}.summary.md`);
  const out = path.join(tmp, `${name}.output`);
  writeFileSync(summary, '');
  writeFileSync(out, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: tmp,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: out,
    INPUT_ARGS: `--facts '${facts}'`,
    INPUT_FAIL_ON: 'error',
    INPUT_SARIF_FILE: '',
    INPUT_SUMMARY: 'true',
    ...inputs,
  };
  const r = spawnSync(process.execPath, [path.join(ROOT, 'action', 'run.mjs')], {
    env,
    cwd: tmp,
    encoding: 'utf8',
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summary, 'utf8'),
    outputs: readFileSync(out, 'utf8'),
  };
}

describe('GitHub Action', () => {
  it('annotates, writes the job summary and fails the step on an error finding', () => {
    const r = step({}, 'default');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=go-doctor appdata-missing::/m);
    expect(r.summary).toContain('### go-doctor report');
    expect(r.outputs).toContain('exit-code=1\n');
  });

  it('passes with fail-on never, writes SARIF when asked, and can skip the summary', () => {
    const sarif = path.join(tmp, 'out', 'go-doctor.sarif');
    rmSync(path.dirname(sarif), { recursive: true, force: true });
    const r1 = step(
      { INPUT_FAIL_ON: 'never', INPUT_SARIF_FILE: sarif, INPUT_SUMMARY: 'false' },
      'sarif-missing-dir',
    );
    // The directory does not exist: the SARIF step warns, the check itself still ran.
    expect(r1.status).toBe(0);
    expect(r1.stdout).toContain('::warning title=go-doctor action::could not write the SARIF file');
    expect(r1.summary).toBe('');
    const file = path.join(tmp, 'go-doctor.sarif');
    const r2 = step({ INPUT_FAIL_ON: 'never', INPUT_SARIF_FILE: file }, 'sarif');
    expect(r2.status).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    expect(r2.outputs).toContain(`sarif-file=${file}\n`);
    // The SARIF run does not append a second summary.
    expect(r2.summary.match(/### go-doctor report/g)).toHaveLength(1);
  });

  it('applies the policy input to both runs', () => {
    const policy = path.join(tmp, 'team.yaml');
    writeFileSync(policy, 'require:\n  CGO_ENABLED: "0"\nseverity:\n  appdata-missing: off\n');
    const file = path.join(tmp, 'policy.sarif');
    const r = step({ INPUT_POLICY: policy, INPUT_SARIF_FILE: file }, 'policy');
    expect(r.stdout).toMatch(/^::error title=go-doctor policy-require::CGO_ENABLED/m);
    expect(r.stdout).not.toContain('appdata-missing');
    const ids = JSON.parse(readFileSync(file, 'utf8')).runs[0].results.map(
      (x: { ruleId: string }) => x.ruleId,
    );
    expect(ids).toContain('policy-require');
    expect(ids).not.toContain('appdata-missing');
    expect(step({ INPUT_POLICY: path.join(tmp, 'missing.yaml') }, 'nopolicy').status).toBe(2);
  });

  it('rejects unbalanced quotes in args and passes usage errors through as exit code 2', () => {
    expect(step({ INPUT_ARGS: "--check 'oops" }, 'quote').status).toBe(2);
    expect(step({ INPUT_ARGS: '--check no-such-check' }, 'usage').status).toBe(2);
  });

  it('wires every input of action.yml to the step', () => {
    const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    for (const input of ['args', 'fail-on', 'policy', 'sarif-file', 'summary']) {
      expect(yml).toMatch(new RegExp(`^  ${input}:$`, 'm'));
      expect(yml).toContain(`\${{ inputs.${input} }}`);
    }
    expect(yml).toContain('using: composite');
    expect(yml).toContain('node "${{ github.action_path }}/action/run.mjs"');
  });
});
