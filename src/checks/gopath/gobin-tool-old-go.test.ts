import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gobin-tool-old-go.js';

// linuxFacts: go1.23.5, go.mod says go 1.22.0
function withGopls(f: Facts, goVersion: string, path = 'golang.org/x/tools/gopls'): Facts {
  f.goTools = [
    {
      name: 'gopls',
      path: '/home/alice/go/bin/gopls',
      dir: 'GOPATH[0]/bin',
      pathIndex: 1,
      system: [],
      build: { goVersion, path, module: 'golang.org/x/tools/gopls', moduleVersion: 'v0.16.2' },
    },
  ];
  return f;
}

describe('gobin-tool-old-go', () => {
  it('passes for tools built by the running release or a newer patch/minor, and without build info', () => {
    expect(runCheck(check, withGopls(linuxFacts(), 'go1.23.1')).findings).toEqual([]);
    expect(runCheck(check, withGopls(linuxFacts(), 'go1.24.0')).findings).toEqual([]);
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns when the tool is older than the go line, quoting go/types and the go install line', () => {
    const r = runCheck(check, withGopls(linuxFacts(), 'go1.21.13'));
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.code).toBe('older-than-module');
    expect(x?.severity).toBe('warning');
    expect(x?.message).toBe(
      '/home/alice/go/bin/gopls was built by go1.21.13, older than the go 1.22.0 that /home/alice/proj/go.mod asks for.',
    );
    expect(x?.why).toContain('package requires newer Go version go1.22.0');
    expect(x?.fixes[0]?.text).toBe('go install golang.org/x/tools/gopls@latest');
  });

  it('warns when the tool is only older than the toolchain that runs', () => {
    const r = runCheck(check, withGopls(linuxFacts(), 'go1.22.12'));
    expect(r.findings[0]?.code).toBe('older-than-toolchain');
    expect(r.findings[0]?.message).toContain('older than the go1.23.5 that runs here');
  });

  it('compares language versions, and follows the release that runs', () => {
    expect(runCheck(check, withGopls(setGoVersion(linuxFacts(), '1.22.1'), 'go1.22.12')).findings).toEqual(
      [],
    );
  });

  it('gives advice when the binary records no package path', () => {
    const f = withGopls(linuxFacts(), 'go1.21.13');
    const b = f.goTools?.[0]?.build;
    if (b) delete b.path;
    expect(runCheck(check, f).findings[0]?.fixes[0]?.text).toBe('reinstall gopls with the current go');
  });
});
