/**
 * Writing a report somewhere other than the terminal: --output FILE (atomically: a temporary file in the
 * same directory, then a rename) and the GitHub job summary ($GITHUB_STEP_SUMMARY, appended).
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { atomicWrite } from '../fix/atomic.js';
import { ui as enUi, type Ui } from '../i18n/en/ui.js';
import { UsageError } from './io.js';

export function writeOutputFile(file: string, text: string, option = '--output'): void {
  try {
    atomicWrite(path.resolve(file), text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError((w) =>
      w.usage.cannotWrite({ what: option === '--output' ? w.usage.outputFile : option, file, code }),
    );
  }
}

/** Appends to the job summary file; a failure is reported on stderr, not fatal. */
export function appendStepSummary(file: string, text: string, words: Ui = enUi): string | null {
  try {
    appendFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return `go-doctor: ${words.usage.summaryFailed({ file, code })}\n`;
  }
}
