/**
 * Localization: the catalogs of every language but English (English is in the code it belongs to) and a
 * Localizer that reporters and the CLI ask for text. Pure.
 *
 * A catalog is loaded on demand (loadLang), not at start-up: the default English check must not pay for
 * evaluating every translation. The CLI and diagnose() load the chosen language before they render;
 * a library caller that builds reports itself calls `await loadLang(lang)` first. Until a catalog is
 * loaded, its language falls back to English.
 *
 * Add a language: a folder like zh-CN/ with an index.ts exporting a Catalog, an entry in LANGS
 * (lang.ts) and in CATALOGS below. Add a check: its English messages and advice are in the check; add
 * its translation to zh-CN/checks-<group>.ts (test/i18n.test.ts names what is missing).
 */
import type { AnyCheck, FindingData, MessageSpec } from '../core/check.js';
import { ui as enUi, type Ui } from './en/ui.js';
import type { Lang } from './lang.js';
import type { Catalog, CommandText } from './types.js';

export type { Lang } from './lang.js';
export { LANGS, langFromEnv, parseLang } from './lang.js';

/** The catalogs loaded so far (a catalog module registers itself when imported). */
export const CATALOGS: Partial<Record<Exclude<Lang, 'en'>, Catalog>> = {};

export function registerCatalog(lang: Exclude<Lang, 'en'>, catalog: Catalog): void {
  CATALOGS[lang] = catalog;
}

/** Loads a language's catalog (once); English needs nothing. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' || CATALOGS[lang]) return;
  if (lang === 'zh-CN') await import('./zh-CN/index.js');
}

export interface Localizer {
  readonly lang: Lang;
  readonly ui: Ui;
  /** The message and why functions for a finding: the translation, else the check's English. */
  message(check: AnyCheck | undefined, id: string, code: string): MessageSpec<FindingData> | undefined;
  /** A translated advice text, or undefined when English (or no translation) applies. */
  advice(id: string, key: string, data: FindingData): string | undefined;
  /** A check's title in this language, else the English one given. */
  title(id: string, english: string): string;
  /** A command's summary and help in this language, else the English one given. */
  command(name: string, english: CommandText): CommandText;
}

const ENGLISH: Localizer = {
  lang: 'en',
  ui: enUi,
  message: (check, _id, code) => check?.messages[code],
  advice: () => undefined,
  title: (_id, english) => english,
  command: (_name, english) => english,
};

function fallback(translated: () => string, english: () => string): string {
  try {
    return translated();
  } catch {
    return english();
  }
}

export function localizer(lang: Lang = 'en'): Localizer {
  const cat = lang === 'en' ? undefined : CATALOGS[lang];
  return cat ? localizerFor(lang, cat) : ENGLISH;
}

/** A Localizer over one catalog (exported for tests). */
export function localizerFor(lang: Lang, cat: Catalog): Localizer {
  return {
    lang,
    ui: cat.ui,
    message(check, id, code) {
      const english = check?.messages[code];
      const t = cat.messages[`${id}/${code}`];
      if (!t || !english) return english;
      // A translation that throws, or lacks a why that English has, falls back to English: the user
      // still gets the message (test/i18n.test.ts and the check tests catch both).
      const whyEn = english.why;
      const whyT = t.why;
      return {
        message: (d) =>
          fallback(
            () => t.message(d),
            () => english.message(d),
          ),
        ...(whyEn || whyT
          ? {
              why: (d: FindingData) =>
                fallback(
                  () => (whyT ?? whyEn)?.(d) ?? '',
                  () => whyEn?.(d) ?? '',
                ),
            }
          : {}),
      };
    },
    advice(id, key, data) {
      const fn = cat.advice[`${id}/${key}`];
      if (!fn) return undefined;
      try {
        return fn(data);
      } catch {
        return undefined;
      }
    },
    title: (id, english) => cat.titles[id] ?? english,
    command: (name, english) => cat.commands[name] ?? english,
  };
}
