/**
 * `go-doctor relocate` in Simplified Chinese: every plan note, step, problem and usage problem has
 * Chinese words; with the real go, the plan and an --apply that moves a build cache go populated speak
 * Chinese with --lang or LANG, and write the same go env file as the English run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ui as en } from '../src/i18n/en/ui.js';
import { loadLang, localizer } from '../src/i18n/index.js';
import { removeTree } from '../src/relocate/copy.js';
import type { NoteCode, NoteData, RelocProblem, RelocSay } from '../src/relocate/say.js';
import { cli } from './support/cli.js';

await loadLang('zh-CN');
const zh = localizer('zh-CN').ui.relocate;

const t = '/data/go';
/** One of each: the Records make a new code without an example a compile error. */
const NOTES: { [K in NoteCode]: NoteData[K] } = {
  'target-relative': { target: 'go2' },
  'target-separator': { target: '/a:b', sep: ':' },
  'target-inside-source': { target: t, var: 'GOPATH', from: '/data' },
  'source-inside-target': { target: t, var: 'GOCACHE', from: '/data/go/c' },
  'would-sweep': { staying: 'GOCACHE', value: '/home/a/go/c', var: 'GOPATH', from: '/home/a/go' },
  'would-sweep-home': { var: 'GOPATH', from: '/home', home: '/home/a' },
  'would-sweep-goenv': { goenv: '/home/a/go/env', var: 'GOPATH', from: '/home/a/go' },
  'would-sweep-goroot': { goroot: '/home/a/go/go1.26', var: 'GOPATH', from: '/home/a/go' },
  'install-dir-not-on-path': { from: '/home/a/go/bin', to: '/data/go/bin' },
  'source-missing': { var: 'GOMODCACHE', from: '/home/a/go/pkg/mod' },
  'source-unreadable': { count: 2, var: 'GOPATH', from: '/home/a/go' },
  'no-space': { need: '3.0 GiB', margin: '512.0 MiB', free: '1.0 GiB' },
  'space-unknown': {},
  'target-not-dir': { target: t },
  'target-not-empty': { target: t },
  'same-volume': { vars: ['GOPATH', 'GOCACHE'], refused: true },
  'deps-recompile': {},
  'system-drive-assumed': {},
  'target-on-system-drive': { target: 'C:\\go2', drive: 'C:' },
  'off-system-drive': { vars: ['GOCACHE'], drive: 'C:' },
  'target-unc': { target: '\\\\srv\\go' },
  'target-spaces': { target: 'D:\\my go' },
  'target-non-ascii': { target: 'D:\\库' },
  'path-length': { length: 2000, limit: 2047 },
  'target-unusual-chars': { target: '/data/my go' },
};
const SAYS: { [K in RelocSay['code']]: Extract<RelocSay, { code: K }> } = {
  'probe-built': { code: 'probe-built', dir: '/home/a/.cache/go-build' },
  copied: {
    code: 'copied',
    var: 'GOCACHE',
    from: '/a',
    to: '/b',
    resumed: true,
    copied: 3,
    skipped: 1,
    links: 0,
    hardLinks: 2,
  },
  'special-skipped': { code: 'special-skipped', var: 'GOPATH', count: 1, examples: ['/a/s.sock'] },
  'source-missing': { code: 'source-missing', var: 'GOMODCACHE', from: '/a/pkg/mod' },
  verified: { code: 'verified', var: 'GOCACHE', files: 3, bytes: 40, links: 0, dirs: 2 },
  'backed-up': { code: 'backed-up', file: '/home/a/.config/go/env', backup: '/data/go/env.bak' },
  'ran-go-env': { code: 'ran-go-env', args: 'GOCACHE=/b' },
  'wrote-startup': { code: 'wrote-startup', files: ['/home/a/.bashrc'] },
  'waiting-env': { code: 'waiting-env', vars: ['GOCACHE'], written: true },
  'cache-hit': { code: 'cache-hit', dir: '/b' },
  'path-still-old': { code: 'path-still-old', from: '/a/bin', to: '/b/bin' },
  'carried-over': { code: 'carried-over', var: 'GOCACHE', count: 4 },
  'removed-old': { code: 'removed-old', var: 'GOCACHE', from: '/a' },
  done: { code: 'done', keepOld: true },
  'restored-goenv': { code: 'restored-goenv', vars: ['GOCACHE'] },
  'removed-new': { code: 'removed-new', dir: '/b' },
  'rolled-back': { code: 'rolled-back' },
  'already-finished': { code: 'already-finished', target: '/b' },
  progress: { code: 'progress', var: 'GOCACHE', files: 100 },
  'probe-failed-before': { code: 'probe-failed-before', error: 'exit status 1' },
  'copy-stopped': { code: 'copy-stopped', var: 'GOCACHE', error: 'ENOSPC', path: '/b/x' },
  'copy-differs': {
    code: 'copy-differs',
    var: 'GOCACHE',
    from: '/a',
    files: [1, 2],
    bytes: [3, 4],
    links: [0, 0],
    dirs: [1, 1],
  },
  failed: { code: 'failed', error: 'go: GOCACHE: boom' },
  'startup-failed': { code: 'startup-failed', error: 'EACCES' },
  'goenv-failed': { code: 'goenv-failed', names: ['GOPATH'], error: 'exit 1' },
  'goenv-mismatch': { code: 'goenv-mismatch', name: 'GOCACHE', got: '', want: '/b' },
  'cache-miss': { code: 'cache-miss', dir: '/b' },
  'probe-failed-after': { code: 'probe-failed-after', error: 'exit status 2' },
  'already-removed': { code: 'already-removed', moves: [{ var: 'GOCACHE', from: '/a' }] },
  'still-points': { code: 'still-points', var: 'GOCACHE', to: '/b' },
  unfinished: { code: 'unfinished', target: '/b' },
};
const PROBLEMS: { [K in RelocProblem['code']]: Extract<RelocProblem, { code: K }> } = {
  'needs-to': { code: 'needs-to' },
  'bad-vars': { code: 'bad-vars', allowed: ['GOPATH', 'GOCACHE'], got: 'FOO' },
  'no-vars': { code: 'no-vars' },
  'gopath-list': { code: 'gopath-list', count: 2, value: '/a:/b' },
  'nothing-to-move': { code: 'nothing-to-move', var: 'GOCACHE', off: true },
  relative: { code: 'relative', var: 'GOPATH', from: 'go' },
  'facts-apply': { code: 'facts-apply' },
  'apply-rollback': { code: 'apply-rollback' },
  'facts-relative-to': { code: 'facts-relative-to', os: 'windows', to: 'go' },
  'journal-unreadable': {
    code: 'journal-unreadable',
    file: '/b/.go-doctor-relocate.json',
    error: 'Unexpected end',
  },
  'not-a-journal': { code: 'not-a-journal', file: '/b/.go-doctor-relocate.json' },
  'nothing-to-roll-back': { code: 'nothing-to-roll-back', target: '/b' },
};

