/**
 * Secrets never leave the collector: credentials in URLs (GOPROXY, GOSUMDB, HTTP_PROXY…) and GOAUTH
 * commands are replaced before anything is stored or printed.
 */

export const REDACTED = '***';

const STOP = new Set(['/', '@', ',', '|', ' ', '\t', '\n', '\r']);

/**
 * Replaces the user-info part of every URL in free text: https://user:pw@host -> https://***@host.
 * A linear scan (a regular expression over long values can backtrack quadratically).
 */
export function redactText(text: string): string {
  if (!text.includes('://') || !text.includes('@')) return text;
  let out = '';
  let from = 0;
  for (;;) {
    const i = text.indexOf('://', from);
    if (i < 0) break;
    const start = i + 3;
    let j = start;
    while (j < text.length && !STOP.has(text[j] ?? '')) j++;
    if (j < text.length && text[j] === '@' && j > start) {
      out += `${text.slice(from, start)}${REDACTED}`;
      from = j;
    } else {
      out += text.slice(from, start);
      from = start;
    }
  }
  return out + text.slice(from);
}

/** True when the text contains a URL with user-info (after redaction it reads ***@). */
export function hasUrlCredentials(text: string): boolean {
  return text.includes(`://${REDACTED}@`) || redactText(text) !== text;
}

/**
 * GOAUTH (Go 1.24+) is a ';'-separated list of `off`, `netrc`, `git <dir>` or a custom command that may
 * embed tokens. Known methods are kept; anything else becomes "<command>".
 */
export function redactGoAuth(value: string): string {
  return value
    .split(';')
    .map((part) => {
      const t = part.trim();
      if (t === '' || t === 'off' || t === 'netrc') return t;
      if (t.startsWith('git ') || t === 'git') return t;
      return '<command>';
    })
    .join('; ');
}

/** Redacts one environment value by its name. */
export function redactValue(name: string, value: string): string {
  if (name === 'GOAUTH') return redactGoAuth(value);
  if (/TOKEN|PASSWORD|SECRET/i.test(name)) return REDACTED;
  return redactText(value);
}
