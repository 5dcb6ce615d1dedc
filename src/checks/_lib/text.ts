/**
 * Small helpers for check messages. Pure.
 */
import type { Setting } from '../../core/settings.js';

const MAX_SHOWN = 160;

/** A value for a message: quoted, control characters escaped, long values clipped in the middle. */
export function show(value: string): string {
  let v = JSON.stringify(value);
  if (v.length > MAX_SHOWN) v = `${v.slice(0, MAX_SHOWN / 2)}…${v.slice(-MAX_SHOWN / 2 + 10)}`;
  return v;
}

/** Where a setting's value comes from, in words: "set in the environment", "set by go env -w in FILE:LINE"… */
export function origin(s: Setting): string {
  switch (s.source) {
    case 'env':
      return 'set in the environment';
    case 'envfile':
      return s.envFile?.file
        ? `set with go env -w (${s.envFile.file}${s.envFile.line ? `:${s.envFile.line}` : ''})`
        : 'set with go env -w';
    case 'goroot':
      return s.goroot?.file ? `from ${s.goroot.file}` : 'from $GOROOT/go.env';
    default:
      return s.derivation ? `the default (${s.derivation})` : 'the default';
  }
}

/** Data fields describing where a setting comes from, for findings. */
export function originData(s: Setting): { source: string; origin: string } {
  return { source: s.source, origin: origin(s) };
}

export function joinWords(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}
