/**
 * macOS and Windows machines, which this Linux CI cannot be, as fact snapshots (test/fixtures/facts/).
 * Each snapshot says in its "origin" field where its facts come from. Every check runs over each one;
 * the exact set of findings is pinned so that a change in any check's OS rules shows up here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { parseFacts } from '../src/core/factsfile.js';
import { runChecks } from '../src/core/run.js';
import { buildReport } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { cli, ROOT } from './support/cli.js';

const dir = path.join(ROOT, 'test', 'fixtures', 'facts');

function load(name: string) {
  const file = path.join(dir, name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

function run(name: string) {
  const facts = load(name);
  const { results, context } = runChecks(allChecks, facts);
  const report = buildReport({ facts, results, context, checks: allChecks, toolVersion: 'test', checkMs: 0 });
  return { facts, results, context, report };
}

const expected: Record<string, string[]> = {
  'darwin-homebrew.json': ['info gotoolchain-download/download'],
  'darwin-launchd-no-home.json': ['error home-unset/unset'],
  'windows-msi-default.json': ['info cgo-auto-off/no-compiler'],
  'windows-no-appdata.json': [
    'error appdata-missing/no-local-app-data',
    'warning appdata-missing/no-app-data',
    'warning cgo-no-compiler/missing',
  ],
};

describe('fact fixtures', () => {
  it('every fixture is covered here and says where its facts come from', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    for (const f of files) expect(load(f).origin?.length ?? 0, f).toBeGreaterThan(80);
  });

  for (const [name, findings] of Object.entries(expected)) {
    it(`${name}: no check crashes and the findings are exactly the expected ones`, () => {
      const { results, report } = run(name);
      expect(results.filter((r) => r.status === 'crashed').map((r) => `${r.id}: ${r.crash}`)).toEqual([]);
      expect(report.findings.map((f) => `${f.severity} ${f.id}/${f.code}`).sort()).toEqual(
        [...findings].sort(),
      );
    });
  }
});

describe('check --facts (the CLI) on a macOS and a Windows snapshot', () => {
  // The same facts give the same findings whether they are checked where they were collected (in
  // process, as check does after collecting) or re-read from a saved file on this Linux machine.
  for (const name of ['darwin-homebrew.json', 'windows-no-appdata.json']) {
    it(`${name}: identical findings, messages and fixes`, () => {
      const inProcess = run(name).report;
      const r = cli(['check', '--facts', path.join(dir, name), '--format', 'json'], {
        PATH: '/usr/bin:/bin',
        HOME: '/nonexistent',
      });
      expect(r.status).toBe(inProcess.summary.errors > 0 ? 1 : 0);
      const viaCli = JSON.parse(r.stdout) as { findings: unknown[]; os: string; arch: string };
      expect(viaCli.os).toBe(inProcess.os);
      expect(viaCli.arch).toBe(inProcess.arch);
      const pick = (f: {
        id: string;
        code: string;
        severity: string;
        message: string;
        fixes: { text: string }[];
      }) => [f.id, f.code, f.severity, f.message, f.fixes.map((x) => x.text)];
      expect((viaCli.findings as Parameters<typeof pick>[0][]).map(pick)).toEqual(
        inProcess.findings.map(pick),
      );
      expect(inProcess.findings.length).toBeGreaterThan(0);
    });
  }
});

describe('macOS rules', () => {
  it('finds GOCACHE and the go env file under ~/Library, and knows the Homebrew toolchain switch', () => {
    const { context } = run('darwin-homebrew.json');
    expect(context.os).toBe('darwin');
    expect(context.setting('GOENV').value).toBe('/Users/filippo/Library/Application Support/go/env');
    expect(context.toolchain).toMatchObject({ outcome: 'download', toolchain: 'go1.22.0', setting: 'auto' });
    expect(context.setting('GOTOOLCHAIN').source).toBe('goroot');
  });
  it('explains a launchd job without HOME in macOS terms, with the fix in zsh-compatible syntax', () => {
    const { report } = run('darwin-launchd-no-home.json');
    const f = report.findings.find((x) => x.id === 'home-unset');
    expect(f?.why).toContain('GOCACHE is not defined and $HOME is not defined');
    expect(f?.fixes.map((x) => x.text)).toContain('export HOME=/Users/filippo');
  });
});

describe('Windows rules', () => {
  it('uses Windows paths, %LocalAppData% and PowerShell syntax', () => {
    const { context, report } = run('windows-no-appdata.json');
    expect(context.path.sep).toBe('\\');
    const text = renderText(report, { color: false, verbose: false });
    expect(text).toContain('Fix: set GOCACHE=C:\\Users\\Administrator\\AppData\\Local\\go-build');
    const ps = buildReport({
      facts: load('windows-no-appdata.json'),
      results: runChecks(allChecks, load('windows-no-appdata.json')).results,
      context,
      checks: allChecks,
      toolVersion: 'test',
      checkMs: 0,
      shell: 'powershell',
    });
    expect(ps.findings.flatMap((f) => f.fixes.map((x) => x.text))).toContain(
      "$env:GOCACHE = 'C:\\Users\\Administrator\\AppData\\Local\\go-build'",
    );
  });
  it('splits a Windows PATH on ";" and finds the install dir on it', () => {
    const { context, report } = run('windows-msi-default.json');
    expect(context.splitList(context.facts.env.PATH ?? '')).toContain('C:\\Users\\bob\\go\\bin');
    expect(report.findings.some((f) => f.id === 'gobin-not-on-path')).toBe(false);
    expect(context.setting('GOCACHE').value).toBe('C:\\Users\\bob\\AppData\\Local\\go-build');
  });
});
