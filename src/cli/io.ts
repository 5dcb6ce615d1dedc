/**
 * What every command shares: the streams it writes to, usage errors, option helpers, loading facts.
 */
import { readFileSync } from 'node:fs';
import { collectFacts } from '../collect/index.js';
import type { Facts } from '../core/facts.js';
import { FactsError, parseFacts } from '../core/factsfile.js';
import { ui as enUi, type Ui } from '../i18n/en/ui.js';
import { LANGS, type Lang, langFromEnv, parseLang } from '../i18n/lang.js';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The working directory (default process.cwd()). */
  cwd?: string;
}

/**
 * A mistake in how go-doctor was called: printed with a pointer to --help, exit code 2. Give the text as
 * a function of the reporter words (`new UsageError((w) => w.usage.badTimeout({ got }))`) so that it is
 * printed in the user's language; `message` is always the English text (for tests and the library).
 * A plain string is printed as is (text that comes from elsewhere, e.g. a policy file's error).
 */
export class UsageError extends Error {
  readonly text: (words: Ui) => string;
  constructor(text: string | ((words: Ui) => string)) {
    super(typeof text === 'string' ? text : text(enUi));
    this.text = typeof text === 'string' ? () => text : text;
  }
  /** The message in the language of these words (English when a translation throws). */
  in(words: Ui): string {
    try {
      return this.text(words);
    } catch {
      return this.message;
    }
  }
}

export function colorEnabled(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const env = io.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

export function parseTimeout(v: string | undefined): number {
  if (v === undefined) return 10_000;
  const n = Number(v.replace(/s$/, ''));
  if (!Number.isFinite(n) || n <= 0 || n > 3600) {
    throw new UsageError((w) => w.usage.badTimeout({ got: v }));
  }
  return Math.round(n * 1000);
}

export function oneOf<T extends string>(
  name: string,
  v: string | undefined,
  allowed: readonly T[],
  def: T,
): T {
  if (v === undefined) return def;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError((w) => w.usage.oneOf({ option: name, allowed, got: v }));
}

export function loadFacts(file: string): Facts {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError((w) => w.usage.cannotRead({ what: w.usage.factsFile, file, code }));
  }
  try {
    return parseFacts(text, file);
  } catch (err) {
    if (err instanceof FactsError) {
      const p = err.problem;
      // biome-ignore lint/suspicious/noExplicitAny: each kind's words take that kind's data.
      throw new UsageError((w) => (w.usage.facts[p.kind] as (d: any) => string)(p));
    }
    throw err;
  }
}

/** The facts of this machine, or of a saved snapshot when --facts is given. */
export async function factsFor(values: { facts?: unknown; timeout?: unknown }, io: Io): Promise<Facts> {
  if (typeof values.facts === 'string') return loadFacts(values.facts);
  const timeout = typeof values.timeout === 'string' ? values.timeout : undefined;
  return collectFacts({ env: io.env, timeoutMs: parseTimeout(timeout) });
}

/** Options that every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  timeout: { type: 'string' },
  facts: { type: 'string' },
  lang: { type: 'string' },
} as const;

/**
 * The language to speak: --lang (en, zh-CN, or a locale name like zh_CN.UTF-8), else LC_ALL, LC_MESSAGES,
 * LANG, else English. An unsupported --lang is a usage error; an unsupported locale falls back to English.
 */
export function langFor(flag: unknown, env: NodeJS.ProcessEnv): Lang {
  if (typeof flag === 'string') {
    const l = parseLang(flag);
    if (l === null)
      throw new UsageError((w) => w.usage.oneOf({ option: '--lang', allowed: LANGS, got: flag }));
    return l;
  }
  return langFromEnv(env);
}

/** --lang from raw arguments, for what runs before options are parsed (help, usage errors). */
export function langFromArgs(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const v = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v !== undefined) return parseLang(v) ?? langFromEnv(env);
  }
  return langFromEnv(env);
}
