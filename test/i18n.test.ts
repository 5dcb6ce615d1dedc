/**
 * Translations: every registered check's message codes and advice keys, every command's summary and help
 * and every reporter word have a zh-CN entry (the lists are whatever is registered, so a new check or
 * command fails here until it is translated); checks give advice only through adviceFix; the language is
 * chosen by --lang, else LC_ALL, LC_MESSAGES, LANG, with English as fallback.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChecks, diskChecks } from '../src/checks/index.js';
import { loadCommands } from '../src/cli/commands/index.js';
import type { Messages } from '../src/core/check.js';
import { parseFacts } from '../src/core/factsfile.js';
import { runChecks } from '../src/core/run.js';
import { ui as enUi } from '../src/i18n/en/ui.js';
import { CATALOGS, langFromEnv, localizer, localizerFor, parseLang } from '../src/i18n/index.js';
import { buildReport } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { cli, hasStackTrace, ROOT } from './support/cli.js';
import { quotedSpans, translationProblems } from './support/i18n.js';
import { goReleases } from './support/releases.js';
// Registers the zh-CN catalog (the CLI loads it on demand with loadLang).
import '../src/i18n/zh-CN/index.js';

const COMMANDS = await loadCommands();
/** The checks of check and of du. */
const EVERY = [...allChecks, ...diskChecks];
const zh = CATALOGS['zh-CN'] as NonNullable<(typeof CATALOGS)['zh-CN']>;

