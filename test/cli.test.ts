/**
 * The command line as users meet it: exit codes, the JSON contract, colour rules, options, and bad input
 * that must end in a clear message, never a stack trace. Runs dist/cli.cjs against a real go in temp dirs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasStackTrace, ROOT } from './support/cli.js';
import { goReleases } from './support/releases.js';

const release = goReleases().at(-1);
if (!release) throw new Error('no Go release found');
let tmp = '';
let home = '';
let proj = '';
let env: Record<string, string | undefined> = {};

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-cli-'));
  home = path.join(tmp, 'home');
  proj = path.join(tmp, 'proj');
  mkdirSync(home);
  mkdirSync(proj);
  writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.19\n');
  env = {
    PATH: `${release.goroot}/bin:/usr/bin:/bin`,
    HOME: home,
    PWD: proj,
    GOPATH: path.join(home, 'go'),
    GOBIN: '',
    GOTOOLCHAIN: 'local',
  };
  // The default install dir must be on PATH for a clean report.
  env.PATH = `${env.PATH}:${path.join(home, 'go', 'bin')}`;
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function run(args: string[], extra: Record<string, string | undefined> = {}) {
  const r = cli(args, { ...env, ...extra }, proj);
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  expect(hasStackTrace(r.stdout), r.stdout).toBe(false);
  return r;
}

describe('go-doctor check', () => {
  it('prints a grouped report and exits 0 on a clean setup', () => {
    const r = run([]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`go${release.version}`);
    expect(r.stdout).toMatch(/\[✓\] Go toolchain/);
    expect(r.stdout).toMatch(/No issues found|0 errors/);
    expect(r.status).toBe(0);
  });

  it('exits 1 with an error finding, and names the variable and the fix', () => {
    const r = run(['check'], { GOCACHE: 'off' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('GOCACHE is "off"');
    expect(r.stdout).toContain('Fix: unset GOCACHE');
    expect(r.stdout).toMatch(/1 error/);
  });

  it('writes fixes in the shell asked for', () => {
    expect(run(['--shell', 'fish'], { GOCACHE: 'off' }).stdout).toContain('Fix: set -e GOCACHE');
    expect(run(['--shell', 'powershell'], { GOCACHE: 'off' }).stdout).toContain(
      'Fix: Remove-Item Env:GOCACHE',
    );
  });

  it('takes the shell syntax from $SHELL', () => {
    expect(run([], { GOCACHE: 'off', SHELL: '/usr/bin/fish' }).stdout).toContain('Fix: set -e GOCACHE');
  });

  it('--format json prints exactly one JSON object with the stable contract', () => {
    const r = run(['check', '--format', 'json'], { GOCACHE: 'off' });
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as {
      schemaVersion: number;
      findings: {
        id: string;
        severity: string;
        vars: string[];
        message: string;
        fixes: { kind: string; text: string }[];
      }[];
      summary: { errors: number; warnings: number; infos: number };
      checks: { id: string; status: string }[];
    };
    expect(j.schemaVersion).toBe(1);
    const f = j.findings.find((x) => x.id === 'gocache-off');
    expect(f).toMatchObject({ severity: 'error', vars: ['GOCACHE'] });
    expect(f?.fixes[0]).toMatchObject({ kind: 'unset-env', var: 'GOCACHE', text: 'unset GOCACHE' });
    expect(j.summary.errors).toBe(j.findings.filter((x) => x.severity === 'error').length);
    expect(j.checks.length).toBeGreaterThan(0);
  });

  it('--fail-on warning turns warnings into exit 1, --fail-on never keeps 0', () => {
    const extra = { GOSUMDB: 'off' };
    const base = JSON.parse(run(['--format', 'json'], extra).stdout) as {
      summary: { warnings: number; errors: number };
    };
    expect(base.summary.errors).toBe(0);
    if (base.summary.warnings > 0) {
      expect(run(['--fail-on', 'warning'], extra).status).toBe(1);
    }
    expect(run(['--fail-on', 'never'], { GOCACHE: 'off' }).status).toBe(0);
  });

  it('-v lists passing checks with timings', () => {
    const r = run(['-v']);
    expect(r.stdout).toMatch(/✓ .+ \(gocache-off, \d+\.\d+ ms\)/);
  });

  it('--check and --ignore pick checks by id, and reject unknown ids', () => {
    const only = JSON.parse(
      run(['--format', 'json', '--check', 'gocache-off'], { GOCACHE: 'off' }).stdout,
    ) as {
      checks: { id: string }[];
    };
    expect(only.checks.map((c) => c.id)).toEqual(['gocache-off']);
    const ignored = run(['--ignore', 'gocache-off'], { GOCACHE: 'off' });
    expect(ignored.stdout).not.toContain('GOCACHE is "off"');
    const bad = run(['--check', 'no-such-check']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown check id "no-such-check"');
  });
});

describe('start-up code cache', () => {
  it('is used when present, and go-doctor works the same without it or with a corrupt one', () => {
    const copy = path.join(tmp, 'dist-copy');
    cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
    const cache = readdirSync(copy).find((f) => f.endsWith('.cache'));
    expect(cache, 'npm run build records a code cache for this Node version').toBe(
      `cli-main.${process.version}.cache`,
    );
    const runCopy = () =>
      spawnSync(process.execPath, [path.join(copy, 'cli.cjs'), '--format', 'json'], {
        env: { ...env, GOCACHE: 'off' } as NodeJS.ProcessEnv,
        cwd: proj,
        encoding: 'utf8',
      });
    const withCache = runCopy();
    writeFileSync(path.join(copy, cache ?? 'x'), 'not a V8 code cache');
    const corrupt = runCopy();
    rmSync(path.join(copy, cache ?? 'x'));
    const without = runCopy();
    for (const r of [withCache, corrupt, without]) {
      expect(r.status, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).findings.map((f: { id: string }) => f.id)).toContain('gocache-off');
    }
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal', () => {
    expect(run([], { GOCACHE: 'off' }).stdout).not.toContain('\u001b[');
  });
  it('FORCE_COLOR turns it on, NO_COLOR wins over nothing, --no-color wins over FORCE_COLOR', () => {
    expect(run([], { GOCACHE: 'off', FORCE_COLOR: '1' }).stdout).toContain('\u001b[31m');
    expect(run(['--no-color'], { GOCACHE: 'off', FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(run([], { GOCACHE: 'off', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});

describe('usage errors exit 2 with a message', () => {
  it.each([
    [['--bogus'], /unknown option --bogus/],
    [['--format', 'xml'], /--format must be one of text, json/],
    [['--fail-on', 'fatal'], /--fail-on must be one of/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--timeout', 'soon'], /--timeout must be a number of seconds/],
    [['--facts', '/nonexistent/facts.json'], /cannot read facts file/],
  ])('%j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('a facts file that is not a snapshot', () => {
    const f = path.join(tmp, 'bad.json');
    writeFileSync(f, '{"hello": 1}');
    const r = run(['--facts', f]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a go-doctor facts snapshot');
    writeFileSync(f, 'not json');
    expect(run(['--facts', f]).stderr).toContain('is not JSON');
  });

  it('--help and --version exit 0', () => {
    expect(run(['--help']).stdout).toContain('Usage:');
    expect(run(['--version']).stdout).toMatch(/^go-doctor \d+\.\d+\.\d+/);
  });
});

describe('bad input never ends in a stack trace', () => {
  it('no go on PATH: a finding, exit 1', () => {
    const r = run(['--format', 'json'], { PATH: '/usr/bin:/bin' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('"go-missing"');
  });

  it('a go that hangs is stopped at the timeout and named', () => {
    const bin = path.join(tmp, 'hang');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'go'), '#!/bin/sh\nsleep 30\n', { mode: 0o755 });
    const start = Date.now();
    const r = run(['--timeout', '1'], { PATH: `${bin}:/usr/bin:/bin` });
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('did not answer "go env" within 1 s');
  });

  it('a go that prints garbage', () => {
    const bin = path.join(tmp, 'garbage');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'go'), '#!/bin/sh\nprintf "\\377\\376 not json {"\n', { mode: 0o755 });
    const r = run([], { PATH: `${bin}:/usr/bin:/bin` });
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toContain('not JSON');
  });

  it('symlink loops, unreadable and very long values, non-UTF-8 bytes', () => {
    const loop = path.join(tmp, 'loop');
    symlinkSync(loop, loop);
    const long = `/x${'y'.repeat(20000)}`;
    const manyPath = Array.from({ length: 2000 }, (_, i) => `/nonexistent/${i}`).join(':');
    for (const extra of [
      { GOCACHE: loop },
      { GOPATH: loop, GOMODCACHE: path.join(loop, 'mod') },
      { GOFLAGS: `-tags=${'a'.repeat(100000)}` },
      { GOCACHE: long },
      { PATH: `${env.PATH}:${manyPath}` },
      { HOME: loop },
    ]) {
      const r = run(['--format', 'json'], extra);
      expect([0, 1], `${JSON.stringify(extra).slice(0, 80)}: ${r.stderr}`).toContain(r.status);
      JSON.parse(r.stdout);
    }
    // Bytes that are not UTF-8 in a variable, set by a shell (Node cannot pass them itself).
    const r = spawnSync(
      '/bin/sh',
      [
        '-c',
        `GOPATH="$(printf '/tmp/\\377\\376')" exec "${process.execPath}" "${path.join(ROOT, 'dist', 'cli.cjs')}" --format json`,
      ],
      { env: { ...env, PATH: env.PATH ?? '' } as NodeJS.ProcessEnv, cwd: proj, encoding: 'utf8' },
    );
    expect([0, 1], r.stderr).toContain(r.status);
    expect(hasStackTrace(r.stderr)).toBe(false);
    JSON.parse(r.stdout);
  });
});
