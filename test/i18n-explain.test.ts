/**
 * `go-doctor explain` in Simplified Chinese: every derivation, layer note and note the settings model and
 * explain produce for Linux (real go and varied snapshots), macOS and Windows snapshots has a
 * translation; the real CLI follows --lang and LANG and keeps English and JSON as they were.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goEnvPrinted } from '../src/core/envnames.js';
import { explain } from '../src/core/explain.js';
import type { Facts } from '../src/core/facts.js';
import { parseFacts } from '../src/core/factsfile.js';
import { ui as en } from '../src/i18n/en/ui.js';
import { loadLang, localizer } from '../src/i18n/index.js';
import { renderExplainText } from '../src/report/explain.js';
import { cli, ROOT } from './support/cli.js';
import { linuxFacts, setEnv } from './support/facts.js';

beforeAll(async () => {
  await loadLang('zh-CN');
});

const fixture = (name: string): Facts => {
  const file = path.join(ROOT, 'test', 'fixtures', 'facts', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
};

/** Snapshots that reach most of the model's branches. */
function variants(): [string, Facts][] {
  const out: [string, Facts][] = [];
  const add = (label: string, f: Facts) => out.push([label, f]);
  for (const n of [
    'darwin-homebrew.json',
    'darwin-launchd-no-home.json',
    'windows-msi-default.json',
    'windows-no-appdata.json',
  ])
    add(n, fixture(n));
  add('linux', linuxFacts());
  const blind = (f: Facts): Facts => {
    f.goEnv = null;
    return f;
  };
  add('no go env', blind(linuxFacts()));
  const old = blind(linuxFacts());
  for (const b of old.goBinaries) b.version = '1.19.8';
  add('go1.19', old);
  add('cgo-off', blind(setEnv(setEnv(linuxFacts(), 'CC', ''), 'CGO_ENABLED', '2')));
  add('cross', blind(setEnv(setEnv(linuxFacts(), 'GOOS', 'windows'), 'GOARCH', 'arm')));
  add('plan9', blind(setEnv(linuxFacts(), 'GOOS', 'plan9')));
  add('module off', blind(setEnv(linuxFacts(), 'GO111MODULE', 'off')));
  add('no home', blind(setEnv(setEnv(linuxFacts(), 'HOME', ''), 'XDG_CONFIG_HOME', 'rel')));
  add('relative home', blind(setEnv(setEnv(linuxFacts(), 'HOME', 'rel'), 'XDG_CACHE_HOME', 'rel')));
  add('gopath empty', blind(setEnv(setEnv(linuxFacts(), 'GOPATH', ''), 'HOME', '/usr/local')));
  add('env off', blind(setEnv(setEnv(linuxFacts(), 'GOENV', 'off'), 'GOCACHE', 'rel')));
  add('empty env', setEnv(setEnv(linuxFacts(), 'GOPROXY', ''), 'GOFLAGS', ''));
  return out;
}

/** Text that is only identifiers, paths or go's own os messages needs no translation. */
/** os.UserCacheDir/UserConfigDir errors that go prints, quoted verbatim. */
const GO_OS_MESSAGE =
  /(neither \$\w+ nor \$\w+ are defined|%?\$?\w+%? is not defined|path in \$\w+ is relative)/g;

const needsNone = (s: string) =>
  /^[\w$%./[\]{}:\\-]+$/.test(s) ||
  /^[$%]\w+%?([/\\][\w .-]+)+$/.test(s) ||
  s.replace(GO_OS_MESSAGE, '') === '';

