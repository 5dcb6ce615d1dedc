import type { AdviceSpecs, FindingData } from './check.js';

/**
 * Fixes as data. Reporters render them in the user's shell syntax; the fixer (go-doctor fix) applies them.
 * Every kind but `advice` can be carried out mechanically.
 */
export type Fix =
  /** Remove a variable from the environment (and from the shell startup files that set it). */
  | { kind: 'unset-env'; var: string }
  /** Set a variable in the environment (and in the shell startup files). */
  | { kind: 'set-env'; var: string; value: string }
  /** `go env -w VAR=value`: write the user's go env file. */
  | { kind: 'go-env-w'; var: string; value: string }
  /** `go env -u VAR`: remove a line from the user's go env file. */
  | { kind: 'go-env-u'; var: string }
  /** Put a directory on PATH. */
  | { kind: 'path-add'; dir: string; position: 'prepend' | 'append' }
  /** Take an entry off PATH, exactly as written. */
  | { kind: 'path-remove'; entry: string }
  /** Create a directory (with parents). */
  | { kind: 'mkdir'; path: string }
  /** Run a command; argv[0] is looked up in PATH. */
  | { kind: 'run'; argv: readonly string[] }
  /** Replace one line of a text file (to '' deletes it). */
  | { kind: 'edit-line'; file: string; line: number; from: string; to: string }
  /**
   * Something a person must do. `text` is English; `key` (an entry of the check's `advice`) and `data`
   * let reporters show it in another language.
   */
  | { kind: 'advice'; text: string; key?: string; data?: FindingData };

export type FixKind = Fix['kind'];

export function isAutomatic(fix: Fix): boolean {
  return fix.kind !== 'advice';
}

/** An advice fix from the check's declared advice texts: English text plus the key and data to translate it. */
export function adviceFix<A extends AdviceSpecs, K extends keyof A & string>(
  advice: A,
  key: K,
  ...data: Parameters<A[K]> extends [] ? [] : [Parameters<A[K]>[0]]
): Fix {
  const d = (data[0] ?? {}) as FindingData;
  const spec = advice[key] as (d: unknown) => string;
  return { kind: 'advice', text: spec(d), key, data: d };
}
