/**
 * `go-doctor shells` in Simplified Chinese: every kind of difference, fix and recommendation has Chinese
 * words; the real command (real bash, zsh, sh and fish in a temp HOME) follows --lang and LANG, and
 * keeps English and JSON as they were.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ui as en } from '../src/i18n/en/ui.js';
import { loadLang, localizer } from '../src/i18n/index.js';
import { modes, phrase } from '../src/i18n/zh-CN/words.js';
import type { DiffFix, DiffText } from '../src/shells/differences.js';
import type { RecommendationKey } from '../src/shells/startup.js';
import { cli } from './support/cli.js';

await loadLang('zh-CN');

const bashI = { shell: 'bash', mode: 'interactive' } as const;
const zshS = { shell: 'zsh', mode: 'script' } as const;
const minimal = { shell: 'sh', mode: 'minimal' } as const;

/** One of each: the Record makes a new code without an example a compile error. */
const TEXTS: Record<DiffText['code'], DiffText> = {
  'go-fails': {
    code: 'go-fails',
    ctx: bashI,
    go: '~/sdk/go/bin/go',
    error: 'go: cannot find GOROOT directory: /x',
  },
  hang: { code: 'hang', ctx: zshS, error: 'did not finish within 3 s: hung in ~/.zshenv:4' },
  'context-error': {
    code: 'context-error',
    ctx: minimal,
    error: 'exited with 127 before printing a result: sh: 1: x: not found',
  },
  'go-only-in': { code: 'go-only-in', found: [bashI], missing: [zshS, minimal] },
  'go-not-in': { code: 'go-not-in', found: [bashI, zshS], missing: [minimal] },
  'go-differs': {
    code: 'go-differs',
    groups: [
      { version: '1.22.12', path: '/usr/lib/go-1.22/bin/go', contexts: [bashI] },
      { version: '1.26.8', path: '/usr/local/go/bin/go', contexts: [zshS, minimal] },
    ],
    versionsDiffer: true,
  },
  'var-only-in': {
    code: 'var-only-in',
    name: 'GOPROXY',
    value: 'https://goproxy.cn',
    contexts: [bashI],
    unset: [zshS],
  },
  'var-differs': {
    code: 'var-differs',
    name: 'GOPATH',
    values: [
      { value: '/a', contexts: [bashI] },
      { value: '/b', contexts: [zshS] },
    ],
    unset: [minimal],
  },
  duplicate: { code: 'duplicate', name: 'GOFLAGS', first: '~/.bashrc:4', second: '~/.bashrc:5' },
  conflict: {
    code: 'conflict',
    name: 'GOPATH',
    firstValue: '/a',
    first: '~/.bashrc:1',
    secondValue: '/b',
    second: '~/.bashrc:2',
    ctx: bashI,
  },
  'missing-path': { code: 'missing-path', name: 'GOROOT', where: '~/.profile:1', path: '/nowhere/go' },
  'where-to-set': {
    code: 'where-to-set',
    files: [
      { file: '~/.profile', shell: 'sh' },
      { file: '~/.zshenv', shell: 'zsh' },
    ],
  },
};

const KEYS: Record<RecommendationKey, string> = {
  'windows-powershell': 'C:\\Users\\bob\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1',
  profile: '~/.profile',
  'bash-login': '~/.bash_profile',
  zshenv: '~/.zshenv',
  'fish-confd': '~/.config/fish/conf.d/go.fish',
  powershell: '~/.config/powershell/Microsoft.PowerShell_profile.ps1',
};

/** English words no Chinese sentence may keep (identifiers, paths and go's messages are fine). */
const ENGLISH =
  /\b(is|are|the|in|only|will|not|found|set|differs?|every|mode|which|does|exist|delete|line|of)\b/;

