/**
 * Finding and reading the repo policy: .go-doctor.yaml (or .yml, .json) in the working directory or a
 * parent, up to the repository root (the directory holding .git), or the file given with --policy.
 * Only reads; a policy is data, never code.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DataFileError, parseJsonData, parseYaml } from '../core/datafile.js';
import { POLICY_FILES, type Policy, readPolicy } from '../core/policy.js';
import { policyFile as enWords, problemText } from '../i18n/en/ui-policyFile.js';

/** A policy that cannot be used: `text` words it in any language (the English is the message). */
export class PolicyError extends Error {
  readonly text: (words: typeof enWords) => string;
  constructor(text: (words: typeof enWords) => string) {
    super(text(enWords));
    this.text = text;
  }
}

const MAX_BYTES = 1 << 20;

/** The policy file that applies in cwd, or null. */
export function findPolicy(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (let i = 0; i < 256; i++) {
    for (const name of POLICY_FILES) {
      const f = path.join(dir, name);
      if (statSync(f, { throwIfNoEntry: false })?.isFile()) return f;
    }
    // The repository root ends the walk.
    if (statSync(path.join(dir, '.git'), { throwIfNoEntry: false })) return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
  return null;
}

/** Reads and validates a policy file; every problem becomes a PolicyError naming file, line and key. */
export function loadPolicy(file: string, shown = file): Policy {
  let text: string;
  try {
    const buf = readFileSync(file);
    if (buf.length > MAX_BYTES) throw new PolicyError((w) => w.tooLarge({ file: shown }));
    text = buf.toString('utf8');
  } catch (err) {
    if (err instanceof PolicyError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new PolicyError((w) => w.cannotRead({ file: shown, code }));
  }
  let root: ReturnType<typeof parseYaml>;
  try {
    root = file.endsWith('.json') ? parseJsonData(text) : parseYaml(text);
  } catch (err) {
    if (err instanceof DataFileError) {
      const { line, problem } = err;
      throw new PolicyError((w) => `${shown}:${line}: ${problemText(problem, w)}`);
    }
    throw err;
  }
  const { policy, errors } = readPolicy(root, shown);
  if (!policy) {
    throw new PolicyError((w) =>
      w.invalid({
        lines: errors.map(
          (e) => `${shown}:${e.line}: ${e.key === '' ? '' : `${e.key}: `}${problemText(e.problem, w)}`,
        ),
      }),
    );
  }
  return policy;
}