/** English words a Chinese sentence must not keep (identifiers, paths and quoted data aside). */
const ENGLISH =
  /\b(the|is|are|not|moves?|inside|files?|directory|build|target|only|already|could|still|removed|space)\b/;
const DATA =
  /go: GOCACHE: boom|Unexpected end|exit status \d|go-doctor relocate --to <dir> --apply|ANSI|MinGW|UNC|FIFO|ASCII/g;

function check(label: string, chinese: string, data: object) {
  expect(chinese, label).toMatch(/[\u4e00-\u9fff]/);
  let rest = chinese.replace(DATA, '');
  for (const v of Object.values(data).flat() as unknown[])
    if (typeof v === 'string' && v !== '') {
      if (/[/\\]/.test(v)) expect(chinese, label).toContain(v);
      rest = rest.replaceAll(v, '');
    }
  expect(rest, label).not.toMatch(ENGLISH);
}

describe('relocate words in zh-CN', () => {
  it('words every note, step, problem and usage problem, keeping its data', () => {
    for (const [code, d] of Object.entries(NOTES))
      check(code, (zh.notes[code as NoteCode] as (x: object) => string)(d), d);
    for (const s of Object.values(SAYS)) if (s.code !== 'failed') check(s.code, zh.say(s), s);
    for (const p of Object.values(PROBLEMS)) check(p.code, zh.problem(p), p);
    expect(zh.say(SAYS.failed)).toBe('go: GOCACHE: boom');
    expect(en.relocate.notes['same-volume'](NOTES['same-volume'])).toContain(
      '(--allow-same-volume moves anyway)',
    );
  });
});

