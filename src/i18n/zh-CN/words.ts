/**
 * Helpers for the zh-CN catalogs. Some finding data is English words made by the checks' shared helpers
 * (origin() in src/checks/_lib/text.ts); origin() here maps those fixed phrases to Chinese and leaves
 * file names and the default's derivation (mostly identifiers) as they are.
 */

/** The English origin phrase of a setting ("set in the environment", …) in Chinese. */
export function origin(o: string): string {
  if (o === 'set in the environment') return '来自环境变量';
  if (o === 'set with go env -w') return '由 go env -w 设置';
  let m = /^set with go env -w \((.*)\)$/s.exec(o);
  if (m) return `由 go env -w 设置（${m[1]}）`;
  if (o === 'the default') return '默认值';
  m = /^the default \((.*)\)$/s.exec(o);
  if (m) return `默认值（${m[1]}）`;
  m = /^from (.*)$/s.exec(o);
  if (m) return `来自 ${m[1]}`;
  return o;
}

/** A list in Chinese: a、b 和 c. */
export function list(items: readonly string[], conj = '和'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('、')} ${conj} ${items[items.length - 1]}`;
}
