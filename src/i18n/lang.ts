/**
 * Which language go-doctor speaks: --lang, else the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG,
 * first non-empty wins), else English. Pure.
 */
export type Lang = 'en' | 'zh-CN';

export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/**
 * A language tag or POSIX locale name to a supported language, or null when it names none we have.
 * zh_CN.UTF-8, zh_CN, zh-CN, zh-Hans, zh_SG and bare zh are Simplified Chinese; zh_TW, zh_HK, zh-Hant
 * are not (no Traditional catalog, so English). C and POSIX are English.
 */
export function parseLang(tag: string): Lang | null {
  // Drop the encoding and modifier: zh_CN.UTF-8@xyz -> zh_CN.
  const base = tag.trim().split(/[.@]/)[0] ?? '';
  if (base === '') return null;
  const parts = base.replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0];
  if (lang === 'c' || lang === 'posix' || lang === 'en') return 'en';
  if (lang !== 'zh') return null;
  const rest = parts.slice(1);
  if (rest.includes('hant') || rest.includes('tw') || rest.includes('hk') || rest.includes('mo')) return null;
  return 'zh-CN';
}

/** The language the locale variables ask for (LC_ALL, LC_MESSAGES, LANG: the first one set decides). */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v !== undefined && v !== '') return parseLang(v) ?? 'en';
  }
  return 'en';
}
