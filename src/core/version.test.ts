import { describe, expect, it } from 'vitest';
import { compare, fromGoVersionText, fromToolchain, isReleaseVersion, isValid, lang } from './version.js';

describe('Go versions (gover rules)', () => {
  it('orders language versions, prereleases and releases like the go command', () => {
    const ordered = [
      '1.19',
      '1.19.8',
      '1.20',
      '1.21',
      '1.21rc1',
      '1.21rc2',
      '1.21.0',
      '1.21.13',
      '1.22',
      '1.22.0',
      '1.23.5',
      '1.26.8',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compare(ordered[i] ?? '', ordered[i + 1] ?? ''), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
    }
    // Before 1.21 a missing patch means .0.
    expect(compare('1.20', '1.20.0')).toBe(0);
    expect(compare('1.9', '1.10')).toBe(-1);
  });
  it('rejects what gover rejects', () => {
    for (const bad of ['', 'go1.21', '1.021', '1.21.', '1.21.0rc1', 'x', '1.21-beta'])
      expect(isValid(bad), bad).toBe(false);
    for (const good of ['1', '1.21', '1.21.3', '1.22rc1', '1.22beta2'])
      expect(isValid(good), good).toBe(true);
  });
  it('extracts versions from toolchain names and go version text', () => {
    expect(fromToolchain('go1.23.5')).toBe('1.23.5');
    expect(fromToolchain('go1.23.5-custom')).toBe('1.23.5');
    expect(fromToolchain('gccgo-go1.21')).toBe('');
    expect(fromToolchain('local')).toBe('');
    expect(fromToolchain('go1.2/3')).toBe('');
    expect(fromGoVersionText('go1.23.5\ntime 2025-01-10T16:44:59Z\n')).toBe('1.23.5');
    expect(fromGoVersionText('go version go1.19.8 linux/amd64')).toBe('1.19.8');
    expect(fromGoVersionText('devel go1.24-abcdef Tue')).toBe('1.24');
    expect(fromGoVersionText('garbage')).toBe('');
  });
  it('knows language versions from releases', () => {
    expect(lang('1.21.3')).toBe('1.21');
    expect(isReleaseVersion('1.22')).toBe(false);
    expect(isReleaseVersion('1.22.0')).toBe(true);
    expect(isReleaseVersion('1.22rc1')).toBe(true);
  });
});
