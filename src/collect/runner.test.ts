import { describe, expect, it } from 'vitest';
import { runProcess } from './runner.js';

describe('runProcess', () => {
  it('returns exit code and output', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'echo out; echo err >&2; exit 3'], { timeoutMs: 5000 });
    expect(r).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });

  it('kills a hung process group at the timeout, grandchildren included', async () => {
    const start = Date.now();
    const r = await runProcess('/bin/sh', ['-c', 'sleep 30 & sleep 30; wait'], { timeoutMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('does not call a finished child hung when this event loop was blocked past the timeout', async () => {
    const p = runProcess('/bin/sh', ['-c', 'exit 0'], { timeoutMs: 100 });
    const until = Date.now() + 600;
    while (Date.now() < until) {
      // a busy event loop (synchronous work elsewhere in the process)
    }
    const r = await p;
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(0);
  });

  it('reports a program that cannot be started', async () => {
    const r = await runProcess('/nonexistent/go', ['env'], { timeoutMs: 1000 });
    expect(r.spawnError).toBe('ENOENT');
  });

  it('never reads stdin', async () => {
    const r = await runProcess('/bin/sh', ['-c', 'cat; echo done'], { timeoutMs: 2000 });
    expect(r.stdout).toBe('done\n');
  });
});
