/**
 * Asking before changing anything: only when standard input and output are terminals and CI is unset.
 */
import type { Io } from './io.js';

/** Whether go-doctor may ask a question here. */
export function canPrompt(io: Io): boolean {
  return io.stdout.isTTY === true && io.stdin?.isTTY === true && (io.env.CI ?? '') === '';
}

/** Asks a yes/no question on `output` (stdout, or stderr when stdout carries a report); "y"/"yes" is yes. */
export async function confirm(io: Io, question: string, output = io.stdout): Promise<boolean> {
  const input = io.stdin;
  if (!input) return false;
  // Loaded only when a prompt is shown (keeps it out of every other command's start-up).
  const { createInterface } = process.getBuiltinModule('node:readline');
  const rl = createInterface({ input, output });
  try {
    const answer = await new Promise<string>((resolve) => {
      rl.question(question, resolve);
      rl.once('close', () => resolve(''));
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
