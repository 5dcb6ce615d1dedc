import { describe, expect, it } from 'vitest';
import type { StartupFacts } from '../core/facts.js';
import {
  analyzeStartup,
  expand,
  isRelevantLine,
  parseFish,
  parseFishVariables,
  parsePosix,
  parsePowerShell,
  recommendedFiles,
  type StartupAnalysis,
} from './startup.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((t, i) => ({ n: i + 1, text: t }))
    .filter((l) => isRelevantLine(l.text));

function facts(home: string, files: Record<string, string>, extra: Partial<StartupFacts> = {}): StartupFacts {
  return {
    home,
    files: Object.entries(files).map(([p, t]) => ({
      path: p.replace(/^~/, home),
      exists: true,
      lines: lines(t),
    })),
    dirs: {},
    paths: {},
    durationMs: 0,
    ...extra,
  };
}

function seen(a: StartupAnalysis, v: string): string[] {
  return a.assignments
    .filter((x) => x.var === v)
    .flatMap((x) => x.seenIn.map((s) => `${s.shell}/${s.mode}`))
    .sort();
}

describe('POSIX parser', () => {
  it('reads exports, plain assignments, PATH prepends/appends/resets, unset and zsh path arrays', () => {
    const st = parsePosix(
      lines(
        [
          'export GOPATH="$HOME/go"',
          "GOPROXY='https://proxy.example,direct'; export GOPROXY",
          'export PATH=$PATH:/usr/local/go/bin',
          'PATH="$HOME/go/bin:$PATH"',
          'PATH=/usr/bin:/bin',
          'unset GOROOT',
          'path+=(/opt/go/bin)',
          'GOFLAGS=-v go build ./...',
          'export A=1 GOBIN=/x/bin',
        ].join('\n'),
      ),
    );
    expect(
      st.map((s) =>
        'var' in s
          ? `${s.kind}:${s.var}`
          : s.kind === 'path'
            ? `path:${s.position}:${s.entries.join(',')}`
            : s.kind,
      ),
    ).toEqual([
      'set:GOPATH',
      'set:GOPROXY',
      'path:append:/usr/local/go/bin',
      'path:prepend:$HOME/go/bin',
      'path:reset:/usr/bin,/bin',
      'unset:GOROOT',
      'path:append:/opt/go/bin',
      'set:A',
      'set:GOBIN',
    ]);
    expect(st[0]).toMatchObject({ value: '$HOME/go' });
    expect(st[1]).toMatchObject({ value: 'https://proxy.example,direct' });
  });

  it('recognises version-manager activations and sourced files', () => {
    const st = parsePosix(
      lines(
        [
          'eval "$(goenv init -)"',
          'eval "$(mise activate zsh)"',
          '. "$HOME/.asdf/asdf.sh"',
          '[[ -s "$HOME/.gvm/scripts/gvm" ]] && source "$HOME/.gvm/scripts/gvm"',
          '. "$HOME/.cargo/env"',
        ].join('\n'),
      ),
    );
    expect(
      st.filter((s) => s.kind === 'activate').map((s) => (s.kind === 'activate' ? s.manager : '')),
    ).toEqual(['goenv', 'mise', 'asdf', 'gvm']);
    expect(st.filter((s) => s.kind === 'source').map((s) => (s.kind === 'source' ? s.target : ''))).toEqual([
      '$HOME/.asdf/asdf.sh',
      '$HOME/.gvm/scripts/gvm',
      '$HOME/.cargo/env',
    ]);
  });

  it('knows interactive guards, if-blocks and function bodies', () => {
    const st = parsePosix(
      lines(
        [
          'export GOPATH=/a',
          'if [[ -o interactive ]]; then',
          '  export GOBIN=/b',
          'else',
          '  export GOBIN=/c',
          'fi',
          'setgo() {',
          '  export GOROOT=/d',
          '}',
          '[ -z "$PS1" ] && return',
          'export GOFLAGS=-v',
        ].join('\n'),
      ),
    );
    const conds = Object.fromEntries(
      st.map((s) => [`${'var' in s ? s.var : ''}${'value' in s ? s.value : ''}`, s.cond]),
    );
    expect(conds).toEqual({
      'GOPATH/a': {},
      'GOBIN/b': { interactive: true },
      'GOBIN/c': { interactive: false },
      'GOROOT/d': { never: true },
      'GOFLAGS-v': { interactive: true },
    });
  });
});

