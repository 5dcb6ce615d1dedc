import { describe, expect, it } from 'vitest';
import { hasUrlCredentials, redactGoAuth, redactText, redactValue } from './redact.js';

describe('redaction', () => {
  it('removes user-info from URLs, keeping the rest', () => {
    expect(redactText('https://alice:s3cret@proxy.corp.example/go,direct')).toBe(
      'https://***@proxy.corp.example/go,direct',
    );
    expect(redactText('https://tok@a.example|https://b:c@b.example')).toBe(
      'https://***@a.example|https://***@b.example',
    );
    expect(redactText('https://proxy.golang.org,direct')).toBe('https://proxy.golang.org,direct');
    expect(redactText('mailto:a@b and https://x/y@z')).toBe('mailto:a@b and https://x/y@z');
  });
  it('flags credentials before and after redaction', () => {
    expect(hasUrlCredentials('https://u:p@h')).toBe(true);
    expect(hasUrlCredentials('https://***@h')).toBe(true);
    expect(hasUrlCredentials('https://h,direct')).toBe(false);
  });
  it('is linear on long hostile values', () => {
    const long = 'a'.repeat(200_000);
    const start = performance.now();
    redactText(`${long}://${long}@`);
    redactText('://'.repeat(50_000) + '@');
    expect(performance.now() - start).toBeLessThan(500);
    expect(redactText(`https://${long}@host`)).toBe('https://***@host');
  });
  it('keeps GOAUTH methods but hides custom commands', () => {
    expect(redactGoAuth('netrc; git /home/a/src; mytool --token abc')).toBe(
      'netrc; git /home/a/src; <command>',
    );
    expect(redactValue('GITHUB_TOKEN', 'ghp_x')).toBe('***');
  });
});
