/**
 * Secrets never leave the collector: credentials in URLs (GOPROXY, GOSUMDB, HTTP_PROXY…) and GOAUTH
 * commands are replaced before anything is stored or printed.
 */

export const REDACTED = '***';

const URL_USERINFO = /([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/\s@,|]+)@/g;

/** Replaces the user-info part of every URL in free text: https://user:pw@host -> https://***@host. */
export function redactText(text: string): string {
  return text.replace(URL_USERINFO, (_m, scheme: string) => `${scheme}${REDACTED}@`);
}

/** True when the text contains a URL with user-info (after redaction it reads ***@). */
export function hasUrlCredentials(text: string): boolean {
  URL_USERINFO.lastIndex = 0;
  const found = URL_USERINFO.test(text);
  URL_USERINFO.lastIndex = 0;
  return found || text.includes(`://${REDACTED}@`);
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
