/**
 * Entry point of the go-doctor executable: wires main() to the process and makes sure nothing
 * escapes as a stack trace.
 */
import { main } from './main.js';

function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch {
    // stdout closed (e.g. piped into head)
  }
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    write(process.stderr, `go-doctor: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.GO_DOCTOR_DEBUG && err instanceof Error && err.stack)
      write(process.stderr, `${err.stack}\n`);
    process.exitCode = 2;
  },
);
