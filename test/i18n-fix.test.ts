/**
 * `go-doctor fix` in Simplified Chinese: plan, --apply, the re-check, --undo and usage errors follow
 * --lang and LANG (real go, real bash, a temp HOME whose ~/.bashrc exports GOFLAGS=-bogus); the files
 * written and the JSON are the same as in English. Every sentence go-doctor fix can say has Chinese words.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApplySay, FixSay } from '../src/fix/say.js';
import { ui as en } from '../src/i18n/en/ui.js';
import { loadLang, localizer } from '../src/i18n/index.js';
import { renderFixText } from '../src/report/fix.js';
import { cli } from './support/cli.js';

await loadLang('zh-CN');
const zh = localizer('zh-CN').ui.fixReport;

const blocked = { later: '~/.bashrc:9', uneditable: ['/etc/profile (EACCES)'] };
/** One of each: the Records make a new code without an example a compile error. */
const SAYS: { [K in FixSay['code']]: Extract<FixSay, { code: K }> } = {
  'same-change': { code: 'same-change', finding: 'gopath-relative' },
  'no-startup-facts-var': { code: 'no-startup-facts-var', var: 'GOFLAGS', set: false },
  'already-set': { code: 'already-set', var: 'GOPROXY', value: 'https://goproxy.cn' },
  'left-in-place': { code: 'left-in-place', where: '/etc/profile:3' },
  'cannot-win': { code: 'cannot-win', var: 'GOPATH', contexts: ['zsh login', 'bash script'], blocked },
  'already-removed': { code: 'already-removed', var: 'GOFLAGS' },
  'var-from-environment': { code: 'var-from-environment', var: 'GOROOT' },
  'still-assigned': { code: 'still-assigned', where: '/etc/profile:3' },
  'still-set': { code: 'still-set', var: 'GOROOT', contexts: ['sh login'], blocked },
  'no-startup-facts-path-add': { code: 'no-startup-facts-path-add', dir: '/home/a/go/bin' },
  'cannot-add-path': {
    code: 'cannot-add-path',
    dir: '/home/a/go/bin',
    contexts: ['fish script'],
    blocked: null,
  },
  'no-startup-facts-path-remove': { code: 'no-startup-facts-path-remove', entry: '~/go/bin' },
  'path-from-environment': { code: 'path-from-environment', entry: '/opt/go/bin' },
  'path-also-added-uneditable': {
    code: 'path-also-added-uneditable',
    entry: '/opt/go/bin',
    where: '/etc/zshenv:2',
  },
  'no-goenv-file': { code: 'no-goenv-file', flag: '-w' },
  'mkdir-undo': { code: 'mkdir-undo' },
  'run-apply-only': { code: 'run-apply-only' },
  'cannot-read': { code: 'cannot-read', file: '/home/a/.zshrc', error: 'EACCES' },
  'line-changed': {
    code: 'line-changed',
    line: 4,
    file: '/home/a/.zshrc',
    from: 'export A=1',
    now: 'export A=2',
  },
  'win-var-also-set': { code: 'win-var-also-set', var: 'GOPATH', where: 'C:\\Users\\bob\\profile.ps1:2' },
  'win-path-also-added': {
    code: 'win-path-also-added',
    entry: 'C:\\Go\\bin',
    where: 'C:\\Users\\bob\\profile.ps1:3',
  },
  'win-system-path': { code: 'win-system-path', entry: 'C:\\Go\\bin' },
  advice: { code: 'advice', text: 'install a C compiler', translated: '安装一个 C 编译器' },
};
const APPLIED: { [K in ApplySay['code']]: Extract<ApplySay, { code: K }> } = {
  'changed-since-read': { code: 'changed-since-read', file: '/home/a/.zshrc' },
  'cannot-write': { code: 'cannot-write', file: '/home/a/.zshrc', error: 'EROFS' },
  'not-this-os': { code: 'not-this-os' },
  'apply-only': { code: 'apply-only' },
  'command-failed': {
    code: 'command-failed',
    command: 'go env -w X=1',
    timedOut: false,
    spawnError: null,
    output: 'go: boom',
  },
  'cannot-create': { code: 'cannot-create', dir: '/x/y', error: 'EACCES' },
  'nothing-to-undo': { code: 'nothing-to-undo', stateDir: '/home/a/.local/state/go-doctor' },
  'cannot-read-journal': { code: 'cannot-read-journal', file: '/s/journal.json', error: 'Unexpected token' },
  'not-a-journal': { code: 'not-a-journal', file: '/s/journal.json' },
  'undo-changed': { code: 'undo-changed', files: ['/home/a/.zshrc'], backups: '/s/backups/1' },
};