describe('parser details go-doctor fix relies on', () => {
  it('a one-line case $- in … esac guard makes the rest of the file interactive-only', () => {
    const st = parsePosix(lines('case $- in *i*) ;; *) return;; esac\nexport GOFLAGS=-x'));
    expect(st).toEqual([{ kind: 'set', var: 'GOFLAGS', value: '-x', line: 2, cond: { interactive: true } }]);
  });

  it("fish takes \\' inside single quotes as a quote", () => {
    const st = parseFish(lines("set -gx GOFLAGS 'it\\'s'"));
    expect(st).toEqual([{ kind: 'set', var: 'GOFLAGS', value: "it's", line: 1, cond: {} }]);
  });

  it('tracks other variables when asked (CGO_ENABLED is not a GO* name)', () => {
    // go-doctor fix gives the analysis whole files (the collector keeps only Go-relevant lines)
    const f = facts('/h', {});
    f.files.push({
      path: '/h/.profile',
      exists: true,
      lines: [
        { n: 1, text: 'export CGO_ENABLED=0' },
        { n: 2, text: 'export GOFLAGS=-x' },
      ],
    });
    const plain = analyzeStartup(f, 'linux', ['sh']);
    expect(plain.assignments.map((a) => a.var)).toEqual(['GOFLAGS']);
    const tracked = analyzeStartup(f, 'linux', ['sh'], (n) => n === 'CGO_ENABLED' || n.startsWith('GO'));
    expect(tracked.assignments.map((a) => a.var)).toEqual(['CGO_ENABLED', 'GOFLAGS']);
  });
});

describe('fish and PowerShell parsers', () => {
  it('reads set -gx, fish_add_path, status blocks and activations', () => {
    const st = parseFish(
      lines(
        [
          'set -gx GOPATH $HOME/go',
          'fish_add_path -a /usr/local/go/bin',
          'if status is-interactive',
          '    mise activate fish | source',
          '    set -x GOBIN $HOME/bin',
          'end',
          'status --is-login; and set -gx GOFLAGS -mod=mod',
          'set -e GOROOT',
          'set -gx PATH $HOME/sdk/go/bin $PATH',
        ].join('\n'),
      ),
    );
    expect(
      st.map(
        (s) =>
          `${s.kind}:${'var' in s ? s.var : s.kind === 'activate' ? s.manager : s.kind === 'path' ? `${s.position}:${s.entries}` : ''}:${JSON.stringify(s.cond)}`,
      ),
    ).toEqual([
      'set:GOPATH:{}',
      'path:append:/usr/local/go/bin:{}',
      'activate:mise:{"interactive":true}',
      'set:GOBIN:{"interactive":true}',
      'set:GOFLAGS:{"login":true}',
      'unset:GOROOT:{}',
      'path:prepend:$HOME/sdk/go/bin:{}',
    ]);
  });

  it('reads universal variables from fish_variables', () => {
    const st = parseFishVariables(
      lines(
        '# This file contains fish universal variable definitions.\nSETUVAR --export GOPATH:/home/u/go\nSETUVAR fish_user_paths:/home/u/go/bin\\x1e/usr/local/go/bin\n',
      ),
    );
    expect(st).toEqual([
      { kind: 'set', var: 'GOPATH', value: '/home/u/go', line: 2, cond: {} },
      expect.objectContaining({
        kind: 'path',
        entries: ['/home/u/go/bin', '/usr/local/go/bin'],
        position: 'prepend',
        line: 3,
      }),
    ]);
  });

  it('reads $env: assignments and dot-sourcing in PowerShell profiles (Windows separators)', () => {
    const st = parsePowerShell(
      lines(
        [
          '$env:GOPATH = "C:\\Users\\bob\\go"',
          '$env:Path = "C:\\Go\\bin;" + $env:Path',
          '$env:PATH += ";C:\\Users\\bob\\go\\bin"',
          '. "$HOME\\Documents\\PowerShell\\go.ps1"',
          'Remove-Item Env:GOROOT',
        ].join('\n'),
      ),
      ';',
    );
    expect(
      st.map(
        (s) =>
          `${s.kind}:${'var' in s ? `${s.var}=${'value' in s ? s.value : ''}` : s.kind === 'path' ? `${s.position}:${s.entries}` : s.kind === 'source' ? s.target : ''}`,
      ),
    ).toEqual([
      'set:GOPATH=C:\\Users\\bob\\go',
      'path:prepend:C:\\Go\\bin',
      'path:append:C:\\Users\\bob\\go\\bin',
      'source:$HOME\\Documents\\PowerShell\\go.ps1',
      'unset:GOROOT=',
    ]);
  });
});

