/**
 * The confirmation prompt of go-doctor fix: only when stdin and stdout are terminals and CI is unset;
 * "y" applies (without the run fixes), anything else changes nothing. In-process with stand-in TTY streams.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';

let tmp = '';
let env: Record<string, string> = {};
const BASHRC = 'export GOFLAGS=-bogus\n';

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-fix-prompt-'));
  const home = path.join(tmp, 'home');
  mkdirSync(path.join(home, 'go', 'bin'), { recursive: true });
  writeFileSync(path.join(home, '.bashrc'), BASHRC);
  env = {
    HOME: home,
    PATH: `/usr/local/go/bin:/usr/bin:/bin:${path.join(home, 'go', 'bin')}`,
    SHELL: '/bin/bash',
    GOFLAGS: '-bogus',
    GOPATH: path.join(home, 'go'),
    GOCACHE: path.join(tmp, 'cache'),
    GOENV: path.join(home, '.config', 'go', 'env'),
    GOTOOLCHAIN: 'local',
    XDG_STATE_HOME: path.join(tmp, 'state'),
  };
});
// go starts a telemetry child that may still write under HOME for a moment: retry.
afterEach(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));

function tty(answer: string | null) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  // Output is collected as it is written (synchronously), not from later 'data' events.
  const stdout = Object.assign(
    new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        if (answer !== null && chunk.toString().includes('[y/N]'))
          setImmediate(() => stdin.write(`${answer}\n`));
        done();
      },
    }),
    { isTTY: true },
  );
  const stderr = new PassThrough();
  return { io: { stdin, stdout, stderr, env }, text: () => out };
}

describe('go-doctor fix prompt', () => {
  it('"y" at the prompt applies', async () => {
    const t = tty('y');
    const code = await main(['fix', '--only', 'goflags-invalid'], t.io);
    expect(t.text()).toContain('Apply these changes? [y/N]');
    expect(readFileSync(path.join(env.HOME ?? '', '.bashrc'), 'utf8')).toContain('go-doctor fix removed');
    expect(t.text()).toContain('fixed: goflags-invalid');
    expect(code).toBe(0);
  });

  it('"n" changes nothing', async () => {
    const t = tty('n');
    const code = await main(['fix', '--only', 'goflags-invalid'], t.io);
    expect(t.text()).toContain('Apply these changes? [y/N]');
    expect(readFileSync(path.join(env.HOME ?? '', '.bashrc'), 'utf8')).toBe(BASHRC);
    expect(code).toBe(1);
  });

  it('no prompt when CI is set', async () => {
    env.CI = 'true';
    const t = tty(null);
    const code = await main(['fix', '--only', 'goflags-invalid'], t.io);
    expect(t.text()).not.toContain('[y/N]');
    expect(t.text()).toContain('Nothing was changed.');
    expect(readFileSync(path.join(env.HOME ?? '', '.bashrc'), 'utf8')).toBe(BASHRC);
    expect(code).toBe(1);
  });
});
