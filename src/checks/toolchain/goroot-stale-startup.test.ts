import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, withStartup } from '../../../test/support/facts.js';
import check from './goroot-stale-startup.js';

const H = '/home/alice';

describe('goroot-stale-startup', () => {
  it('passes without startup facts and with a GOROOT that matches the go on PATH', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    const f = withStartup(
      linuxFacts(),
      { '~/.profile': 'export GOROOT=/usr/local/go\n' },
      {
        '/usr/local/go': { kind: 'dir', goVersion: '1.23.5' },
      },
    );
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('warns about a GOROOT in ~/.profile that no longer exists, naming the file:line and the modes', () => {
    const f = withStartup(
      linuxFacts(),
      { '~/.profile': '# go\nexport GOROOT=$HOME/go1.20\nexport PATH=$PATH:$GOROOT/bin\n' },
      { [`${H}/go1.20`]: { kind: 'missing' } },
    );
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('warning');
    expect(x?.code).toBe('missing');
    expect(x?.message).toContain('~/.profile:2');
    expect(x?.message).toContain('bash login+interactive and login');
    expect(x?.message).toContain('sh login+interactive and login');
    expect(x?.why).toContain(`go: cannot find GOROOT directory: ${H}/go1.20`);
    expect(x?.fixes[0]?.fix).toEqual({
      kind: 'edit-line',
      file: `${H}/.profile`,
      line: 2,
      from: 'export GOROOT=$HOME/go1.20',
      to: '',
    });
  });

  it('is an error when this process has the same stale GOROOT (go fails here too)', () => {
    const f = setEnv(
      withStartup(
        linuxFacts(),
        { '~/.bashrc': 'export GOROOT=/opt/go-old\n' },
        { '/opt/go-old': { kind: 'missing' } },
      ),
      'GOROOT',
      '/opt/go-old',
    );
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.message).toContain('bash interactive shells');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toContain('unset GOROOT');
  });

  it('reports a GOROOT of another release than the go that wins in that shell', () => {
    const f = withStartup(
      linuxFacts(),
      { '~/.zshenv': 'export GOROOT=/usr/lib/go-1.21\n' },
      { '/usr/lib/go-1.21': { kind: 'dir', goVersion: '1.21.13' } },
    );
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.code).toBe('mismatch');
    expect(r.findings[0]?.message).toContain('go1.21.13');
    expect(r.findings[0]?.message).toContain('go1.23.5 (/usr/local/go/bin/go)');
    expect(r.findings[0]?.why).toContain(
      'compile: version "go1.21.13" does not match go tool version "go1.23.5"',
    );
    expect(r.findings[0]?.message).toContain('zsh login+interactive, interactive, login and script shells');
  });

  it('stays silent when the same file puts that GOROOT first on PATH (its own go wins)', () => {
    const f = withStartup(
      linuxFacts(),
      { '~/.profile': 'export GOROOT=/usr/lib/go-1.21\nexport PATH=$GOROOT/bin:$PATH\n' },
      {
        '/usr/lib/go-1.21': { kind: 'dir', goVersion: '1.21.13' },
        '/usr/lib/go-1.21/bin': { kind: 'dir', hasGo: true, goVersion: '1.21.13' },
      },
    );
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('ignores GOROOT lines inside functions and after an unset', () => {
    const f = withStartup(
      linuxFacts(),
      {
        '~/.bashrc': 'use_old() {\n  export GOROOT=/opt/go-old\n}\nexport GOROOT=/opt/go-old\nunset GOROOT\n',
      },
      { '/opt/go-old': { kind: 'missing' } },
    );
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