describe('explain phrases in zh-CN', () => {
  it('translates every derivation, layer note and note the model produces', () => {
    const zh = localizer('zh-CN').ui;
    const seen = new Set<string>();
    for (const [label, facts] of variants()) {
      const names = [...new Set([...goEnvPrinted('1.26.8', 'arm'), 'GOARM', 'GOAMD64', 'GOWORK', 'GOMOD'])];
      for (const v of explain(facts, names).vars) {
        const texts: [string, string][] = [];
        if (v.derivation) texts.push([v.derivation, zh.explain.derivation(v.derivation)]);
        for (const l of [...v.shadowed, ...v.ignored])
          if (l.note) texts.push([l.note, zh.explain.layerNote(l.note)]);
        for (const n of v.notes) texts.push([en.explain.note(n), zh.explain.note(n, zh.phrase)]);
        for (const [english, chinese] of texts) {
          seen.add(english);
          if (needsNone(english)) continue;
          expect(chinese, `${label} ${v.name}: ${english}`).not.toBe(english);
          expect(chinese, `${label} ${v.name}: ${english}`).toMatch(/[\u4e00-\u9fff]/);
          // No English sentence left inside (identifiers and paths are fine).
          expect(chinese.replace(GO_OS_MESSAGE, ''), `${label} ${v.name}`).not.toMatch(
            /\b(the|is|are|when|which|found|built)\b/,
          );
        }
      }
    }
    // The variants reach the model's branches (a smaller set means a branch went untested).
    expect(seen.size).toBeGreaterThan(45);
  });

  it('renders a whole snapshot in Chinese with identifiers, paths and values kept', () => {
    const facts = fixture('windows-msi-default.json');
    const e = explain(facts, ['GOPATH', 'GOCACHE', 'GOTOOLCHAIN', 'CGO_ENABLED', 'GOENV']);
    const english = renderExplainText(e, { color: false, toolVersion: 't' });
    const chinese = renderExplainText(e, { color: false, toolVersion: 't', lang: 'zh-CN' });
    expect(english).toContain('from');
    expect(chinese).toMatch(/来源\s+默认值/);
    for (const v of e.vars) if (v.value) expect(chinese).toContain(v.value);
    const body = chinese.split('\n').slice(2).join('\n'); // after the heading and the snapshot's own origin
    expect(body).toContain('推导');
    for (const w of Object.values(en.explain.labels)) expect(body).not.toMatch(new RegExp(`\\s${w}\\s`));
    expect(chinese).not.toContain(en.explain.source.default);
  });
});

describe('go-doctor explain --lang zh-CN (real go)', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-explain-zh-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const home = path.join(tmp, 'home');
  const proj = path.join(tmp, 'proj');
  mkdirSync(path.join(home, '.config/go'), { recursive: true });
  mkdirSync(proj, { recursive: true });
  writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
  writeFileSync(path.join(home, '.config/go/env'), 'GOPROXY=https://goproxy.cn,direct\nGOSUMDB=\n');
  const env = { HOME: home, PATH: `/usr/local/go/bin:/usr/bin:/bin`, CGO_ENABLED: '2', GOFLAGS: '' };
  const names = ['GOPROXY', 'GOSUMDB', 'GOTOOLCHAIN', 'CGO_ENABLED', 'GOFLAGS', 'GOMOD', 'GOPATH'];

  it('speaks Chinese with --lang zh-CN or LANG, English and JSON unchanged', () => {
    const zh = cli(['explain', '--no-color', '--lang', 'zh-CN', ...names], env, proj);
    expect(zh.status, zh.stderr).toBe(0);
    expect(cli(['explain', '--no-color', ...names], { ...env, LANG: 'zh_CN.UTF-8' }, proj).stdout).toBe(
      zh.stdout,
    );
    const envFile = path.join(home, '.config/go/env');
    expect(zh.stdout).toContain(`来源     go env -w 配置文件（${envFile}:1）`);
    expect(zh.stdout).toContain('被忽略   环境变量中的 CGO_ENABLED=2：既不是 0 也不是 1，因此 go 忽略它');
    expect(zh.stdout).toMatch(/在这里它选择：运行本地的 go1\.\d+\.\d+（GOTOOLCHAIN=local）/);
    expect(zh.stdout).toContain(`推导     从工作目录向上找到的 go.mod`);
    expect(zh.stdout).toContain('https://goproxy.cn,direct');
    for (const w of [
      en.explain.source.env,
      en.explain.source.default,
      'the go env -w file',
      'derived',
      'shadows',
    ])
      expect(zh.stdout).not.toContain(w);
    const english = cli(['explain', '--no-color', ...names], env, proj).stdout;
    expect(english).toContain(`from     the go env -w file (${envFile}:1)`);
    expect(english).toContain('ignored  CGO_ENABLED=2 in the environment: neither 0 nor 1, so go ignores it');
    const json = (extra: Record<string, string>) =>
      cli(['explain', '--format', 'json', ...names], { ...env, ...extra }, proj).stdout;
    expect(json({ LANG: 'zh_CN.UTF-8' })).toBe(json({}));
    expect(json({ LANG: 'zh_CN.UTF-8' })).toContain('neither 0 nor 1, so go ignores it');
  });

  it('names an unknown variable in Chinese on stderr, exit 2', () => {
    const r = cli(['explain', '--lang', 'zh-CN', 'goproxy'], env, proj);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不是 go env 变量：goproxy（变量名区分大小写；是不是想写大写？）');
    const e = cli(['explain', 'goproxy'], env, proj);
    expect(e.stderr).toContain(
      'not a go env variable: goproxy (names are case-sensitive; did you mean upper case?)',
    );
  });
});