describe('which files each shell reads in each mode', () => {
  const H = '/home/u';

  it('bash login reads only the first of .bash_profile/.bash_login/.profile; interactive reads .bashrc', () => {
    const a = analyzeStartup(
      facts(H, {
        '~/.bash_profile': 'export GOPATH=/a\n',
        '~/.profile': 'export GOBIN=/b\n',
        '~/.bashrc': 'export GOFLAGS=-v\n',
      }),
      'linux',
      ['bash'],
    );
    expect(seen(a, 'GOPATH')).toEqual(['bash/login', 'bash/login-interactive']);
    expect(seen(a, 'GOBIN')).toEqual([]);
    expect(seen(a, 'GOFLAGS')).toEqual(['bash/interactive']);
  });

  it('bash scripts read $BASH_ENV, sh interactive reads $ENV', () => {
    const a = analyzeStartup(
      facts(
        H,
        { '/etc/benv': 'export GOPATH=/a\n', '/etc/shenv': 'export GOBIN=/b\n' },
        { bashEnv: '/etc/benv', envFile: '/etc/shenv' },
      ),
      'linux',
      ['bash', 'sh'],
    );
    expect(seen(a, 'GOPATH')).toEqual(['bash/script']);
    expect(seen(a, 'GOBIN')).toEqual(['sh/interactive', 'sh/login-interactive']);
  });

  it('zsh reads .zshenv always, .zprofile/.zlogin for login, .zshrc interactive, under ZDOTDIR set in .zshenv', () => {
    const a = analyzeStartup(
      facts(H, {
        '~/.zshenv': 'export ZDOTDIR=$HOME/.config/zsh\nexport GOPATH=/a\n',
        '~/.config/zsh/.zprofile': 'export GOBIN=/b\n',
        '~/.config/zsh/.zshrc': 'export GOFLAGS=-v\n',
        '~/.zshrc': 'export GOPROXY=off\n',
      }),
      'linux',
      ['zsh'],
    );
    expect(seen(a, 'GOPATH')).toEqual([
      'zsh/interactive',
      'zsh/login',
      'zsh/login-interactive',
      'zsh/script',
    ]);
    expect(seen(a, 'GOBIN')).toEqual(['zsh/login', 'zsh/login-interactive']);
    expect(seen(a, 'GOFLAGS')).toEqual(['zsh/interactive', 'zsh/login-interactive']);
    expect(seen(a, 'GOPROXY')).toEqual([]);
  });

  it('fish reads conf.d and config.fish in every mode, honouring status blocks', () => {
    const a = analyzeStartup(
      facts(
        H,
        {
          '~/.config/fish/conf.d/go.fish': 'set -gx GOPATH /a\n',
          '~/.config/fish/config.fish': 'if status is-interactive\n  set -gx GOBIN /b\nend\n',
        },
        { dirs: { '/home/u/.config/fish/conf.d': ['go.fish'] } },
      ),
      'linux',
      ['fish'],
    );
    expect(seen(a, 'GOPATH')).toHaveLength(4);
    expect(seen(a, 'GOBIN')).toEqual(['fish/interactive', 'fish/login-interactive']);
  });

  it('follows source lines recursively with a cycle guard and a depth limit', () => {
    const a = analyzeStartup(
      facts(H, {
        '~/.profile': '. "$HOME/.go.sh"\n',
        '~/.go.sh': 'export GOPATH=/a\n. ~/.profile\n. ~/.go2.sh\n',
        '~/.go2.sh': 'export GOBIN=/b\n. ~/.go.sh\n',
      }),
      'linux',
      ['sh'],
    );
    expect(seen(a, 'GOPATH')).toEqual(['sh/login', 'sh/login-interactive']);
    expect(seen(a, 'GOBIN')).toEqual(['sh/login', 'sh/login-interactive']);
    expect(a.contexts.find((c) => c.mode === 'login')?.files).toEqual([
      '/home/u/.profile',
      '/home/u/.go.sh',
      '/home/u/.go2.sh',
    ]);
  });

  it('macOS: zsh system files live in /etc, not /etc/zsh', () => {
    const a = analyzeStartup(
      facts('/Users/u', { '/etc/zprofile': 'export GOPATH=/a\n', '/etc/zsh/zprofile': 'export GOBIN=/b\n' }),
      'darwin',
      ['zsh'],
    );
    expect(seen(a, 'GOPATH')).toEqual(['zsh/login', 'zsh/login-interactive']);
    expect(seen(a, 'GOBIN')).toEqual([]);
  });

  it('Windows: PowerShell profiles under Documents, in every mode', () => {
    const home = 'C:\\Users\\bob';
    const a = analyzeStartup(
      facts(home, {
        'C:\\Users\\bob\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1': '$env:GOPATH = "D:\\go"\n',
      }),
      'windows',
    );
    expect(seen(a, 'GOPATH')).toEqual([
      'powershell/interactive',
      'powershell/login',
      'powershell/login-interactive',
      'powershell/script',
    ]);
    expect(recommendedFiles(facts(home, {}), 'windows')[0]?.file).toBe(
      'C:\\Users\\bob\\Documents\\PowerShell\\profile.ps1',
    );
  });

  it('recommends ~/.bash_profile too when it exists (bash login then skips ~/.profile)', () => {
    const r = recommendedFiles(facts(H, { '~/.bash_profile': '' }), 'linux');
    expect(r.map((x) => x.file)).toEqual([
      '/home/u/.profile',
      '/home/u/.bash_profile',
      '/home/u/.zshenv',
      '/home/u/.config/fish/conf.d/go.fish',
    ]);
  });
});

describe('expand', () => {
  it('expands ~, $HOME, ${VAR:-default} and gives null for unknowns and command substitutions', () => {
    const vars = new Map([['HOME', '/h']]);
    expect(expand('~/go', vars, 'linux')).toBe('/h/go');
    expect(expand('${GOPATH:-$HOME/go}/bin', vars, 'linux')).toBe('/h/go/bin');
    expect(expand('$NOPE/bin', vars, 'linux')).toBeNull();
    expect(expand('$(go env GOPATH)/bin', vars, 'linux')).toBeNull();
  });
});