describe('go-doctor relocate --lang zh-CN (real go)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gd-relocate-zh-'));
  afterAll(() => removeTree(root));
  const make = (name: string) => {
    const home = path.join(root, name, 'home');
    const proj = path.join(root, name, 'proj');
    return { home, proj, target: path.join(root, name, 'vol2', 'go') };
  };
  const a = make('zh');
  mkdirSync(a.proj, { recursive: true });
  mkdirSync(a.home, { recursive: true });
  writeFileSync(path.join(a.proj, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
  writeFileSync(path.join(a.proj, 'main.go'), 'package main\n\nfunc main() { println("hi") }\n');
  const envOf = (w: { home: string; proj: string }) => ({
    PATH: '/usr/local/go/bin:/usr/bin:/bin',
    HOME: w.home,
    PWD: w.proj,
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
  });
  const build = spawnSync('/usr/local/go/bin/go', ['build', '-o', os.devNull, '.'], {
    env: envOf(a),
    cwd: a.proj,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(build.stderr);
  const b = make('en');
  cpSync(path.join(root, 'zh'), path.join(root, 'en'), { recursive: true });
  const run = (w: typeof a, args: string[], extra: Record<string, string> = {}) =>
    cli(
      ['relocate', '--to', w.target, '--allow-same-volume', '--vars', 'GOCACHE', ...args],
      { ...envOf(w), ...extra },
      w.proj,
    );

  it('plans and applies in Chinese; the go env file is the same as in English', () => {
    const plan = run(a, ['--lang', 'zh-CN']);
    expect(plan.status, plan.stderr).toBe(0);
    expect(run(a, [], { LANG: 'zh_CN.UTF-8' }).stdout).toBe(plan.stdout);
    expect(plan.stdout).toContain('go-doctor relocate：计划（什么都没有改动；--apply 才会执行）');
    expect(plan.stdout).toContain(`go-doctor 运行：go env -w GOCACHE=${path.join(a.target, 'go-build')}`);
    expect(plan.stdout).toContain('目标与 GOCACHE 在同一个卷上');
    for (const w of [en.relocate.planHeading, en.relocate.applyEnd, 'go-doctor runs', 'Warnings:'])
      expect(plan.stdout).not.toContain(w);
    const json = (extra: Record<string, string>) => run(a, ['--format', 'json'], extra).stdout;
    expect(json({ LANG: 'zh_CN.UTF-8' })).toBe(json({}));

    const applied = run(a, ['--apply', '--lang', 'zh-CN']);
    expect(applied.status, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toContain('go-doctor relocate apply：完成');
    expect(applied.stdout).toMatch(/已复制 GOCACHE：.* -> .*go-build（写入 \d+ 个文件/);
    expect(applied.stdout).toMatch(/已校验 GOCACHE：两边都是 \d+ 个文件/);
    expect(applied.stdout).toContain('构建时直接命中了移动后的缓存（没有编译步骤）');
    expect(applied.stdout).not.toMatch(/copied|verified|served from/);
    const english = run(b, ['--apply']);
    expect(english.status, english.stdout).toBe(0);
    expect(english.stdout).toContain('go-doctor relocate apply: done');
    const envFile = (w: typeof a) =>
      readFileSync(path.join(w.home, '.config', 'go', 'env'), 'utf8').replaceAll(path.dirname(w.home), '<W>');
    expect(envFile(a)).toBe(envFile(b));
    expect(envFile(a)).toContain('GOCACHE=<W>/vol2/go/go-build');
    const status = run(a, ['--lang', 'zh-CN']);
    expect(status.stdout).toContain('已有一次完成的迁移');
  });

  it('usage problems in Chinese, exit 2', () => {
    const r = cli(['relocate', '--lang', 'zh-CN'], envOf(a), a.proj);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('relocate 需要 --to DIR');
    const v = cli(['relocate', '--to', '/x', '--vars', 'FOO'], { ...envOf(a), LANG: 'zh_CN.UTF-8' }, a.proj);
    expect(v.status).toBe(2);
    expect(v.stderr).toContain('收到的是 "FOO"');
  });
});