describe('shells words in zh-CN', () => {
  const zh = localizer('zh-CN').ui.shells;
  it('words every difference, keeping its data', () => {
    for (const t of Object.values(TEXTS)) {
      const chinese = zh.difference(t);
      expect(chinese, t.code).toMatch(/[\u4e00-\u9fff]/);
      expect(
        chinese.replace(/go: cannot find GOROOT directory: \/x|sh: 1: x: not found|~\/\.zshenv:4/, ''),
        t.code,
      ).not.toMatch(ENGLISH);
      for (const v of JSON.stringify(t).match(/"(~?\/[^"]*|https:[^"]*|go[\d.]+|\d+\.\d+\.\d+)"/g) ?? [])
        expect(chinese, t.code).toContain(JSON.parse(v));
      expect(en.shells.difference(t), t.code).not.toBe(chinese);
    }
  });

  it('words every fix and every recommended file', () => {
    const fixes: DiffFix[] = [
      { code: 'delete-line', line: 3, file: '~/.profile' },
      { code: 'fix-or-delete-line', line: 4, file: '~/.bashrc' },
      {
        code: 'where-to-set',
        files: Object.entries(KEYS).map(([key, file]) => ({ file, key: key as RecommendationKey })),
      },
    ];
    for (const f of fixes) {
      const chinese = zh.fix(f);
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese.replace(/setx NAME value|status is-interactive|-NoProfile/g, '')).not.toMatch(ENGLISH);
    }
    expect(zh.recommendation('bash-login', '/home/a/.bash_login')).toContain(
      '读取 .bash_login 而不是 ~/.profile',
    );
    expect(en.shells.recommendation('bash-login', '/home/a/.bash_login')).toBe(
      'bash login shells read .bash_login instead of ~/.profile: put it there too, or source ~/.profile from it',
    );
  });

  it('words the list of shells and modes of the startup checks', () => {
    expect(phrase('bash login and login+interactive; sh login+interactive and login shells')).toBe(
      'bash 的登录和登录+交互；sh 的登录+交互和登录 shell',
    );
    expect(modes('login+interactive, interactive and script')).toBe('登录+交互、交互和脚本');
  });

  it('words the collector errors of a context and keeps the shell output', () => {
    expect(zh.contextError('did not finish within 3 s: hung in ~/.zshrc:2')).toBe(
      '3 秒内没有结束：卡在 ~/.zshrc:2',
    );
    expect(zh.contextError('did not finish within 3 s (a startup file hangs or waits for input)')).toBe(
      '3 秒内没有结束（某个启动文件卡住了或在等待输入）',
    );
    expect(zh.contextError('could not start script (for a TTY): ENOENT')).toBe(
      '无法启动 script（用于提供 TTY）：ENOENT',
    );
    expect(zh.contextError('could not start /bin/zsh: EACCES')).toBe('无法启动 /bin/zsh：EACCES');
    expect(zh.contextError('exited with 1 before printing a result: boom')).toBe(
      '在输出结果之前就退出了（1）：boom',
    );
  });
});

describe('go-doctor shells --lang zh-CN (real shells)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-shells-zh-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const home = path.join(tmp, 'h');
  mkdirSync(path.join(home, '.config/fish/conf.d'), { recursive: true });
  writeFileSync(
    path.join(home, '.bashrc'),
    'export GOPATH=/nonexistent/gp\nexport GOPATH=/tmp\nexport GOFLAGS=-mod=mod\nexport GOFLAGS=-mod=mod\n',
  );
  writeFileSync(path.join(home, '.profile'), 'export GOROOT=/nowhere/go\n');
  writeFileSync(path.join(home, '.zshrc'), 'export GOPROXY=https://goproxy.cn\n');
  const env = { HOME: home, PATH: '/usr/local/go/bin:/usr/bin:/bin' };
  const run = (args: string[], extra: Record<string, string> = {}) => {
    const r = cli(['shells', '--no-color', '--shell', 'bash,zsh,sh', ...args], { ...env, ...extra }, tmp);
    expect(r.status, r.stderr).toBe(1);
    return r.stdout;
  };
  /** The matrix has timings; the rest is stable. */
  const tail = (s: string) => s.slice(s.search(/^(Where|启动文件)/m));

  it('speaks Chinese with --lang zh-CN or LANG; English and JSON unchanged', () => {
    const zh = run(['--lang', 'zh-CN']);
    expect(tail(run([], { LANG: 'zh_CN.UTF-8' }))).toBe(tail(zh));
    expect(zh).toMatch(/^SHELL\s+模式\s+GO\s+版本\s+GOROOT/m);
    expect(zh).toContain('启动文件在哪里设置了 Go');
    expect(zh).toContain('GOPATH 先在 ~/.bashrc:1 被设为 /nonexistent/gp，又在 ~/.bashrc:2 被改为 /tmp');
    expect(zh).toContain('GOFLAGS 被设置了两次，值相同（~/.bashrc:3 和 ~/.bashrc:4）');
    expect(zh).toContain('~/.profile:1 把 GOROOT 设为不存在的 /nowhere/go。');
    expect(zh).toContain('    删除 ~/.profile 的第 1 行');
    expect(zh).toContain('~/.zshenv：zsh 在每种模式下都会读取 .zshenv，包括脚本');
    for (const w of [
      en.shells.whereSet,
      en.shells.differences,
      'set at ',
      'which does not exist',
      'is set only in',
    ])
      expect(zh).not.toContain(w);
    const english = run([]);
    expect(english).toContain('Where the startup files set Go');
    expect(english).toContain(
      'GOFLAGS is set twice to the same value (~/.bashrc:3 and ~/.bashrc:4); one of them can go.',
    );
    expect(english).toContain('    delete line 1 of ~/.profile');
    const json = (extra: Record<string, string>) =>
      cli(['shells', '--format', 'json', '--shell', 'bash,zsh,sh'], { ...env, ...extra }, tmp).stdout.replace(
        /"ms": \d+/g,
        '',
      );
    const j = json({ LANG: 'zh_CN.UTF-8' });
    expect(j).toBe(json({}));
    expect(j).toContain('one of them can go');
    expect(j).not.toContain('"text"');
    expect(j).not.toContain('"fixData"');
  });

  it('rejects a bad --shell in Chinese, exit 2', () => {
    const r = cli(['shells', '--shell', 'tcsh', '--lang', 'zh-CN'], env, tmp);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shell 接受以逗号分隔的 bash、zsh');
    expect(r.stderr).toContain('收到的是 "tcsh"');
  });
});
