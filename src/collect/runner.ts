/**
 * The one way go-doctor runs a subprocess: no stdin, bounded output, a timeout, and a kill of the whole
 * process group when it expires (a hung `go` or a wrapper script's children cannot keep us waiting).
 */
import { spawn } from 'node:child_process';
import { now } from './clock.js';

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
  /** Bytes kept of each stream. */
  maxOutput?: number;
  /**
   * Run under a throwaway pseudo-terminal (script(1): `script -qec CMD /dev/null` on Linux,
   * `script -q /dev/null CMD…` on macOS/BSD), for programs that behave differently without a TTY.
   * Output then arrives on stdout with "\r\n" line ends turned back into "\n".
   */
  pty?: boolean;
}

function shQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The argv that runs file+args under script(1). */
export function ptyCommand(
  file: string,
  args: readonly string[],
  platform = process.platform,
): [string, string[]] {
  if (platform === 'linux' || platform === 'android')
    return ['script', ['-qec', [file, ...args].map(shQuote).join(' '), '/dev/null']];
  return ['script', ['-q', '/dev/null', file, ...args]];
}

export interface RunResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  durationMs: number;
  /** Set when the program could not be started (ENOENT, EACCES…). */
  spawnError?: string;
}

const isWindows = process.platform === 'win32';

export function runProcess(file: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  if (options.pty && !isWindows) {
    const [f, a] = ptyCommand(file, args);
    return runProcess(f, a, { ...options, pty: false }).then((r) => ({
      ...r,
      stdout: r.stdout.replace(/\r\n?/g, '\n'),
    }));
  }
  const max = options.maxOutput ?? 1024 * 1024;
  const start = now();
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (r: Omit<RunResult, 'stdout' | 'stderr' | 'durationMs' | 'timedOut'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, stdout, stderr, timedOut, durationMs: now() - start });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, args, {
        env: options.env ?? process.env,
        cwd: options.cwd ?? process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !isWindows,
        windowsHide: true,
      });
    } catch (err) {
      resolve({
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: '',
        timedOut: false,
        durationMs: now() - start,
        spawnError: (err as NodeJS.ErrnoException).code ?? String(err),
      });
      return;
    }
    const kill = () => {
      try {
        if (!isWindows && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      // If this process's event loop was blocked for longer than the timeout (a busy host, synchronous
      // work), the child may have finished long ago with its exit not yet processed: give pending I/O a
      // moment before calling it a hang.
      setTimeout(() => {
        if (settled) return;
        timedOut = true;
        kill();
        // A killed process group closes its pipes; do not wait for grandchildren that escaped it.
        setTimeout(() => finish({ exitCode: null, signal: 'SIGKILL' }), 200).unref();
      }, 100);
    }, options.timeoutMs);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (d: string) => {
      if (stdout.length < max) stdout += d.slice(0, max - stdout.length);
    });
    child.stderr?.on('data', (d: string) => {
      if (stderr.length < max) stderr += d.slice(0, max - stderr.length);
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      finish({ exitCode: null, signal: null, spawnError: err.code ?? err.message });
    });
    child.on('close', (code, signal) => {
      finish({ exitCode: code, signal: signal ?? null });
    });
  });
}
