/**
 * What a translation catalog holds. English lives with the code it belongs to (check messages in the
 * check, fix words in src/report/shell.ts via en/ui.ts, command help in the command); a catalog holds the
 * same entries in another language, keyed so that a test can tell which ones are missing.
 */
import type { FindingData, MessageSpec } from '../core/check.js';
import type { Ui } from './en/ui.js';

/** A check's messages in another language: `<check-id>/<code>` -> message (and why) over the same data. */
// biome-ignore lint/suspicious/noExplicitAny: data types are checked per check by translateCheck().
export type MessageCatalog = Record<string, MessageSpec<any>>;

/** Advice fix texts: `<check-id>/<advice-key>` -> text over the advice's data. */
// biome-ignore lint/suspicious/noExplicitAny: data types are checked per check by translateCheck().
export type AdviceCatalog = Record<string, (data: any) => string>;

/** A command's one-line summary and full help. */
export interface CommandText {
  summary: string;
  help: string;
}

export interface Catalog {
  messages: MessageCatalog;
  advice: AdviceCatalog;
  /** Reporter words, fix words and group titles. */
  ui: Ui;
  /** Check titles (what passing means, shown with -v), keyed by check id. */
  titles: Record<string, string>;
  /** Keyed by command name. */
  commands: Record<string, CommandText>;
}

export type { FindingData };
