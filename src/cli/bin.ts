/**
 * The go-doctor program: wires main() to the process and makes sure nothing escapes as a stack trace.
 * Bundled to dist/cli-main.cjs; dist/cli.cjs (src/cli/launcher.ts) loads it.
 */
import { main } from './main.js';

function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // stdout closed (e.g. piped into head)
  }
}

/** Runs go-doctor with the process's arguments and streams; resolves when the exit code is set. */
export async function start(): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      // A getter: process.stdin is only created for a command that prompts (relocate).
      get stdin() {
        return process.stdin;
      },
      env: process.env,
    });
  } catch (err) {
    write(process.stderr, `go-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.GO_DOCTOR_DEBUG && err instanceof Error && err.stack)
      write(process.stderr, `${err.stack}\n`);
    process.exitCode = 2;
  }
}