/** Every key path of a nested object of strings and functions. */
function keyPaths(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('zh-CN catalog is complete', () => {
  it('has every message code of every registered check, with why where English has one', () => {
    const missing: string[] = [];
    for (const c of EVERY) {
      for (const [code, spec] of Object.entries(c.messages as Messages)) {
        const t = zh.messages[`${c.id}/${code}`];
        if (!t) missing.push(`${c.id}/${code}`);
        else if (spec.why && !t.why) missing.push(`${c.id}/${code} (why)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has every advice key every registered check declares', () => {
    const missing = EVERY.flatMap((c) =>
      Object.keys(c.advice ?? {})
        .filter((k) => !zh.advice[`${c.id}/${k}`])
        .map((k) => `${c.id}/${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no entry for a code, advice key or command that no longer exists', () => {
    const codes = new Set(EVERY.flatMap((c) => Object.keys(c.messages).map((k) => `${c.id}/${k}`)));
    const advice = new Set(EVERY.flatMap((c) => Object.keys(c.advice ?? {}).map((k) => `${c.id}/${k}`)));
    expect(Object.keys(zh.messages).filter((k) => !codes.has(k))).toEqual([]);
    expect(Object.keys(zh.advice).filter((k) => !advice.has(k))).toEqual([]);
    const names = new Set(COMMANDS.map((c) => c.name));
    expect(Object.keys(zh.commands).filter((k) => !names.has(k))).toEqual([]);
  });

  it('has the summary and help of every registered command, in Chinese', () => {
    const missing = COMMANDS.filter((c) => {
      const t = zh.commands[c.name];
      return !t || !/[\u4e00-\u9fff]/.test(t.summary) || !/[\u4e00-\u9fff]/.test(t.help);
    }).map((c) => c.name);
    expect(missing).toEqual([]);
    // Every option a command's English help lists is in the translation too.
    for (const c of COMMANDS) {
      const options = [...c.help.matchAll(/^\s+(-[-\w]+(?:, -[-\w]+)?)/gm)].map((m) => m[1]);
      for (const o of options) expect(zh.commands[c.name]?.help, `${c.name} ${o}`).toContain(o);
    }
  });

  it('has the title of every registered check', () => {
    expect(EVERY.filter((c) => !/[\u4e00-\u9fff]/.test(zh.titles[c.id] ?? '')).map((c) => c.id)).toEqual([]);
    const ids = new Set(EVERY.map((c) => c.id));
    expect(Object.keys(zh.titles).filter((k) => !ids.has(k))).toEqual([]);
  });

  it('has every reporter and fix word English has', () => {
    expect(keyPaths(zh.ui).sort()).toEqual(keyPaths(enUi).sort());
  });

  it('checks give advice through adviceFix (with a key), never as a bare { kind: "advice" } literal', () => {
    const dir = path.join(ROOT, 'src', 'checks');
    const bare: string[] = [];
    for (const g of readdirSync(dir, { withFileTypes: true })) {
      if (!g.isDirectory() || g.name.startsWith('_')) continue;
      for (const f of readdirSync(path.join(dir, g.name))) {
        if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
        if (/kind: 'advice'/.test(readFileSync(path.join(dir, g.name, f), 'utf8')))
          bare.push(`${g.name}/${f}`);
      }
    }
    expect(bare).toEqual([]);
  });
});

/**
 * Codes and advice keys that no check unit test reaches through runCheck (the policy checks are tested
 * through runChecks; some advice only appears without an account home): their translations run here on
 * data shaped like the checks'.
 */
const SYNTHETIC: { key: string; data: Record<string, unknown> }[] = [
  {
    key: 'gowork-invalid/unreadable',
    data: { value: '"/w/go.work"', origin: 'set in the environment', error: 'EACCES' },
  },
  {
    key: 'policy-managers/disallowed',
    data: {
      path: '/usr/bin/go',
      manager: 'apt',
      allowed: 'official, goenv',
      policy: '.go-doctor.yaml',
      line: 3,
    },
  },
  {
    key: 'policy-min-free/low',
    data: { name: 'GOCACHE', path: '/c', free: '1.0 GB', need: '5.0 GB', policy: '.go-doctor.yaml', line: 4 },
  },
  { key: 'policy-min-go/old', data: { local: '1.21.0', min: '1.22', from: '.go-doctor.yaml:2' } },
  {
    key: 'policy-require/violated',
    data: {
      name: 'GOPROXY',
      value: 'off',
      wanted: 'exactly "https://goproxy.cn,direct"',
      origin: 'the default',
      policy: '.go-doctor.yaml',
      line: 5,
    },
  },
];
const SYNTHETIC_ADVICE: { key: string; data: Record<string, unknown> }[] = [
  { key: 'home-relative/absolute', data: { homeVar: 'HOME' } },
  { key: 'home-unset/set', data: { homeVar: 'HOME' } },
  { key: 'policy-managers/install', data: { manager: 'goenv' } },
  { key: 'policy-min-free/free', data: { path: '/c' } },
  { key: 'policy-min-go/install', data: { min: '1.22' } },
  { key: 'policy-require/set', data: { name: 'GOPROXY', rule: 'exactly "https://goproxy.cn,direct"' } },
];

describe('zh-CN on data no unit test reaches', () => {
  const byId = new Map(EVERY.map((c) => [c.id, c]));
  for (const { key, data } of SYNTHETIC) {
    it(key, () => {
      const [id = '', code = ''] = key.split('/');
      const en = (byId.get(id)?.messages as Messages | undefined)?.[code];
      const t = zh.messages[key];
      if (!en || !t) throw new Error(`no ${key}`);
      const enText = `${en.message(data)}\n${en.why?.(data) ?? ''}`;
      const zhText = `${t.message(data)}\n${t.why?.(data) ?? ''}`;
      expect(zhText).toMatch(/[\u4e00-\u9fff]/);
      for (const span of quotedSpans(enText)) expect(zhText).toContain(span);
    });
  }
  for (const { key, data } of SYNTHETIC_ADVICE) {
    it(`advice ${key}`, () => {
      const [id = '', k = ''] = key.split('/');
      const en = byId.get(id)?.advice?.[k];
      const t = zh.advice[key];
      if (!en || !t) throw new Error(`no ${key}`);
      expect(t(data)).toMatch(/[\u4e00-\u9fff]/);
      for (const span of quotedSpans(en(data))) expect(t(data)).toContain(span);
    });
  }
});

describe('language choice', () => {
  it('maps locale names to zh-CN, and Traditional Chinese and others to English', () => {
    for (const t of ['zh_CN.UTF-8', 'zh_CN', 'zh-CN', 'zh-Hans', 'zh_SG.UTF-8', 'zh-Hans-CN', 'zh']) {
      expect(parseLang(t), t).toBe('zh-CN');
    }
    for (const t of ['zh_TW.UTF-8', 'zh_HK', 'zh-Hant', 'zh-Hant-TW']) expect(parseLang(t), t).toBeNull();
    expect(parseLang('en_US.UTF-8')).toBe('en');
    expect(parseLang('C')).toBe('en');
    expect(parseLang('de_DE.UTF-8')).toBeNull();
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, first non-empty wins', () => {
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LANG: 'zh_TW.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});

describe('zh-CN over the fact fixtures', () => {
  const dir = path.join(ROOT, 'test', 'fixtures', 'facts');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`${name}: every finding translated, go's quoted messages kept, report words in Chinese`, () => {
      const file = path.join(dir, name);
      const facts = parseFacts(readFileSync(file, 'utf8'), file);
      const { results, context } = runChecks(allChecks, facts);
      const args = { facts, results, context, checks: allChecks, toolVersion: 'test', checkMs: 0 };
      const en = buildReport(args);
      const zhReport = buildReport({ ...args, lang: 'zh-CN' });
      expect(zhReport.findings.length).toBe(en.findings.length);
      expect(en.findings.length).toBeGreaterThan(0);
      const problems = en.findings.flatMap((f, i) => {
        const z = zhReport.findings[i];
        return z ? translationProblems(f, z) : ['missing'];
      });
      expect(problems).toEqual([]);
      // Stable fields stay as they are.
      expect(zhReport.findings.map((f) => [f.id, f.code, f.data])).toEqual(
        en.findings.map((f) => [f.id, f.code, f.data]),
      );
      const text = renderText(zhReport, { color: false, verbose: true, lang: 'zh-CN' });
      expect(text).toMatch(/共 \d+ 项检查/);
      expect(text).not.toMatch(/ in \d+ checks/);
      // -v lists passing checks by their translated title.
      expect(text).toContain('构建缓存已启用 (gocache-off,');
      expect(text).not.toContain('The build cache is enabled');
    });
  }

  it('falls back to English when a translation throws or lacks a why', () => {
    const check = allChecks.find((c) => c.id === 'gocache-off');
    if (!check) throw new Error('no gocache-off');
    const loc = localizerFor('zh-CN', {
      ...zh,
      messages: {
        'gocache-off/off': {
          message: () => {
            throw new Error('boom');
          },
        },
      },
      advice: {
        'gocache-off/x': () => {
          throw new Error('boom');
        },
      },
    });
    const spec = loc.message(check, 'gocache-off', 'off');
    const data = { origin: 'set in the environment' };
    expect(spec?.message(data)).toBe((check.messages as Messages).off?.message(data));
    expect(spec?.why?.(data)).toContain('build cache is disabled by GOCACHE=off');
    expect(loc.advice('gocache-off', 'x', {})).toBeUndefined();
  });

  it('localizes the fixed words of rendered fixes', () => {
    const loc = localizer('zh-CN');
    expect(loc.ui.fix.pathRemove({ entry: '"/x"' })).toContain('"/x"');
    expect(loc.ui.fix.pathRemove({ entry: '"/x"' })).not.toMatch(/remove/);
  });
});

describe('CLI --lang and locale variables', () => {
  const release = goReleases().at(-1);
  let tmp = '';
  let env: Record<string, string | undefined> = {};
  beforeAll(() => {
    if (!release) throw new Error('no Go release found');
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-i18n-'));
    const home = path.join(tmp, 'home');
    const proj = path.join(tmp, 'proj');
    mkdirSync(home);
    mkdirSync(proj);
    writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.19\n');
    env = {
      PATH: `${release.goroot}/bin:/usr/bin:/bin:${path.join(home, 'go', 'bin')}`,
      HOME: home,
      PWD: proj,
      GOPATH: path.join(home, 'go'),
      GOTOOLCHAIN: 'local',
      // A finding whose why quotes go: GOSUMDB=off.
      GOSUMDB: 'off',
      GOFLAGS: '-modcacherw',
    };
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const proj = () => path.join(tmp, 'proj');

  it('--lang zh-CN prints findings, why and the summary in Chinese, keeping identifiers', () => {
    const r = cli(['check', '--lang', 'zh-CN', '--no-color'], env, proj());
    expect(hasStackTrace(r.stderr)).toBe(false);
    expect(r.stdout).toContain('GOSUMDB 为 "off"');
    expect(r.stdout).toContain('模块代理与校验和数据库');
    expect(r.stdout).toContain('GOSUMDB=sum.golang.google.cn');
    expect(r.stdout).toMatch(/个警告/);
    expect(r.stdout).not.toContain('checksum database');
  });

  it('LANG=zh_CN.UTF-8 selects Chinese; LC_ALL overrides it; zh_TW falls back to English', () => {
    const zhOut = cli(['check', '--no-color'], { ...env, LANG: 'zh_CN.UTF-8' }, proj()).stdout;
    expect(zhOut).toContain('GOSUMDB 为 "off"');
    const lcAll = cli(
      ['check', '--no-color'],
      { ...env, LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' },
      proj(),
    );
    expect(lcAll.stdout).toContain('GOSUMDB is "off"');
    const lcMessages = cli(
      ['check', '--no-color'],
      { ...env, LANG: 'C', LC_MESSAGES: 'zh_CN.UTF-8' },
      proj(),
    );
    expect(lcMessages.stdout).toContain('GOSUMDB 为 "off"');
    const tw = cli(['check', '--no-color'], { ...env, LANG: 'zh_TW.UTF-8' }, proj());
    expect(tw.stdout).toContain('GOSUMDB is "off"');
    // --lang beats the environment.
    const flag = cli(['check', '--no-color', '--lang', 'en'], { ...env, LC_ALL: 'zh_CN.UTF-8' }, proj());
    expect(flag.stdout).toContain('GOSUMDB is "off"');
  });

  it('JSON keeps code and data, and carries the localized message and why', () => {
    const en = JSON.parse(cli(['check', '--format', 'json'], env, proj()).stdout);
    const zhJson = JSON.parse(cli(['check', '--format', 'json', '--lang', 'zh-CN'], env, proj()).stdout);
    const pick = (j: { findings: { id: string; code: string; data: unknown }[] }) =>
      j.findings.map((f) => [f.id, f.code, f.data]);
    expect(pick(zhJson)).toEqual(pick(en));
    const off = zhJson.findings.find((f: { id: string }) => f.id === 'gosumdb-off');
    expect(off.message).toContain('GOSUMDB 为 "off"');
    expect(Object.keys(off).sort()).toEqual(
      Object.keys(en.findings.find((f: { id: string }) => f.id === 'gosumdb-off')).sort(),
    );
  });

  it('help and the overview follow --lang and LANG', () => {
    expect(cli(['help', 'check', '--lang', 'zh-CN'], env).stdout).toContain('用法：go-doctor [check]');
    expect(cli(['--help'], { ...env, LANG: 'zh_CN.UTF-8' }).stdout).toContain('命令：');
    expect(cli(['explain', '--help'], { ...env, LC_ALL: 'zh_CN.UTF-8' }).stdout).toContain(
      '用法：go-doctor explain',
    );
    expect(cli(['--help'], { ...env, LANG: 'zh_HK.UTF-8' }).stdout).toContain('Usage:');
    // --list-checks: titles follow the language in text; the JSON for tools stays English.
    expect(cli(['--list-checks', '--lang', 'zh-CN'], env).stdout).toContain('构建缓存已启用');
    const listed = JSON.parse(cli(['--list-checks', '--format', 'json', '--lang', 'zh-CN'], env).stdout);
    expect(listed.checks.find((c: { id: string }) => c.id === 'gocache-off').title).toBe(
      'The build cache is enabled',
    );
  });

  it('usage errors, snapshot and policy problems follow --lang and LANG; English stays as it was', () => {
    const bad = path.join(tmp, 'bad.json');
    writeFileSync(bad, '{}');
    const policyDir = path.join(tmp, 'pol');
    mkdirSync(policyDir, { recursive: true });
    writeFileSync(path.join(policyDir, '.go-doctor.yaml'), 'failOn: sometimes\nbogus: 1\n');
    const cases: [string[], Record<string, string>, RegExp, RegExp][] = [
      [['--bogus'], {}, /未知选项 --bogus/, /unknown option --bogus/],
      [
        ['check', '--fail-on', 'x'],
        {},
        /--fail-on 必须是 error、warning、info、never 之一；收到的是 "x"/,
        /--fail-on must be one of error, warning, info, never; got "x"/,
      ],
      [['nosuch'], {}, /未知命令 "nosuch"/, /unknown command "nosuch"/],
      [
        ['check', '--facts', bad],
        {},
        /不是 go-doctor 事实快照（缺少 schemaVersion）/,
        /is not a go-doctor facts snapshot \(no schemaVersion\)/,
      ],
      [['check', '--timeout', 'soon'], {}, /--timeout 必须是秒数/, /--timeout must be a number of seconds/],
      [
        ['check', '--policy', path.join(policyDir, '.go-doctor.yaml')],
        {},
        /策略文件无效：\n {2}\S+\.go-doctor\.yaml:1: failOn: 必须是 error、warning、info、never 之一；实际是 "sometimes"\n {2}\S+:2: bogus: 未知的键 "bogus"/,
        /the policy is not valid:\n {2}\S+:1: failOn: must be one of error, warning, info, never; got "sometimes"/,
      ],
    ];
    for (const [args, extra, zhRe, enRe] of cases) {
      const zhR = cli([...args, '--lang', 'zh-CN'], { ...env, ...extra }, proj());
      expect(zhR.status, args.join(' ')).toBe(2);
      expect(zhR.stderr, args.join(' ')).toMatch(zhRe);
      expect(zhR.stderr).toContain('运行 "go-doctor --help" 查看用法。');
      const viaLang = cli(args, { ...env, ...extra, LANG: 'zh_CN.UTF-8' }, proj());
      expect(viaLang.stderr, args.join(' ')).toMatch(zhRe);
      const enR = cli(args, { ...env, ...extra, LANG: 'C' }, proj());
      expect(enR.stderr, args.join(' ')).toMatch(enRe);
      expect(enR.stderr).toContain('Run "go-doctor --help" for usage.');
      expect(hasStackTrace(zhR.stderr) || hasStackTrace(enR.stderr)).toBe(false);
    }
  });

  it('GO_DOCTOR_IGNORE naming an unknown check warns in the chosen language', () => {
    const r = cli(['check', '--lang', 'zh-CN'], { ...env, GO_DOCTOR_IGNORE: 'no-such-check' }, proj());
    expect(r.stderr).toContain('GO_DOCTOR_IGNORE 中的检查项 "no-such-check" 不存在；已忽略');
  });

  it('-v gives skip reasons, and JUnit its words and group names, in Chinese', () => {
    const r = cli(['check', '--lang', 'zh-CN', '-v', '--no-color'], env, proj());
    expect(r.stdout).toMatch(/已跳过，仅适用于 windows/);
    expect(r.stdout).not.toMatch(/only for /);
    const j = cli(['check', '--lang', 'zh-CN', '--format', 'junit', '--fail-on', 'info'], env, proj());
    expect(j.stdout).toContain('<skipped>仅适用于 windows</skipped>');
    expect(j.stdout).toContain('name="go-doctor toolchain: Go 工具链"');
    expect(j.stdout).toMatch(/修复： \S/);
    const en = cli(['check', '--format', 'junit', '--fail-on', 'info'], { ...env, LANG: 'C' }, proj());
    expect(en.stdout).toContain('<skipped>only for windows</skipped>');
  });

  it('an unsupported --lang is a usage error (exit 2) for every command', () => {
    for (const args of [['check'], ['explain'], ['installs']]) {
      const r = cli([...args, '--lang', 'zh-TW'], env, proj());
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('--lang must be one of en, zh-CN; got "zh-TW"');
      expect(hasStackTrace(r.stderr)).toBe(false);
    }
  });
});
