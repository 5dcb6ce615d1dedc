import { describe, expect, it } from 'vitest';
import type { StartupFacts } from '../core/facts.js';
import { renderShellsJson, renderShellsText } from '../report/shells.js';
import { buildShellsReport, type ShellContextResult } from './differences.js';
import { isRelevantLine } from './startup.js';

const H = '/home/u';

function startup(files: Record<string, string>, paths: StartupFacts['paths'] = {}): StartupFacts {
  return {
    home: H,
    files: Object.entries(files).map(([p, t]) => ({
      path: p.replace(/^~/, H),
      exists: true,
      lines: t
        .split('\n')
        .map((text, i) => ({ n: i + 1, text }))
        .filter((l) => isRelevantLine(l.text)),
    })),
    dirs: {},
    paths,
    durationMs: 0,
  };
}

const c = (
  shell: ShellContextResult['shell'],
  mode: ShellContextResult['mode'],
  more: Partial<ShellContextResult> = {},
): ShellContextResult => ({
  shell,
  mode,
  go: null,
  goVersion: null,
  env: {},
  ms: 10,
  ...more,
});

describe('buildShellsReport', () => {
  it('says where go is missing, which go differs, and which variables differ, with the lines behind them', () => {
    const s = startup({
      '~/.zshrc': 'path=(/usr/lib/go-1.22/bin $path)\nexport GOPATH=$HOME/gz\n',
      '~/.profile': 'export PATH=/usr/local/go/bin:$PATH\n',
    });
    const go22 = { go: '/usr/lib/go-1.22/bin/go', goVersion: '1.22.12' };
    const go23 = { go: '/usr/local/go/bin/go', goVersion: '1.23.5' };
    const r = buildShellsReport(
      [
        c('zsh', 'interactive', { ...go22, env: { GOPATH: `${H}/gz` } }),
        c('zsh', 'script'),
        c('bash', 'login', go23),
        c('sh', 'minimal'),
      ],
      s,
      'linux',
    );
    const kinds = r.differences.map((d) => d.kind);
    expect(kinds).toEqual(['go-missing', 'go-differs', 'var-differs', 'where-to-set']);
    expect(r.differences[0]?.message).toBe(
      'go is found only in zsh interactive and bash login: scripts and cron, systemd and GUI apps will not see it.',
    );
    expect(r.differences[0]?.sources).toEqual(['~/.zshrc:1', '~/.profile:1']);
    expect(r.differences[1]?.message).toContain(
      'go1.22.12 (/usr/lib/go-1.22/bin/go) in zsh interactive; go1.23.5 (/usr/local/go/bin/go) in bash login',
    );
    expect(r.differences[2]).toMatchObject({ var: 'GOPATH', sources: ['~/.zshrc:2'] });
    expect(r.differences[2]?.message).toMatch(
      /^GOPATH=\/home\/u\/gz is set only in zsh interactive; elsewhere \(login shells of IDEs/,
    );
    const json = JSON.parse(renderShellsJson(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['contexts', 'assignments', 'differences']);
    const text = renderShellsText(r, { color: false, home: H });
    expect(text).toMatch(/zsh +interactive +\/usr\/lib\/go-1\.22\/bin\/go +1\.22\.12 +~\/gz/);
    expect(text).toContain('~/.zshrc:2  GOPATH  $HOME/gz');
  });

  it('finds conflicts, duplicates and paths that no longer exist', () => {
    const s = startup(
      {
        '~/.profile': 'export GOPATH=/a\nexport GOPATH=/b\nexport GOBIN=/c\n. ~/.go.sh\n',
        '~/.go.sh': 'export GOBIN=/c\nexport GOROOT=/gone\n',
      },
      { '/gone': { kind: 'missing' } },
    );
    const r = buildShellsReport([], s, 'linux');
    expect(r.differences.map((d) => `${d.kind}:${d.var}:${d.sources?.join(',')}`)).toEqual([
      'conflict:GOPATH:~/.profile:1,~/.profile:2',
      'duplicate:GOBIN:~/.profile:3,~/.go.sh:1',
      'missing-path:GOROOT:~/.go.sh:2',
    ]);
    expect(r.differences[0]?.message).toContain('the last one wins');
    expect(r.differences[2]?.fix).toBe('delete line 2 of ~/.go.sh');
  });

  it('reports hung contexts and go failing in a context, and nothing when all agree', () => {
    const r = buildShellsReport(
      [
        c('bash', 'interactive', {
          error: 'did not finish within 3 s: hung in /home/u/.bashrc:2 (sleep 100)',
          ms: 3100,
        }),
        c('bash', 'login', {
          go: '/usr/bin/go',
          error: 'go version failed: go: cannot find GOROOT directory: /x',
        }),
      ],
      startup({}),
      'linux',
    );
    expect(r.differences.map((d) => d.kind)).toEqual(['hang', 'go-fails']);
    expect(r.differences[0]?.message).toContain('hung in /home/u/.bashrc:2');
    const same = buildShellsReport(
      [c('bash', 'login', { go: '/g', goVersion: '1' }), c('zsh', 'login', { go: '/g', goVersion: '1' })],
      startup({}),
      'linux',
    );
    expect(same.differences).toEqual([]);
    expect(renderShellsText(same, { color: false, home: H })).toContain('No differences that matter.');
  });
});