/** English words a Chinese sentence must not keep (identifiers, paths, commands and go output aside). */
const ENGLISH = /\b(the|is|are|your|could|cannot|remove|change|there|still|since|again|nothing|file|line)\b/;
const DATA = /go: boom|Unexpected token|install a C compiler|System Properties|Environment Variables/g;

describe('fix words in zh-CN', () => {
  it('words everything fix says, keeping its data', () => {
    for (const s of [...Object.values(SAYS), ...Object.values(APPLIED)]) {
      const chinese = isApply(s) ? zh.applied(s) : zh.say(s);
      expect(chinese, s.code).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese.replace(DATA, ''), s.code).not.toMatch(ENGLISH);
      for (const v of Object.values(s).flat() as unknown[])
        if (typeof v === 'string' && /[/\\~]/.test(v)) expect(chinese, s.code).toContain(v);
    }
    expect(zh.say(SAYS.advice)).toBe('安装一个 C 编译器');
    expect(en.fixReport.say(SAYS.advice)).toBe('install a C compiler');
  });

  it('renders a plan with translated advice and context labels', () => {
    const plan = {
      os: 'linux' as const,
      shells: ['bash' as const],
      entries: [],
      files: [],
      commands: [],
      mkdirs: [],
      advice: [{ finding: 'cgo-no-compiler', text: 'install a C compiler', say: SAYS.advice }],
      touched: [],
    };
    const r = { plan, findings: 1, applied: false, verified: [], home: '/h', stateDir: null };
    expect(renderFixText(r)).toContain('  - cgo-no-compiler: install a C compiler');
    const text = renderFixText(r, { lang: 'zh-CN' });
    expect(text).toContain('建议（go-doctor 无法替你完成）：');
    expect(text).toContain('  - cgo-no-compiler: 安装一个 C 编译器');
    expect(zh.label('zsh login+interactive')).toBe('zsh 登录+交互模式');
    expect(zh.label('the planned values (no shell to start)')).toBe('计划中的值（没有可启动的 shell）');
    expect(zh.contextError('printed no result (exit 1)')).toBe('没有输出结果（退出码 1）');
  });
});

function isApply(s: FixSay | ApplySay): s is ApplySay {
  return (Object.keys(APPLIED) as string[]).includes(s.code);
}

