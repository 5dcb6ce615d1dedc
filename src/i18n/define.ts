/**
 * Helpers for writing catalogs with the English declarations' data types, so that a translation that
 * misses a code, an advice key or a data field does not compile.
 */
import type { AdviceSpecs, Check, DataOf, MessageSpec, Messages } from '../core/check.js';
import type { AdviceCatalog, MessageCatalog } from './types.js';

export type MessageTranslations<M extends Messages> = { [K in keyof M]: MessageSpec<DataOf<M, K>> };
export type AdviceTranslations<A extends AdviceSpecs> = {
  [K in keyof A]: (data: Parameters<A[K]>[0]) => string;
};

export interface CheckTranslation {
  id: string;
  messages: MessageCatalog;
  advice: AdviceCatalog;
}

/**
 * One check's translation: every message code (message, and why when English has one) and every advice
 * key, over the same data as the English functions in the check.
 */
export function translateCheck<M extends Messages, A extends AdviceSpecs>(
  check: Check<M, A>,
  messages: MessageTranslations<M>,
  advice?: AdviceTranslations<A>,
): CheckTranslation {
  const out: CheckTranslation = { id: check.id, messages: {}, advice: {} };
  for (const [code, spec] of Object.entries(messages)) out.messages[`${check.id}/${code}`] = spec;
  for (const [key, fn] of Object.entries(advice ?? {})) out.advice[`${check.id}/${key}`] = fn;
  return out;
}

/** Merges per-group lists of check translations into one catalog, refusing a key twice. */
export function mergeTranslations(lists: readonly (readonly CheckTranslation[])[]): {
  messages: MessageCatalog;
  advice: AdviceCatalog;
} {
  const messages: MessageCatalog = {};
  const advice: AdviceCatalog = {};
  for (const list of lists) {
    for (const t of list) {
      for (const [k, v] of Object.entries(t.messages)) {
        if (k in messages) throw new Error(`translation ${k} given twice`);
        messages[k] = v;
      }
      for (const [k, v] of Object.entries(t.advice)) {
        if (k in advice) throw new Error(`advice translation ${k} given twice`);
        advice[k] = v;
      }
    }
  }
  return { messages, advice };
}