describe('go-doctor fix --lang zh-CN (real go and bash)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-fix-zh-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }));
  const home = path.join(tmp, 'home');
  const proj = path.join(tmp, 'proj');
  mkdirSync(path.join(home, 'go', 'bin'), { recursive: true });
  mkdirSync(proj);
  writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
  const BASHRC = '# ~/.bashrc\ncase $- in *i*) ;; *) return;; esac\nexport GOFLAGS=-bogus\n';
  const bashrc = path.join(home, '.bashrc');
  writeFileSync(bashrc, BASHRC, { mode: 0o600 });
  writeFileSync(path.join(home, '.bash_profile'), '[ -f ~/.bashrc ] && . ~/.bashrc\n');
  const env = {
    PATH: `/usr/local/go/bin:/usr/bin:/bin:${path.join(home, 'go', 'bin')}`,
    HOME: home,
    PWD: proj,
    SHELL: '/bin/bash',
    GOFLAGS: '-bogus',
    GOPATH: path.join(home, 'go'),
    GOCACHE: path.join(tmp, 'cache'),
    GOENV: path.join(home, '.config', 'go', 'env'),
    GOTOOLCHAIN: 'local',
    XDG_STATE_HOME: path.join(tmp, 'state'),
  };
  const only = ['--only', 'goflags-invalid'];

  it('plans, applies, re-checks and undoes in Chinese; files and JSON as in English', () => {
    const plan = cli(['fix', ...only, '--lang', 'zh-CN'], env, proj);
    expect(plan.status).toBe(1);
    expect(cli(['fix', ...only], { ...env, LANG: 'zh_CN.UTF-8' }, proj).stdout).toBe(plan.stdout);
    expect(plan.stdout).toContain('go-doctor fix：1 个检查结果有修复方案；计划 1 处改动（shell：bash）。');
    expect(plan.stdout).toContain('  goflags-invalid: unset-env → ~/.bashrc');
    expect(plan.stdout).toContain('-export GOFLAGS=-bogus');
    expect(plan.stdout).toContain('没有做任何改动。运行 "go-doctor fix --apply" 来执行这些改动。');
    const english = cli(['fix', ...only], env, proj).stdout;
    const diffOf = (s: string) => s.split('\n').filter((l) => /^ {4}[-+@ ]/.test(l));
    expect(diffOf(plan.stdout)).toEqual(diffOf(english));
    expect(diffOf(english).length).toBeGreaterThan(2);
    const json = (extra: Record<string, string>) =>
      cli(['fix', ...only, '--format', 'json'], { ...env, ...extra }, proj).stdout;
    expect(json({ LANG: 'zh_CN.UTF-8' })).toBe(json({}));

    const applied = cli(['fix', '--apply', ...only, '--lang', 'zh-CN'], env, proj);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('已写入：~/.bashrc');
    expect(applied.stdout).toContain('重新检查的环境：bash 登录+交互模式、bash 交互模式、bash 登录模式');
    expect(applied.stdout).toContain('  已修复：goflags-invalid');
    expect(applied.stdout).toContain('打开一个新终端（或重新登录）以获得新的设置');
    for (const w of [en.fixReport.newTerminal, 'Re-checked in', 'Written:', 'fixed:'])
      expect(applied.stdout).not.toContain(w);
    const zhFile = readFileSync(bashrc, 'utf8');
    expect(zhFile).not.toBe(BASHRC);
    expect(zhFile).not.toMatch(/[\u4e00-\u9fff]/);

    // This (old) terminal still has GOFLAGS: the plan says so in Chinese.
    const same = cli(['fix', ...only, '--lang', 'zh-CN'], env, proj);
    expect(same.stdout).toContain('这个终端仍保留旧值：请打开一个新终端');
    expect(same.stdout).toContain('（无需改动）');

    const undo = cli(['fix', '--undo', '--lang', 'zh-CN'], env, proj);
    expect(undo.status).toBe(0);
    expect(undo.stdout).toContain('go-doctor fix --undo：上一次执行的计划已撤销。');
    expect(undo.stdout).toContain('已恢复：~/.bashrc');
    expect(readFileSync(bashrc, 'utf8')).toBe(BASHRC);
    const none = cli(['fix', '--undo', '--lang', 'zh-CN'], env, proj);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('go-doctor fix --undo：没有可撤销的内容（');

    // English writes the very same file.
    expect(cli(['fix', '--apply', ...only], env, proj).status).toBe(0);
    expect(readFileSync(bashrc, 'utf8')).toBe(zhFile);
    expect(cli(['fix', '--undo'], env, proj).stdout).toContain('Restored: ~/.bashrc');
    expect(readFileSync(bashrc, 'utf8')).toBe(BASHRC);
  });

  it('usage errors in Chinese, exit 2', () => {
    const bad = cli(['fix', '--only', 'no-such-check', '--lang', 'zh-CN'], env, proj);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知的检查 ID "no-such-check"');
    const both = cli(['fix', '--undo', '--apply'], { ...env, LANG: 'zh_CN.UTF-8' }, proj);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--undo 和 --apply 不能同时使用');
  });
});
